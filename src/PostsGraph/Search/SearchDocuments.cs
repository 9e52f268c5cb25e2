using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.Search;

// A passage of a search column: the fact it belongs to ("duties[3]"), where it sits in the column,
// and where it starts in the notice (null for a fact whose evidence is not a quote).
public sealed record SearchSegment(string Field, int Offset, int Length, int? NoticeStart);

// The search columns, in the order the engines index them.
public enum SearchColumn
{
    Title,
    Duties,
    Requirements,
    Conditions,
    Competencies,
}

// Writes each post's SearchDocument from the facts in the database, after a build has written them:
// a passage per fact (the notice's own words at the fact's offsets, or the fact's text where it has
// none), facts citing one passage indexed once. Columns separate passages with a blank line.
public static class SearchDocuments
{
    private const int BatchSize = 2000;
    private const string Separator = "\n\n";

    private sealed record Fact(int PostId, string List, int Order, string Text, int? Start, int? End);

    public static async Task WriteAsync(PostsDbContext db, CancellationToken cancellationToken)
    {
        var notices = await db.SourceNotices.AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.Text, cancellationToken);
        var lastId = 0;
        while (true)
        {
            var posts = await db.Posts.AsNoTracking().Where(p => p.Id > lastId).OrderBy(p => p.Id).Take(BatchSize)
                .Select(p => new { p.Id, p.Title, p.SourceNoticeId }).ToListAsync(cancellationToken);
            if (posts.Count == 0)
            {
                return;
            }

            var (from, to) = (posts[0].Id, posts[^1].Id);
            var titles = await db.FieldEvidence.AsNoTracking().Where(e => e.PostId >= from && e.PostId <= to && e.Field == "title")
                .Select(e => new { e.PostId, e.Evidence.Start, e.Evidence.End }).ToListAsync(cancellationToken);
            var facts = new List<Fact>();

            // The requirement kinds share their bookkeeping (Requirement): one query each, of one shape.
            async Task RequirementsAsync<T>(IQueryable<T> set, string list) where T : Requirement =>
                facts.AddRange(await set.AsNoTracking().Where(f => f.PostId >= from && f.PostId <= to)
                    .Select(f => new Fact(f.PostId, list, f.Order, f.Text, f.Evidence.Start, f.Evidence.End)).ToListAsync(cancellationToken));

            facts.AddRange(await db.Duties.AsNoTracking().Where(f => f.PostId >= from && f.PostId <= to)
                .Select(f => new Fact(f.PostId, "duties", f.Order, f.Text, f.Evidence.Start, f.Evidence.End)).ToListAsync(cancellationToken));
            await RequirementsAsync(db.EducationRequirements, "education");
            await RequirementsAsync(db.ExperienceRequirements, "experience");
            await RequirementsAsync(db.LanguageRequirements, "languages");
            await RequirementsAsync(db.CertificationRequirements, "certifications");
            await RequirementsAsync(db.CompetencyRequirements, "competencies");
            facts.AddRange(await db.Conditions.AsNoTracking().Where(f => f.PostId >= from && f.PostId <= to)
                .Select(f => new Fact(f.PostId, "conditions", f.Order, f.Text, f.Evidence.Start, f.Evidence.End)).ToListAsync(cancellationToken));
            var byPost = facts.ToLookup(f => f.PostId);
            var titleOf = titles.ToDictionary(t => t.PostId);

            foreach (var post in posts)
            {
                var notice = notices[post.SourceNoticeId];
                var title = titleOf.TryGetValue(post.Id, out var t) && t.Start is { } s && t.End is { } e && e <= notice.Length
                    ? notice.IndexOf(post.Title, s, e - s, StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? at : (int?)null
                    : null;
                var columns = new Column[5];
                columns[(int)SearchColumn.Title] = new Column().Add("title", post.Title, title);
                columns[(int)SearchColumn.Duties] = Of(notice, byPost[post.Id].Where(f => f.List == "duties"));
                columns[(int)SearchColumn.Requirements] = Of(notice, byPost[post.Id].Where(f => f.List is "education" or "experience" or "languages" or "certifications"));
                columns[(int)SearchColumn.Conditions] = Of(notice, byPost[post.Id].Where(f => f.List == "conditions"));
                columns[(int)SearchColumn.Competencies] = Of(notice, byPost[post.Id].Where(f => f.List == "competencies"));
                db.SearchDocuments.Add(new SearchDocument
                {
                    PostId = post.Id,
                    Title = columns[0].Text, Duties = columns[1].Text, Requirements = columns[2].Text, Conditions = columns[3].Text, Competencies = columns[4].Text,
                    Layout = JsonSerializer.Serialize(columns.Select(c => c.Segments)),
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            lastId = posts[^1].Id;
        }
    }

    public static IReadOnlyList<SearchSegment>[] ReadLayout(string layout) =>
        JsonSerializer.Deserialize<List<SearchSegment>[]>(layout) ?? [];

    // The facts of one column in the notice's order of lists (education, experience, languages,
    // certifications for requirements), each list in its own order; a passage already in it is skipped.
    private static Column Of(string notice, IEnumerable<Fact> facts)
    {
        string[] lists = ["duties", "education", "experience", "languages", "certifications", "conditions", "competencies"];
        var column = new Column();
        var seen = new HashSet<(int, int)>();
        foreach (var fact in facts.OrderBy(f => Array.IndexOf(lists, f.List)).ThenBy(f => f.Order))
        {
            if (fact.Start is { } start && fact.End is { } end && end <= notice.Length)
            {
                if (seen.Add((start, end)))
                {
                    column.Add($"{fact.List}[{fact.Order}]", notice[start..end], start);
                }
            }
            else
            {
                column.Add($"{fact.List}[{fact.Order}]", fact.Text, null);
            }
        }

        return column;
    }

    private sealed class Column
    {
        private readonly System.Text.StringBuilder _text = new();

        public List<SearchSegment> Segments { get; } = [];

        public string Text => _text.ToString();

        public Column Add(string field, string text, int? noticeStart)
        {
            if (_text.Length > 0)
            {
                _text.Append(Separator);
            }

            Segments.Add(new SearchSegment(field, _text.Length, text.Length, noticeStart));
            _text.Append(text);
            return this;
        }
    }
}
