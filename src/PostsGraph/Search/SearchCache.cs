using System.Collections.Concurrent;
using PostsGraph.Data;

namespace PostsGraph.Search;

// Ranking scores every post a search finds, yet the posts change only when the database is
// rebuilt. A search's ranked post IDs are kept per database build (its seed hash and build time,
// read from the database on each request, as StatisticsCache does) and per search, so that paging
// through a search or asking it again does not rank again; requests asking the same search at once
// share one ranking. Bounded by what it holds (each search counts its IDs and one more, so that
// searches finding nothing count too): past MaxSize or MaxSearches it starts again empty.
public sealed class SearchCache
{
    public const int MaxSize = 2_000_000;
    public const int MaxSearches = 10_000;

    private sealed class Generation(string build)
    {
        public string Build { get; } = build;
        public ConcurrentDictionary<string, Lazy<Task<int[]>>> Results { get; } = new(StringComparer.Ordinal);
        public int Size;
    }

    private Generation _current = new("");

    public async Task<int[]> GetOrRankAsync(PostsDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        var build = await db.BuildAsync(cancellationToken) ?? "";
        var generation = Volatile.Read(ref _current);
        if (generation.Build != build)
        {
            var fresh = new Generation(build);
            var seen = Interlocked.CompareExchange(ref _current, fresh, generation);
            generation = seen == generation ? fresh : seen;
            if (generation.Build != build)
            {
                // A request still reading an older build ranks without keeping anything.
                return await SearchEngine.For(db).RankAsync(db, query, cancellationToken);
            }
        }

        var entry = generation.Results.GetOrAdd(query.Key, _ => new Lazy<Task<int[]>>(() => RankAndCountAsync(db, query, generation)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The request that started the ranking failed (its connection was closed, say): rank anew.
            generation.Results.TryRemove(new KeyValuePair<string, Lazy<Task<int[]>>>(query.Key, entry));
            return await SearchEngine.For(db).RankAsync(db, query, cancellationToken);
        }
    }

    private async Task<int[]> RankAndCountAsync(PostsDbContext db, SearchQuery query, Generation generation)
    {
        var ranked = await SearchEngine.For(db).RankAsync(db, query, CancellationToken.None);
        if (Interlocked.Add(ref generation.Size, ranked.Length + 1) > MaxSize || generation.Results.Count > MaxSearches)
        {
            // Full: the next request starts an empty generation of the same build.
            Interlocked.CompareExchange(ref _current, new Generation(generation.Build), generation);
        }

        return ranked;
    }
}
