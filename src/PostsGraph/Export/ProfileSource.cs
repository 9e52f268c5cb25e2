using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.Export;

// The posts of an export, in the order asked, filtered and sorted exactly as `posts` is. The ids of
// the matching posts are read first (a few bytes each); the posts then follow a batch at a time:
// their own facts in one query with their relations joined (the lookahead, with every field of a
// post selected), then each list in one query by post id. An export of any size holds one batch in
// memory and never re-runs the sorted query.
public sealed class ProfileSource(PostsDbContext db, ISchema schema, FilterTranslator filter, SortTranslator sort)
{
    public const int BatchSize = 250;

    // Posts with every list, for the JSON and Markdown profiles.
    public async IAsyncEnumerable<Post> ReadAsync(
        IDictionary<string, object?>? where, IEnumerable<object?>? order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var posts in BatchesAsync(where, order, cancellationToken))
        {
            var ids = posts.Keys.ToList();
            await FillAsync(db.SalaryComponents, ids, s => s.PostId, s => s.Order, posts, p => p.SalaryComponents, cancellationToken);
            await FillAsync(db.Identifiers, ids, i => i.PostId, i => i.Order, posts, p => p.Identifiers, cancellationToken);
            await FillAsync(db.Duties, ids, d => d.PostId, d => d.Order, posts, p => p.Duties, cancellationToken);
            await FillAsync(db.EducationRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Education, cancellationToken);
            await FillAsync(db.ExperienceRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Experience, cancellationToken);
            await FillAsync(db.LanguageRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Languages, cancellationToken);
            await FillAsync(db.CertificationRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Certifications, cancellationToken);
            await FillAsync(db.CompetencyRequirements, ids, r => r.PostId, r => r.Order, posts, p => p.Competencies, cancellationToken);
            await FillAsync(db.Conditions, ids, c => c.PostId, c => c.Order, posts, p => p.Conditions, cancellationToken);
            await FillAsync(db.FieldEvidence, ids, e => e.PostId, e => e.Order, posts, p => p.Evidence, cancellationToken);
            foreach (var post in posts.Values)
            {
                yield return post;
            }
        }
    }

    // Posts for CSV rows: each list read as only the columns its cell shows (RowItems.cs), since a
    // row has no room for an item's text or evidence, and reading those was most of its time.
    public async IAsyncEnumerable<(Post Post, RowLists Lists)> ReadRowsAsync(
        IDictionary<string, object?>? where, IEnumerable<object?>? order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var posts in BatchesAsync(where, order, cancellationToken))
        {
            var ids = posts.Keys.ToList();
            var lists = new RowLists(
                await ItemsAsync(db.Duties, ids, d => d.PostId, d => d.Order, d => new DutyRowItem(d.PostId, d.Themes), cancellationToken),
                await ItemsAsync(db.EducationRequirements, ids, r => r.PostId, r => r.Order, r => new EducationRowItem(
                    r.PostId, r.Necessity, r.Level, r.InLieuOf, r.AdditionalYears, r.ReplacesYearsOfExperience, r.AppliesTo), cancellationToken),
                await ItemsAsync(db.ExperienceRequirements, ids, r => r.PostId, r => r.Order, r => new ExperienceRowItem(
                    r.PostId, r.Necessity, r.MinYears, r.WithEducation, r.Scopes, r.AppliesTo), cancellationToken),
                await ItemsAsync(db.LanguageRequirements, ids, r => r.PostId, r => r.Order, r => new LanguageRowItem(
                    r.PostId, r.Necessity, r.AnyOf, r.Level, r.AppliesTo), cancellationToken),
                await ItemsAsync(db.CertificationRequirements, ids, r => r.PostId, r => r.Order, r => new CertificationRowItem(
                    r.PostId, r.Necessity, r.Name, r.AppliesTo), cancellationToken),
                await ItemsAsync(db.CompetencyRequirements, ids, r => r.PostId, r => r.Order, r => new CompetencyRowItem(
                    r.PostId, r.Framework, r.Name, r.AppliesTo), cancellationToken),
                await ItemsAsync(db.Conditions, ids, c => c.PostId, c => c.Order, c => new ConditionRowItem(c.PostId, c.Kind, c.Months, c.Years, c.AppliesTo), cancellationToken),
                await ItemsAsync(db.Identifiers, ids, i => i.PostId, i => i.Order, i => new IdentifierRowItem(i.PostId, i.Label, i.Value), cancellationToken));
            foreach (var post in posts.Values)
            {
                yield return (post, lists);
            }
        }
    }

    public Task<bool> AnyAsync(IDictionary<string, object?>? where, CancellationToken cancellationToken) =>
        filter.Apply(db.Posts, where).AnyAsync(cancellationToken);

    // The ordered ids once; then, a batch at a time, the posts with their own facts and relations, by id, in that order.
    private async IAsyncEnumerable<Dictionary<int, Post>> BatchesAsync(
        IDictionary<string, object?>? where, IEnumerable<object?>? order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordered = await sort.Apply(filter.Apply(db.Posts, where), order, [new Dictionary<string, object?> { ["key"] = SortDirection.Asc }])
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var ids in ordered.Chunk(BatchSize))
        {
            var posts = (await db.Posts.Where(p => ids.Contains(p.Id)).Selecting(db, schema, PostViews.Instance.Everything).ToListAsync(cancellationToken))
                .ToDictionary(p => p.Id);
            yield return ids.ToDictionary(id => id, id => posts[id]);
        }
    }

    // One list of the batch's posts: WHERE PostId IN (…) ORDER BY PostId, Order, added to its post.
    private async Task FillAsync<T>(
        IQueryable<T> set, List<int> ids, Expression<Func<T, int>> postId, Expression<Func<T, int>> order,
        Dictionary<int, Post> posts, Func<Post, List<T>> list, CancellationToken cancellationToken)
    {
        var rows = await set.Where(KeyFilter.In(postId, ids)).OrderBy(postId).ThenBy(order).ToListAsync(cancellationToken);
        var postIdOf = PostIdOf<T>.Compiled ??= postId.Compile();
        foreach (var row in rows)
        {
            list(posts[postIdOf(row)]).Add(row);
        }
    }

    private async Task<ILookup<int, TItem>> ItemsAsync<T, TItem>(
        IQueryable<T> set, List<int> ids, Expression<Func<T, int>> postId, Expression<Func<T, int>> order, Expression<Func<T, TItem>> item,
        CancellationToken cancellationToken)
        where TItem : IRowItem =>
        (await set.Where(KeyFilter.In(postId, ids)).OrderBy(postId).ThenBy(order).Select(item).ToListAsync(cancellationToken))
        .ToLookup(i => i.PostId);

    // Each list type has one post-id expression; compiling it costs far more than reading a batch.
    private static class PostIdOf<T>
    {
        public static Func<T, int>? Compiled;
    }
}
