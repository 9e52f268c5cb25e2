using GraphQL;
using GraphQL.Execution;

namespace PostsGraph.GraphQL.Limits;

// `GraphQL-Cost: validate` (HotChocolate's header): the document is parsed and validated, and so its
// cost counted (CostRule), but nothing is resolved: the strategy that would run the operation
// returns at once. Every other request runs serially, one DbContext per request.
public sealed class CostValidation : SerialExecutionStrategy
{
    public override Task<ExecutionResult> ExecuteAsync(global::GraphQL.Execution.ExecutionContext context) =>
        context.UserContext.ContainsKey(CostRule.ValidateOnlyKey)
            ? Task.FromResult(new ExecutionResult { Executed = false })
            : base.ExecuteAsync(context);
}
