using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Limits;
using PostsGraph.GraphQL.Paging;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.GraphQL;

public sealed class PostsSchema : Schema
{
    private readonly IServiceProvider _services;

    public PostsSchema(IServiceProvider services) : base(services)
    {
        Description = "PostsGraph: a comparative database of UN-system security posts. Every fact is traceable to the sentence of the vacancy notice it comes from.";
        // Introspection of the current specification, as tools ask for it (graphql-js
        // getIntrospectionQuery with directiveIsRepeatable and inputValueDeprecation): __Directive.isRepeatable,
        // __InputValue.isDeprecated and deprecationReason, and includeDeprecated on args and inputFields.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Filter = new SpecificationIntrospection();
        Query = services.GetRequiredService<QueryType>();
        RegisterTypeMapping(typeof(DateOnly), typeof(LocalDateGraphType));
        Directives.Register(new SpecifiedByDirective(), new CostDirective(), new ListSizeDirective());
        _services = services;
        foreach (var type in FilterInputTypes.Create(services.GetRequiredService<FilterModel>()))
        {
            RegisterType(type);
        }
    }

    // `__type(name: "")` names no type: null, as for any unknown name, rather than the exception
    // GraphQL.NET's own resolver raises for an empty name.
    // Validate runs once, while the schema initialises, once its types exist.
    protected override void Validate()
    {
        base.Validate();
        CompleteIntrospection();
        CostDirectives.Apply(this, _services.GetRequiredService<IOptions<LimitOptions>>().Value, _services.GetRequiredService<IOptions<PagingOptions>>().Value);
        TypeMetaFieldType.Resolver = new FuncFieldResolver<object>(context =>
            context.GetArgument<string>("name") is { Length: > 0 } name ? context.Schema.AllTypes[name] : null);
    }

    // The two fields of the current specification's introspection that GraphQL.NET 8 lacks, added to
    // its own introspection types once they exist: __Directive.args takes includeDeprecated, as
    // __Field.args does, and __Type.specifiedByURL gives a scalar's @specifiedBy(url:).
    private void CompleteIntrospection()
    {
        var fieldArgs = ((IObjectGraphType)AllTypes["__Field"]!).GetField("args")!;
        var directiveArgs = ((IObjectGraphType)AllTypes["__Directive"]!).GetField("args")!;
        directiveArgs.Arguments = fieldArgs.Arguments; // the same includeDeprecated: Boolean = false
        directiveArgs.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
        {
            var includeDeprecated = context.GetArgument<bool>("includeDeprecated");
            return context.Source.Arguments?.Where(a => includeDeprecated || string.IsNullOrWhiteSpace(a.DeprecationReason)) ?? [];
        });

        var type = (IObjectGraphType)AllTypes["__Type"]!;
        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            ResolvedType = AllTypes["String"],
            Resolver = new FuncFieldResolver<IGraphType, string>(context => SpecifiedByDirective.UrlOf(context.Source)),
        });
    }
}

// GraphQL.NET's default filter hides __Directive.isRepeatable from introspection of the introspection
// types, as an experimental field; it is in the specification, so it is listed like any other.
internal sealed class SpecificationIntrospection : DefaultSchemaFilter
{
    public override Task<bool> AllowField(IGraphType parent, IFieldType field) =>
        parent.Name == "__Directive" && field.Name == "isRepeatable" ? Task.FromResult(true) : base.AllowField(parent, field);
}
