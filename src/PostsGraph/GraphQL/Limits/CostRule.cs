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
    // A field's own weight, as CostWalk counts it and the schema declares it with @cost: what it says,
    // else 0 for a leaf and the resolver cost for a composite field (or a leaf that holds every post).
    public static int Of(IFieldType field, bool leaf) =>
        field.GetMetadata(CostRule.WeightKey, leaf && field.GetMetadata(CostRule.PerPostKey, 0) == 0 ? 0 : CostRule.ResolverCost);

    // A composite field whose value is already in memory: HotChocolate's composite field cost of 1.
    public static FieldBuilder<TSource, TReturn> InMemory<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(CostRule.WeightKey, 1);

    // A field with a cost of its own, such as a leaf that runs a query (totalCount).
    public static FieldBuilder<TSource, TReturn> Weighs<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int weight) =>
        field.WithMetadata(CostRule.WeightKey, weight);

    // A field whose result holds every post it selects: it costs `weight` per post in the database.
    public static FieldBuilder<TSource, TReturn> PerPost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int weight) =>
        field.WithMetadata(CostRule.PerPostKey, weight);
}

// What a request's operation costs: HotChocolate's fieldCost and typeCost.
public sealed record OperationCost(long FieldCost, long TypeCost);

public sealed class CostRule(IOptions<LimitOptions> options) : IValidationRule
{
    // The OperationCost counted for the request.
    public const string CostKey = "postsgraph.operationCost";

    // Set in the user context by `GraphQL-Cost: validate`: the cost is counted and reported, no limit
    // refuses it, and nothing runs.
    public const string ValidateOnlyKey = "postsgraph.costValidateOnly";

    // Set in the user context when the cost depends on the data (the number of posts), so that it is
    // counted again on every request rather than cached with the document.
    public const string DataDependentKey = "postsgraph.costDependsOnData";

    public const string WeightKey = "postsgraph.cost";

    public const string PerPostKey = "postsgraph.costPerPost";

    public const int ResolverCost = 10;
    public const int ArgumentCost = 10;
    public const int DefaultPageSize = 10;

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
            var walk = new CostWalk(context, limits);
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

        // The root object counts in the type cost too.
        var counted = new OperationCost(total, Cost.Add(cost.Types, 1));
        context.UserContext[CostKey] = counted;
        if (context.UserContext.ContainsKey(ValidateOnlyKey))
        {
            return null;
        }

        // Field cost first, as HotChocolate checks it.
        if (counted.FieldCost > limits.MaxFieldCost)
        {
            Report(context, "The maximum allowed field cost was exceeded.", "fieldCost", counted.FieldCost, "maxFieldCost", limits.MaxFieldCost);
        }
        else if (counted.TypeCost > limits.MaxTypeCost)
        {
            Report(context, "The maximum allowed type cost was exceeded.", "typeCost", counted.TypeCost, "maxTypeCost", limits.MaxTypeCost);
        }

        return null;
    }

    private static void Report(ValidationContext context, string message, string costName, long cost, string limitName, int limit)
    {
        var error = new ValidationError(context.Document.Source, "5.COST", message, context.Operation) { Code = ErrorCodes.FieldCostExceeded };
        error.Data[costName] = cost;
        error.Data[limitName] = limit;
        context.ReportError(error);
    }

    // The cost this request counted, if a later request of the same document and operation may reuse
    // it: counted without variables, and not depending on the data.
    public static OperationCost? ReusableCost(ExecutionOptions options) =>
        (options.Variables is null || options.Variables.Count == 0) && !options.UserContext.ContainsKey(DataDependentKey)
        && options.UserContext.TryGetValue(CostKey, out var value) && value is OperationCost cost ? cost : null;

    // Reuses a cost ReusableCost gave for the same document and operation: the cost is reported as
    // counted and the rule is left out of validation, so a request of a cached document without
    // variables is not walked at all.
    public static void Reuse(ExecutionOptions options, OperationCost cost)
    {
        options.ValidationRules = [.. (options.ValidationRules ?? []).Where(rule => rule is not CostRule)];
        options.UserContext[CostKey] = cost;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static async Task<long> PostCountAsync(ValidationContext context)
    {
        var db = context.RequestServices!.GetRequiredService<PostsDbContext>();
        return await db.SeedInfo.Select(s => (long?)s.PostCount).SingleOrDefaultAsync(context.CancellationToken) ?? 0;
    }
}
