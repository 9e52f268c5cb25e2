using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PostsGraph.Data;

namespace PostsGraph.GraphQL.Filtering;

public static class FilteringSetup
{
    public static IServiceCollection AddFiltering(this IServiceCollection services) => services
        .AddSingleton(services =>
        {
            using var scope = services.CreateScope();
            return FilterModel.Build(scope.ServiceProvider.GetRequiredService<PostsDbContext>().Model, type => (IComplexGraphType)services.GetRequiredService(type));
        })
        .AddSingleton<FilterTranslator>()
        .AddSingleton<SortTranslator>();

    // Adds `where: <T>FilterInput` and `order: [<T>SortInput!]` to a field, as UseFiltering and
    // UseSorting do.
    public static FieldBuilder<TSource, TReturn> Filterable<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Type entity)
    {
        var name = entity.Name;
        field.FieldType.Arguments ??= new QueryArguments();
        field.FieldType.Arguments.Add(new QueryArgument(new GraphQLTypeReference(FilterInputTypes.FilterInputName(name))) { Name = "where" });
        field.FieldType.Arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(FilterInputTypes.SortInputName(name))))) { Name = "order" });
        return field;
    }

    // A list field whose own arguments only narrow what it shows: filters test its whole list
    // (`posts(where: { evidence: { some: { … } } })` whatever `evidence(field:)` selects).
    public static FieldBuilder<TSource, TReturn> FiltersAsWholeList<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(FilterModel.WholeListMetadata, true);

    // Only `where`, for fields that filter but do not list (statistics).
    public static FieldBuilder<TSource, TReturn> FilterArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Type entity, string description)
    {
        field.FieldType.Arguments ??= new QueryArguments();
        field.FieldType.Arguments.Add(new QueryArgument(new GraphQLTypeReference(FilterInputTypes.FilterInputName(entity.Name))) { Name = "where", Description = description });
        return field;
    }

    public static IOrderedQueryable<T> Filtered<T>(this IResolveFieldContext context, IQueryable<T> query, IEnumerable<object?> defaultOrder)
    {
        var services = context.RequestServices!;
        var filtered = services.GetRequiredService<FilterTranslator>().Apply(query, context.GetArgument<Dictionary<string, object?>?>("where"));
        return services.GetRequiredService<SortTranslator>().Apply(filtered, context.GetArgument<List<object?>?>("order"), defaultOrder);
    }
}
