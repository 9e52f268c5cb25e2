using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.Export;

// Post profiles for an export, in the order asked, filtered and sorted exactly as `posts` is. The
// ids of the matching posts are read first (a few bytes each); the profiles then follow a batch at
// a time: the posts' own facts in one projected query with their joins, then each list in one plain
// query by post id. An export of any size holds one batch in memory and never re-runs the sorted query.
public sealed partial class ProfileSource(PostsDbContext db, IMapper mapper, FilterTranslator filter, SortTranslator sort)
{
    public const int BatchSize = 250;

    public async IAsyncEnumerable<PostProfile> ReadAsync(
        IDictionary<string, object?>? where, IEnumerable<object?>? order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (ids, posts) in BatchesAsync(where, order, cancellationToken))
        {
            await FillAsync(db.SalaryComponents, ids, s => s.PostId, s => s.Order, posts, p => p.SalaryComponents, cancellationToken);
            await FillAsync(db.Duties, ids, d => d.PostId, d => d.Order, posts, p => p.Duties, cancellationToken);
            await FillAsync(db.EducationRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Education, cancellationToken);
            await FillAsync(db.ExperienceRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Experience, cancellationToken);
            await FillAsync(db.LanguageRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Languages, cancellationToken);
            await FillAsync(db.CertificationRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Certifications, cancellationToken);
            await FillAsync(db.CompetencyRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Competencies, cancellationToken);
            await FillAsync(db.Conditions, ids, c => c.PostId, c => c.Order, posts, p => p.Conditions, cancellationToken);
            await FillAsync(db.FieldEvidence, ids, e => e.PostId, e => e.Order, posts, p => p.Evidence, cancellationToken);
            foreach (var id in ids)
            {
                yield return posts[id];
            }
        }
    }

    public Task<bool> AnyAsync(IDictionary<string, object?>? where, CancellationToken cancellationToken) =>
        filter.Apply(db.Posts, where).AnyAsync(cancellationToken);

    // The ordered ids once; then, a batch at a time, those ids and the posts' own facts (lists empty) by id.
    private async IAsyncEnumerable<(List<int> Ids, Dictionary<int, PostProfile> Posts)> BatchesAsync(
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
                    .ToListAsync(cancellationToken))
                .ToDictionary(p => p.Key, StringComparer.Ordinal);
            yield return (ids, chunk.ToDictionary(p => p.Id, p => profiles[p.Key]));
        }
    }

    // One list of the batch's posts: WHERE PostId IN (…) ORDER BY PostId, Order, mapped into place.
    private async Task FillAsync<T, TProfile>(
        IQueryable<T> set, List<int> ids, Expression<Func<T, int>> postId, Expression<Func<T, int>> order,
        Dictionary<int, PostProfile> profiles, Func<PostProfile, List<TProfile>> list, CancellationToken cancellationToken)
    {
        var rows = await set.Where(KeyFilter.In(postId, ids)).OrderBy(postId).ThenBy(order).ToListAsync(cancellationToken);
        var postIdOf = PostIdOf<T>.Compiled ??= postId.Compile();
        foreach (var row in rows)
        {
            list(profiles[postIdOf(row)]).Add(mapper.Map<TProfile>(row));
        }
    }

    // Each list type has one post-id expression; compiling it costs far more than reading a batch.
    private static class PostIdOf<T>
    {
        public static Func<T, int>? Compiled;
    }
}
