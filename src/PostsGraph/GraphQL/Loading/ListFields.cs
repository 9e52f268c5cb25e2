using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;
using PostsGraph.GraphQL.Filtering;

namespace PostsGraph.GraphQL.Loading;

public static class ListFields
{
    // A list of an object's children that takes `where` and `order` (default: the children's own
    // `order` field, or the given default), batched across parents.
    public static FieldBuilder<TSource, object> Children<TSource, T, TGraphType>(
        this ObjectGraphType<TSource> type, string name, string description, Func<Loaders, BatchLoader<int, List<T>>> plain,
        Expression<Func<T, int>> parent, Expression<Func<TSource, int>> parentKey, string defaultOrder = "order")
        where T : class where TGraphType : IGraphType
    {
        var parentId = parentKey.Compile();
        return type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Filterable(typeof(T))
            .Reads(((MemberExpression)parentKey.Body).Member.Name)
            .Resolve(ctx => ctx.Loaders().Children(ctx, plain(ctx.Loaders()), parent, parentId(ctx.Source), new Dictionary<string, object?> { [defaultOrder] = SortDirection.Asc }));
    }
}
