using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PostsGraph.Data;

namespace PostsGraph.GraphQL.Limits;

// Static field cost in the manner of HotChocolate's cost analysis (the IBM cost specification),
// computed before anything runs:
// - a scalar or enum field costs 0; a field that returns an object or list costs 10 when it is
//   resolved (loaded), 1 when it is already in memory (marked with InMemory()), and introspection
//   fields, answered from the schema in memory, cost 1;
// - `where` and `order` add 10 each;
// - the cost of what a list selects is multiplied by its size: `first`/`last` (default page
//   size 10) for the nodes and edges of a connection, Limits:AssumedListSize for other lists, 1 for
//   introspection's lists (IntrospectionDepthRule bounds how far they nest);
// - a field that returns every post its filter selects (exportPosts, marked with PerPost()) costs
//   its weight for each post in the database: its filter is not estimated.
// Over Limits:MaxFieldCost the request is refused with HotChocolate's HC0047. The walk also measures
// every `where` and `order` against Limits (FilterSize). Each fragment is costed once for each page
// size it is spread under, so the walk is linear in the document. The cost is kept in the user
// context so that the endpoint can report it (request header `GraphQL-Cost: report`).
public static class CostWeights
{
    // A composite field whose value is already in memory: HotChocolate's composite field cost of 1.
    public static FieldBuilder<TSource, TReturn> InMemory<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(CostRule.WeightKey, 1);

    // A field whose result holds every post it selects: it costs `weight` per post in the database.
    public static FieldBuilder<TSource, TReturn> PerPost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int weight) =>
        field.WithMetadata(CostRule.PerPostKey, weight);
}

public sealed class CostRule(IOptions<LimitOptions> options) : IValidationRule
{
    public const string CostKey = "postsgraph.fieldCost";

    // Set in the user context when the cost depends on the data (the number of posts), so that it is
    // counted again on every request rather than cached with the document.
    public const string DataDependentKey = "postsgraph.costDependsOnData";

    public const string WeightKey = "postsgraph.cost";

    public const string PerPostKey = "postsgraph.costPerPost";

    private const int ResolverCost = 10;
    private const int ArgumentCost = 10;
    private const int DefaultPageSize = 10;

    public async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => context.Schema.Subscription,
        };
        if (root is null)
        {
            return null;
        }

        var limits = options.Value;
        Cost cost;
        try
        {
            var walk = new Walk(context, limits);
            cost = walk.Selections(context.Operation.SelectionSet, root, pageSize: null);
        }
        catch (FilterLimitException e)
        {
            var error = new ValidationError(context.Document.Source, "5.FILTER_SIZE", e.Message, context.Operation) { Code = e.Code };
            error.Data[e.LimitName] = e.Limit;
            context.ReportError(error);
            return null;
        }

        var total = cost.Fixed;
        if (cost.PerPost > 0)
        {
            context.UserContext[DataDependentKey] = true;
            total = Cost.Add(total, Cost.Multiply(cost.PerPost, await PostCountAsync(context)));
        }

        context.UserContext[CostKey] = total;
        if (total > limits.MaxFieldCost)
        {
            var error = new ValidationError(context.Document.Source, "5.COST", "The maximum allowed field cost was exceeded.", context.Operation) { Code = ErrorCodes.FieldCostExceeded };
            error.Data["fieldCost"] = total;
            error.Data["maxFieldCost"] = limits.MaxFieldCost;
            context.ReportError(error);
        }

        return null;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static async Task<long> PostCountAsync(ValidationContext context)
    {
        var db = context.RequestServices!.GetRequiredService<PostsDbContext>();
        return await db.SeedInfo.Select(s => (long?)s.PostCount).SingleOrDefaultAsync(context.CancellationToken) ?? 0;
    }

    // A cost of Fixed + PerPost × (posts in the database); sums and products saturate rather than overflow.
    private readonly record struct Cost(long Fixed, long PerPost)
    {
        public static Cost operator +(Cost a, Cost b) => new(Add(a.Fixed, b.Fixed), Add(a.PerPost, b.PerPost));

        public static Cost operator *(long m, Cost c) => new(Multiply(m, c.Fixed), Multiply(m, c.PerPost));

        public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        public static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
    }

    private sealed class Walk(ValidationContext context, LimitOptions limits)
    {
        private readonly Dictionary<(string Fragment, long? PageSize), Cost> _fragments = [];
        private readonly HashSet<string> _costing = new(StringComparer.Ordinal);
        private readonly FilterSize _filters = new(limits, name => context.Variables?.TryGetValue(name, out var value) == true ? value : null);

        public Cost Selections(GraphQLSelectionSet? selections, IGraphType parent, long? pageSize)
        {
            var total = default(Cost);
            foreach (var selection in selections?.Selections ?? [])
            {
                total += selection switch
                {
                    GraphQLField field => Field(field, parent, pageSize),
                    GraphQLInlineFragment inline => Selections(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, pageSize),
                    GraphQLFragmentSpread spread => Spread(spread, parent, pageSize),
                    _ => default,
                };
            }

            return total;
        }

        private Cost Field(GraphQLField field, IGraphType parent, long? pageSize)
        {
            var definition = field.Name.StringValue switch
            {
                "__schema" => context.Schema.SchemaMetaFieldType,
                "__type" => context.Schema.TypeMetaFieldType,
                _ => (parent.GetNamedType() as IComplexGraphType)?.GetField(field.Name),
            };
            if (definition is null)
            {
                return default; // __typename, or a field validation refuses
            }

            var type = definition.ResolvedType!;
            var named = type.GetNamedType();
            var leaf = named is ScalarGraphType or EnumerationGraphType;
            var perPost = definition.GetMetadata(PerPostKey, 0);
            var introspection = named.Name.StartsWith("__", StringComparison.Ordinal);
            long weight = leaf && perPost == 0 ? 0 : introspection ? 1 : definition.GetMetadata(WeightKey, ResolverCost);
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                switch (argument.Name.StringValue)
                {
                    case "where":
                        weight += ArgumentCost;
                        _filters.Where(argument.Value);
                        break;
                    case "order":
                        weight += ArgumentCost;
                        _filters.Order(argument.Value);
                        break;
                }
            }

            var cost = new Cost(weight, perPost);
            if (leaf)
            {
                return cost;
            }

            // A connection's page size applies to its nodes and edges.
            var slice = Argument(field, "first") ?? Argument(field, "last");
            var childPageSize = definition.Arguments?.Find("first") is not null ? slice ?? DefaultPageSize : (long?)null;
            var children = Selections(field.SelectionSet, named, childPageSize);
            var isList = type is ListGraphType || (type is NonNullGraphType { ResolvedType: ListGraphType });
            var multiplier = !isList || introspection ? 1 : field.Name.StringValue is "nodes" or "edges" && pageSize is { } size ? size : limits.AssumedListSize;
            return cost + multiplier * children;
        }

        private Cost Spread(GraphQLFragmentSpread spread, IGraphType parent, long? pageSize)
        {
            var name = spread.FragmentName.Name.StringValue;
            if (_fragments.TryGetValue((name, pageSize), out var known))
            {
                return known;
            }

            var fragment = context.Document.FindFragmentDefinition(spread.FragmentName.Name);
            if (fragment is null || !_costing.Add(name))
            {
                return default;
            }

            var cost = Selections(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parent, pageSize);
            _costing.Remove(name);
            return _fragments[(name, pageSize)] = cost;
        }

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name];

        // An Int argument written in the document or passed as a variable.
        // A value of the wrong type is left to validation and paging to refuse.
        private long? Argument(GraphQLField field, string name) =>
            field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value switch
            {
                GraphQLIntValue value => long.TryParse(value.Value.Span, out var n) ? Math.Max(n, 0) : null,
                GraphQLVariable variable when context.Variables?.TryGetValue(variable.Name.StringValue, out var v) == true =>
                    v is int or long or short or byte ? Math.Max(Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture), 0) : null,
                _ => null,
            };
    }
}
