using System.Runtime.CompilerServices;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.GraphQL.Filtering;

namespace PostsGraph.Export;

// Post profiles for an export, in the order asked, filtered and sorted exactly as `posts` is. The
// keys of the matching posts are read first (a few bytes each); the profiles then follow a batch
// at a time, each batch one projection (a query for the posts and one per list) by primary key, so
// an export of any size holds one batch in memory and never re-runs the sorted query.
public sealed class ProfileSource(PostsDbContext db, IMapper mapper, FilterTranslator filter, SortTranslator sort)
{
    public const int BatchSize = 250;

    public async IAsyncEnumerable<PostProfile> ReadAsync(
        IDictionary<string, object?>? where, IEnumerable<object?>? order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordered = await sort.Apply(filter.Apply(db.Posts, where), order, [new Dictionary<string, object?> { ["key"] = SortDirection.Asc }])
            .Select(p => new { p.Id, p.Key })
            .ToListAsync(cancellationToken);
        foreach (var chunk in ordered.Chunk(BatchSize))
        {
            var ids = chunk.Select(p => p.Id).ToList();
            var profiles = (await db.Posts.Where(p => ids.Contains(p.Id))
                    .ProjectTo<PostProfile>(mapper.ConfigurationProvider)
                    .AsSplitQuery()
                    .ToListAsync(cancellationToken))
                .ToDictionary(p => p.Key, StringComparer.Ordinal);
            foreach (var post in chunk)
            {
                yield return profiles[post.Key];
            }
        }
    }

    public PostProfileRow Row(PostProfile profile) => mapper.Map<PostProfileRow>(profile);
}
