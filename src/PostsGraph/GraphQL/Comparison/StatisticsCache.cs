using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;

namespace PostsGraph.GraphQL.Comparison;

// Statistics aggregate every post the filter selects, yet the posts change only when the database
// is rebuilt from a seed. Results are kept per database build (its seed hash and build time, read
// from the database on each request, so a rebuild by any process is seen at once) and per
// arguments. Bounded by entries (a result grouped finely can hold hundreds of groups): when full,
// it starts again empty.
public sealed class StatisticsCache
{
    public const int MaxEntries = 64;

    private readonly ConcurrentDictionary<string, List<PostGroup>> _results = new(StringComparer.Ordinal);
    private string? _build;

    public async Task<List<PostGroup>> GetOrComputeAsync(
        PostsDbContext db, object? where, IReadOnlyList<PostGroupBy> groupBy, Func<Task<List<PostGroup>>> compute, CancellationToken cancellationToken)
    {
        var info = await db.SeedInfo.Select(s => new { s.SeedHash, s.BuiltAt }).SingleOrDefaultAsync(cancellationToken);
        var build = info is null ? "" : $"{info.SeedHash}@{info.BuiltAt:O}";
        if (build != _build)
        {
            _results.Clear();
            _build = build;
        }

        var key = $"{build}|{JsonSerializer.Serialize(where)}|{string.Join(',', groupBy)}";
        if (_results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = await compute();
        if (_results.Count >= MaxEntries)
        {
            _results.Clear();
        }

        _results[key] = result;
        return result;
    }
}
