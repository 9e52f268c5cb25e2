using Microsoft.Extensions.Options;

namespace PostsGraph.GraphQL.Limits;

// At most Limits:MaxConcurrentStatistics requests that ask for postStatistics run at once; the
// others wait their turn, within their execution timeout. Statistics are CPU-bound and each response
// holds thousands of groups as GraphQL.NET execution nodes (about 2 MB at 100,000 posts) until it is
// written: more of them at once than there are cores answer no sooner, they only keep more in memory.
// With 8 clients on 2 cores, those responses lived through collections and were promoted; after a
// light load had lowered the collector's budgets, the heap grew by about 150 MB before it adjusted
// (the benchmark's statistics, after the node lookups). Two at a time answer as many per second.
// Other requests, dashboards among them, never wait here.
public sealed class StatisticsGate(IOptions<LimitOptions> limits)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, limits.Value.MaxConcurrentStatistics));

    // A document that selects the field names it; an alias or a fragment does not hide it.
    public static bool Applies(string query) => query.Contains("postStatistics", StringComparison.Ordinal);

    // Null when the document asks for no statistics; otherwise a slot, released when disposed.
    public async Task<IDisposable?> EnterAsync(string query, CancellationToken cancellationToken)
    {
        if (!Applies(query))
        {
            return null;
        }

        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
