using Microsoft.Extensions.Options;
using PostsGraph.GraphQL.Limits;

namespace PostsGraph.GraphQL.Statistics;

// At most Limits:MaxConcurrentStatistics requests compute statistics and build and write their
// responses at once; others wait their turn, within their execution timeout. Each response holds
// thousands of groups as GraphQL.NET execution nodes until it is written, and computing and
// building them is CPU-bound: more at once than there are cores are answered no sooner, they only
// keep more in memory (bench/findings.md has the measurements). The statistics resolver takes the
// slot into the request's context, which the endpoint disposes once the response is written
// (GraphQLEndpoint). Other requests never wait here.
public sealed class StatisticsGate(IOptions<LimitOptions> limits)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, limits.Value.MaxConcurrentStatistics));

    // A slot for the request, unless it holds one already (a document may ask for statistics twice).
    public async Task EnterAsync(RequestContext request, CancellationToken cancellationToken) =>
        request.StatisticsSlot ??= await EnterAsync(cancellationToken);

    // A slot, given back when disposed.
    public Task<IDisposable> EnterAsync(CancellationToken cancellationToken) => Slot.EnterAsync(_slots, cancellationToken);
}
