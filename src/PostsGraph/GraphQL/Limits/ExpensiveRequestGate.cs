using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace PostsGraph.GraphQL.Limits;

// At most Limits:MaxConcurrentExpensive expensive requests run at once: GraphQL operations whose
// static field cost reaches Limits:ExpensiveFieldCost (pages of 50 posts with their lists, many
// aliased fields) and exports. Others wait their turn, within their execution timeout; cheap
// requests never wait. Memory under load grows with the large responses built at once, not with the
// requests that arrive: a waiting request holds its parsed document and nothing more. The slot is
// taken once validation has counted the cost, and given back with the request's context once the
// response is written (GraphQLEndpoint), or when an export ends.
public sealed class ExpensiveRequestGate(IOptions<LimitOptions> limits) : DocumentExecutionListenerBase
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, limits.Value.MaxConcurrentExpensive));

    public override async Task BeforeExecutionAsync(IExecutionContext context)
    {
        // `GraphQL-Cost: validate` runs nothing, so it waits for nothing.
        if (context.UserContext is RequestContext { ExpensiveSlot: null } request && !request.ContainsKey(CostRule.ValidateOnlyKey)
            && request.TryGetValue(CostRule.CostKey, out var value) && value is OperationCost cost && cost.FieldCost >= limits.Value.ExpensiveFieldCost)
        {
            request.ExpensiveSlot = await EnterAsync(context.CancellationToken);
        }
    }

    public Task<IDisposable> EnterAsync(CancellationToken cancellationToken) => Slot.EnterAsync(_slots, cancellationToken);
}
