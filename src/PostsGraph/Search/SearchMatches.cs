using System.Text;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.Search;

// Where a search found a post: the fact ("duties[3]"), a snippet of its words around the match, and
// the matched words with their offsets in the notice (Evidence), so that a client can mark them.
public sealed record SearchMatch(string Field, string Snippet, Evidence Evidence);

// The matches of the posts a `posts(search:)` field returned, found by the engine that found the
// posts (its own highlighting, so word forms match as they did in the search), read for the whole
// page at once. A Post's `matches` find the search of the nearest `posts` field above them.
public static class SearchMatches
{
    public const int MaxPerPost = 50;
    private const int Context = 60;

    // Called by `posts(search:)`: the field's place in the response and its search.
    public static void Register(IResolveFieldContext context, SearchQuery query) =>
        context.Loaders().Searches[string.Join('/', context.Path)] = query;

    public static object Of(IResolveFieldContext<Post> context)
    {
        var path = context.Path.ToList();
        var searches = context.Loaders().Searches;
        for (var length = path.Count - 1; length > 0; length--)
        {
            if (searches.TryGetValue(string.Join('/', path.Take(length)), out var query))
            {
                var db = context.RequestServices!.GetRequiredService<PostsDbContext>();
                var loader = context.Loaders().Keep(("matches", query.Text), () =>
                    new BatchLoader<int, List<SearchMatch>>((ids, ct) => FindAsync(db, query, ids, ct)));
                return loader.Load(context.Source.Id).Then(found => found ?? []);
            }
        }

        return Array.Empty<SearchMatch>();
    }

    public static async Task<Dictionary<int, List<SearchMatch>>> FindAsync(PostsDbContext db, SearchQuery query, IReadOnlyList<int> postIds, CancellationToken cancellationToken)
    {
        var highlighted = await SearchEngine.For(db).HighlightAsync(db, query, postIds, cancellationToken);
        var layouts = await db.SearchDocuments.AsNoTracking().Where(d => postIds.Contains(d.PostId))
            .ToDictionaryAsync(d => d.PostId, d => d.Layout, cancellationToken);
        var found = new Dictionary<int, List<SearchMatch>>();
        foreach (var (postId, columns) in highlighted)
        {
            if (!layouts.TryGetValue(postId, out var layout))
            {
                continue;
            }

            var segments = SearchDocuments.ReadLayout(layout);
            found[postId] = [.. columns.SelectMany((column, i) => Matches(query, column, i < segments.Length ? segments[i] : [])).Take(MaxPerPost)];
        }

        return found;
    }

    // The marked spans of a column, joined where only spaces or hyphens part them (the words of a
    // phrase), each placed in the passage it falls in. PostgreSQL marks every word of a phrase
    // wherever it occurs, so a lone word is kept only where a single-word term could have matched it.
    private static IEnumerable<SearchMatch> Matches(SearchQuery query, string marked, IReadOnlyList<SearchSegment> segments)
    {
        var text = new StringBuilder(marked.Length);
        var spans = new List<(int Start, int End)>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == SearchEngine.MatchStart)
            {
                start = text.Length;
            }
            else if (c == SearchEngine.MatchEnd && start >= 0)
            {
                if (spans.Count > 0 && Joins(text.ToString(spans[^1].End, start - spans[^1].End)))
                {
                    spans[^1] = (spans[^1].Start, text.Length);
                }
                else
                {
                    spans.Add((start, text.Length));
                }

                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        var column = text.ToString();
        foreach (var (from, to) in spans.Where(s => Words(column[s.Start..s.End]) > 1 || query.Terms.Any(t => !t.Phrase && Alike(t.Text, column[s.Start..s.End]))))
        {
            if (segments.FirstOrDefault(s => s.Offset <= from && from < s.Offset + s.Length) is not { } segment)
            {
                continue;
            }

            var end = Math.Min(to, segment.Offset + segment.Length);
            var passage = column.Substring(segment.Offset, segment.Length);
            var evidence = new Evidence
            {
                Quote = column[from..end],
                Start = segment.NoticeStart + (from - segment.Offset),
                End = segment.NoticeStart + (end - segment.Offset),
            };
            yield return new SearchMatch(segment.Field, Snippet(passage, from - segment.Offset, end - segment.Offset), evidence);
        }
    }

    // What may part the words of one match: spaces and hyphens within a line.
    private static bool Joins(string between) => between.Length > 0 && between.All(c => c is ' ' or '\t' or '-' or '\u2010' or '\u2011');

    private static int Words(string span) => span.Split((char[])[' ', '\t', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries).Length;

    // A marked word and a single-word term are forms of one word when, case and accents aside, they
    // share their first four letters (or all of the shorter one): evacuate, evacuation.
    private static bool Alike(string term, string word)
    {
        var (a, b) = (Fold(term), Fold(word));
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= Math.Min(4, Math.Min(a.Length, b.Length));
    }

    private static string Fold(string text) => new([.. text.Normalize(NormalizationForm.FormD)
        .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
        .Select(char.ToLowerInvariant)]);

    // The passage around the match, cut at words, with "…" where cut, on one line.
    private static string Snippet(string passage, int start, int end)
    {
        var from = Math.Max(0, start - Context);
        var to = Math.Min(passage.Length, end + Context);
        if (from > 0 && passage.IndexOfAny([' ', '\n', '\t'], from) is var space and >= 0 && space < start)
        {
            from = space + 1;
        }

        if (to < passage.Length && passage.LastIndexOfAny([' ', '\n', '\t'], to - 1) is var last and >= 0 && last >= end)
        {
            to = last;
        }

        var words = string.Join(' ', passage[from..to].Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return (from > 0 ? "…" : "") + words + (to < passage.Length ? "…" : "");
    }
}
