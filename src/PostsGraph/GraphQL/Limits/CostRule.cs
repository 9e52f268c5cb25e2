using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace PostsGraph.GraphQL.Limits;

// Static field cost in the manner of HotChocolate's cost analysis (the IBM cost specification),
// computed before anything runs:
// - a scalar or enum field costs 0; a field that returns an object or list costs 10 when it is
//   resolved (loaded), 1 when it is already in memory (marked with InMemory());
// - `where` and `order` add 10 each;
// - the cost of what a list selects is multiplied by its size: `first`/`last` (default page
//   size 10) for the nodes and edges of a connection, Limits:AssumedListSize for other lists;
// - introspection costs nothing.
// Over Limits:MaxFieldCost the request is refused with HotChocolate's HC0047. The cost is kept in
// the user context so that the endpoint can report it (request header `GraphQL-Cost: report`).
public static class CostWeights
{
    // A composite field whose value is already in memory: HotChocolate's composite field cost of 1.
    public static FieldBuilder<TSource, TReturn> InMemory<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(CostRule.WeightKey, 1);
}

public sealed class CostRule(IOptions<LimitOptions> options) : IValidationRule
{
    public const string CostKey = "postsgraph.fieldCost";

    public const string WeightKey = "postsgraph.cost";

    private const int ResolverCost = 10;
    private const int ArgumentCost = 10;
    private const int DefaultPageSize = 10;

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => context.Schema.Subscription,
        };
        if (root is null)
        {
            return default;
        }

        var cost = Cost(context, context.Operation.SelectionSet, root, pageSize: null, []);
        context.UserContext[CostKey] = cost;
        var max = options.Value.MaxFieldCost;
        if (cost > max)
        {
            var error = new ValidationError(context.Document.Source, "5.COST", "The maximum allowed field cost was exceeded.", context.Operation) { Code = "HC0047" };
            error.Data["fieldCost"] = cost;
            error.Data["maxFieldCost"] = max;
            context.ReportError(error);
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private long Cost(ValidationContext context, GraphQLSelectionSet? selections, IGraphType parent, long? pageSize, HashSet<string> fragments)
    {
        long total = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            total += selection switch
            {
                GraphQLField field => FieldCost(context, field, parent, pageSize, fragments),
                GraphQLInlineFragment inline => Cost(context, inline.SelectionSet, TypeOf(context, inline.TypeCondition) ?? parent, pageSize, fragments),
                GraphQLFragmentSpread spread => SpreadCost(context, spread, parent, pageSize, fragments),
                _ => 0,
            };
        }

        return total;
    }

    private long FieldCost(ValidationContext context, GraphQLField field, IGraphType parent, long? pageSize, HashSet<string> fragments)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal) || (parent.GetNamedType() as IComplexGraphType)?.GetField(field.Name) is not { } definition)
        {
            return 0;
        }

        var type = definition.ResolvedType!;
        var named = type.GetNamedType();
        if (named is ScalarGraphType or EnumerationGraphType)
        {
            return 0;
        }

        long cost = definition.GetMetadata(WeightKey, ResolverCost);
        cost += (field.Arguments?.Items ?? []).Count(a => a.Name.StringValue is "where" or "order") * ArgumentCost;

        // A connection's page size applies to its nodes and edges.
        var slice = Argument(context, field, "first") ?? Argument(context, field, "last");
        var childPageSize = definition.Arguments?.Find("first") is not null ? slice ?? DefaultPageSize : (long?)null;
        var children = Cost(context, field.SelectionSet, named, childPageSize, fragments);
        var isList = type is ListGraphType || (type is NonNullGraphType { ResolvedType: ListGraphType });
        var multiplier = !isList ? 1 : name is "nodes" or "edges" && pageSize is { } size ? size : options.Value.AssumedListSize;
        return cost + multiplier * children;
    }

    private long SpreadCost(ValidationContext context, GraphQLFragmentSpread spread, IGraphType parent, long? pageSize, HashSet<string> fragments)
    {
        var name = spread.FragmentName.Name.StringValue;
        var fragment = context.Document.FindFragmentDefinition(spread.FragmentName.Name);
        if (fragment is null || !fragments.Add(name))
        {
            return 0;
        }

        var cost = Cost(context, fragment.SelectionSet, TypeOf(context, fragment.TypeCondition) ?? parent, pageSize, fragments);
        fragments.Remove(name);
        return cost;
    }

    private static IGraphType? TypeOf(ValidationContext context, GraphQLTypeCondition? condition) =>
        condition is null ? null : context.Schema.AllTypes[condition.Type.Name];

    // An Int argument written in the document or passed as a variable.
    // A value of the wrong type is left to validation and paging to refuse.
    private static long? Argument(ValidationContext context, GraphQLField field, string name) =>
        field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value switch
        {
            GraphQLIntValue value => long.TryParse(value.Value.Span, out var n) ? Math.Max(n, 0) : null,
            GraphQLVariable variable when context.Variables?.TryGetValue(variable.Name.StringValue, out var v) == true =>
                v is int or long or short or byte ? Math.Max(Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture), 0) : null,
            _ => null,
        };
}
