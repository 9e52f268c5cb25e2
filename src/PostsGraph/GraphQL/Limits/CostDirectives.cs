using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using PostsGraph.GraphQL.Paging;

namespace PostsGraph.GraphQL.Limits;

// The IBM cost specification's @cost and @listSize, as HotChocolate 15 declares and prints them:
// the weights CostWalk counts, written into the schema for clients and tools to read. Applied once
// the schema's types exist (PostsSchema), from the same metadata and constants CostWalk reads, and
// only where they differ from the specification's implicit weights (0 for a scalar or enum field, 1
// for an object or list), as HotChocolate leaves those out.
public static class CostDirectives
{
    public static void Apply(ISchema schema, LimitOptions limits, PagingOptions paging)
    {
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (type is IObjectGraphType or IInterfaceGraphType)
            {
                foreach (var field in ((IComplexGraphType)type).Fields)
                {
                    ApplyToField(type, field, limits, paging);
                }
            }
            else if (type is IInputObjectGraphType input)
            {
                foreach (var field in input.Fields.Where(f => f.GetMetadata(CostRule.WeightKey, 0) != 0))
                {
                    Weigh(field, field.GetMetadata(CostRule.WeightKey, 0));
                }
            }
        }
    }

    private static void ApplyToField(IGraphType parent, FieldType field, LimitOptions limits, PagingOptions paging)
    {
        var leaf = field.ResolvedType!.GetNamedType() is ScalarGraphType or EnumerationGraphType;
        var weight = CostWeights.Of(field, leaf);
        if (weight != (leaf ? 0 : 1))
        {
            Weigh(field, weight);
        }

        foreach (var argument in field.Arguments?.Where(a => a.Name is "where" or "order") ?? [])
        {
            Weigh(argument, CostRule.ArgumentCost);
        }

        if (field.Arguments?.Find("first") is not null)
        {
            // A connection: as many items as first or last asks, 10 without either, at most MaxPageSize.
            field.ApplyDirective(ListSizeDirective.DirectiveName, d => d
                .AddArgument(new DirectiveArgument("assumedSize") { Value = paging.MaxPageSize })
                .AddArgument(new DirectiveArgument("slicingArguments") { Value = new[] { "first", "last" } })
                .AddArgument(new DirectiveArgument("slicingArgumentDefaultValue") { Value = CostRule.DefaultPageSize })
                .AddArgument(new DirectiveArgument("sizedFields") { Value = new[] { "edges", "nodes" } })
                .AddArgument(new DirectiveArgument("requireOneSlicingArgument") { Value = false }));
        }
        else if (!leaf && field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType }
            && !(parent.Name.EndsWith("Connection", StringComparison.Ordinal) && field.Name is "nodes" or "edges"))
        {
            // A list of objects without paging arguments: Limits:AssumedListSize items. (A connection's
            // nodes and edges are sized by the connection's field.)
            field.ApplyDirective(ListSizeDirective.DirectiveName, d => d
                .AddArgument(new DirectiveArgument("assumedSize") { Value = limits.AssumedListSize })
                .AddArgument(new DirectiveArgument("requireOneSlicingArgument") { Value = false }));
        }
    }

    private static void Weigh<T>(T element, int weight) where T : IMetadataWriter =>
        element.ApplyDirective(CostDirective.DirectiveName, "weight", weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class CostDirective : Directive
{
    public const string DirectiveName = "cost";

    // Listed by introspection, although all its locations are in the type system (GraphQL.NET hides those by default).
    public override bool? Introspectable => true;

    public CostDirective()
        : base(DirectiveName, DirectiveLocation.Scalar, DirectiveLocation.Object, DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.InputFieldDefinition)
    {
        Description = "The cost of a type, field or argument in the static cost analysis (IBM's GraphQL cost specification). "
            + "PostsGraph counts it for every appearance, or possible appearance, in an operation; see the GraphQL-Cost header.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "weight",
            Description = "What each appearance adds to the operation's field cost.",
        });
    }
}

public sealed class ListSizeDirective : Directive
{
    public const string DirectiveName = "listSize";

    public override bool? Introspectable => true;

    public ListSizeDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition)
    {
        Description = "How many items a list field is assumed to return in the static cost analysis (IBM's GraphQL cost specification).";
        Arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = "assumedSize", Description = "The size assumed when no slicing argument gives it." },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "slicingArguments", Description = "The arguments that set the list's size." },
            new QueryArgument<IntGraphType> { Name = "slicingArgumentDefaultValue", Description = "The size when no slicing argument is given." },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "sizedFields", Description = "The fields of the returned object that hold the sized list." },
            new QueryArgument<NonNullGraphType<BooleanGraphType>> { Name = "requireOneSlicingArgument", Description = "Whether exactly one slicing argument must be given.", DefaultValue = true });
    }
}
