using System.Runtime.CompilerServices;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.GraphQL.Filtering;

namespace PostsGraph.Export;

// Post profiles for an export, read a batch at a time in the order asked, so that an export of any
// size holds one batch in memory. Each batch is one projection (a query for the posts and one per
// list), filtered and sorted exactly as `posts` is.
public sealed class ProfileSource(PostsDbContext db, IMapper mapper, FilterTranslator filter, SortTranslator sort)
{
    public const int BatchSize = 250;

    public async IAsyncEnumerable<PostProfile> ReadAsync(
        IDictionary<string, object?>? where, IEnumerable<object?>? order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = sort.Apply(filter.Apply(db.Posts, where), order, [new Dictionary<string, object?> { ["key"] = SortDirection.Asc }]);
        for (var skip = 0; ; skip += BatchSize)
        {
            var batch = await query.Skip(skip).Take(BatchSize)
                .ProjectTo<PostProfile>(mapper.ConfigurationProvider)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            foreach (var profile in batch)
            {
                yield return profile;
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    public PostProfileRow Row(PostProfile profile) => mapper.Map<PostProfileRow>(profile);
}
