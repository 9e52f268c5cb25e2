using System.Collections.Concurrent;
using PostsGraph.Data;

namespace PostsGraph.Search;

// Ranking scores every post a search finds, yet the posts change only when the database is
// rebuilt. A search's ranked post IDs are kept per database build (its seed hash and build time,
// read from the database on each request, as StatisticsCache does) and per search, so that paging
// through a search or asking it again does not rank again. Bounded by the IDs it holds: when a
// result would take it past the bound it starts again empty; a larger result is not kept.
public sealed class SearchCache
{
    public const int MaxIds = 2_000_000;

    private readonly ConcurrentDictionary<string, int[]> _results = new(StringComparer.Ordinal);
    private string? _build;
    private int _ids;

    public async Task<int[]> GetOrRankAsync(PostsDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        var build = await db.BuildAsync(cancellationToken) ?? "";
        if (build != _build)
        {
            Clear();
            _build = build;
        }

        var key = $"{build}|{query.Key}";
        if (_results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var ranked = await SearchEngine.For(db).RankAsync(db, query, cancellationToken);
        if (ranked.Length > MaxIds)
        {
            return ranked;
        }

        if (Interlocked.Add(ref _ids, ranked.Length) > MaxIds)
        {
            Clear();
            Interlocked.Add(ref _ids, ranked.Length);
        }

        if (!_results.TryAdd(key, ranked))
        {
            Interlocked.Add(ref _ids, -ranked.Length);
        }

        return ranked;
    }

    // The IDs held now, for tests and diagnostics.
    public int Ids => Volatile.Read(ref _ids);

    private void Clear()
    {
        _results.Clear();
        Volatile.Write(ref _ids, 0);
    }
}
