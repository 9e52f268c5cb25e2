using System.Collections.Concurrent;
using System.Text.Json;
using PostsGraph.Data;

namespace PostsGraph.GraphQL.Statistics;

// Statistics aggregate every post the filter selects, yet the posts change only when the database
// is rebuilt from a seed. Results are kept per database build (its seed hash and build time, read
// from the database on each request, so a rebuild by any process is seen at once) and per
// arguments. Bounded by the groups it holds, not by results, since one result may hold thousands of
// groups and another a handful. When a result would take it past the bound, it starts again empty;
// a result larger than the bound is not kept.
public sealed class StatisticsCache
{
    public const int MaxGroups = 10_000;

    private readonly ConcurrentDictionary<string, List<PostGroup>> _results = new(StringComparer.Ordinal);
    private string? _build;
    private int _groups;

    public async Task<List<PostGroup>> GetOrComputeAsync(
        PostsDbContext db, object? where, IReadOnlyList<PostGroupBy> groupBy, Func<string, Task<List<PostGroup>>> compute, CancellationToken cancellationToken)
    {
        var build = await db.BuildAsync(cancellationToken) ?? "";
        if (build != _build)
        {
            Clear();
            _build = build;
        }

        var key = $"{build}|{JsonSerializer.Serialize(where)}|{string.Join(',', groupBy)}";
        if (_results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = await compute(build);
        if (result.Count > MaxGroups)
        {
            return result;
        }

        if (Interlocked.Add(ref _groups, result.Count) > MaxGroups)
        {
            Clear();
            Interlocked.Add(ref _groups, result.Count);
        }

        if (!_results.TryAdd(key, result))
        {
            Interlocked.Add(ref _groups, -result.Count);
        }

        return result;
    }

    // The groups held now, for tests and diagnostics.
    public int Groups => Volatile.Read(ref _groups);

    private void Clear()
    {
        _results.Clear();
        Volatile.Write(ref _groups, 0);
    }
}
