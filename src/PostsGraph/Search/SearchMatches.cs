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
// page at once. A Post's `matches` are those of the search of the connection the post is a node of.
public static class SearchMatches
{
    public const int MaxPerPost = 50;
    private const int Context = 60;

    // Called by `posts(search:)`: the field's place in the response and its search.
    public static void Register(IResolveFieldContext context, SearchQuery query) =>
        context.Loaders().Searches[string.Join('/', context.Path)] = query;

    public static object Of(IResolveFieldContext<Post> context)
    {
        // posts/nodes/3/matches or posts/edges/3/node/matches: the connection is three or four steps up.
        var path = context.Path.Select(p => p.ToString()!).ToList();
        var connection = path.Count >= 4 && path[^3] == "nodes" ? path.Count - 3
            : path.Count >= 5 && path[^2] == "node" && path[^4] == "edges" ? path.Count - 4 : -1;
        if (connection > 0 && context.Loaders().Searches.TryGetValue(string.Join('/', path.Take(connection)), out var query))
        {
            var db = context.RequestServices!.GetRequiredService<PostsDbContext>();
            var loader = context.Loaders().Keep(("matches", query.Key), () =>
                new BatchLoader<int, List<SearchMatch>>((ids, ct) => FindAsync(db, query, ids, ct)));
            return loader.Load(context.Source.Id).Then(found => found ?? []);
        }

        return Array.Empty<SearchMatch>();
    }

    public static async Task<Dictionary<int, List<SearchMatch>>> FindAsync(PostsDbContext db, SearchQuery query, IReadOnlyList<int> postIds, CancellationToken cancellationToken)
    {
        var passes = await SearchEngine.For(db).HighlightAsync(db, query, postIds, cancellationToken);
        var layouts = await db.SearchDocuments.AsNoTracking().Where(d => postIds.Contains(d.PostId))
            .ToDictionaryAsync(d => d.PostId, d => d.Layout, cancellationToken);
        var phrases = query.Terms.Where(t => t.Phrase).Select(t => t.Words).ToList();
        var found = new Dictionary<int, List<SearchMatch>>();
        foreach (var (postId, layout) in layouts)
        {
            var segments = SearchDocuments.ReadLayout(layout);
            var matches = new List<(int Column, int Start, SearchMatch Match)>();
            foreach (var pass in passes)
            {
                if (!pass.Columns.TryGetValue(postId, out var columns))
                {
                    continue;
                }

                for (var i = 0; i < columns.Length && i < segments.Length; i++)
                {
                    matches.AddRange(Matches(columns[i], segments[i], pass.PhrasesOnly ? phrases : null).Select(m => (i, m.Start, m.Match)));
                }
            }

            // Passes may mark the same words: each once, in the order of the columns and their text.
            found[postId] = [.. matches.DistinctBy(m => (m.Column, m.Start)).OrderBy(m => m.Column).ThenBy(m => m.Start).Select(m => m.Match).Take(MaxPerPost)];
        }

        return found;
    }

    // The marked spans of a column, joined where only spaces or hyphens part them (the words of a
    // phrase, or words searched for side by side), each placed in the passage it falls in. With
    // `phrases` (PostgreSQL's phrase pass, which marks every word of a phrase wherever it stands and
    // leaves its stop words unmarked), only runs of marked words that form one of the phrases count.
    private static IEnumerable<(int Start, SearchMatch Match)> Matches(string marked, IReadOnlyList<SearchSegment> segments, List<IReadOnlyList<string>>? phrases)
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
                if (phrases is null && spans.Count > 0 && Joins(text.ToString(spans[^1].End, start - spans[^1].End)))
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
        foreach (var (from, to) in phrases is null ? spans : PhraseRuns(column, spans, phrases))
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
            yield return (from, new SearchMatch(segment.Field, Snippet(passage, from - segment.Offset, end - segment.Offset), evidence));
        }
    }

    private static readonly char[] Separators = [' ', '\t', '-', '\u2010', '\u2011'];

    // PostgreSQL's English stop words most likely inside a phrase: in a phrase, any of them stands in for another.
    private static readonly HashSet<string> StopWords = new(
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or",
        "than", "that", "the", "their", "this", "to", "under", "was", "which", "with", "within", "without",
    ], StringComparer.OrdinalIgnoreCase);

    // What may part the words of one match: spaces and hyphens within a line.
    private static bool Joins(string between) => between.Length > 0 && between.All(Separators.Contains);

    // The runs of marked words that form a phrase: its words other than stop words marked in order,
    // parted by as many unmarked words as the phrase has stop words there, within a line.
    private static IEnumerable<(int Start, int End)> PhraseRuns(string column, List<(int Start, int End)> spans, List<IReadOnlyList<string>> phrases)
    {
        foreach (var phrase in phrases)
        {
            var kept = phrase.Select((w, i) => (w, i)).Where(x => !StopWords.Contains(x.w)).Select(x => x.i).ToList();
            if (kept.Count == 0)
            {
                continue;
            }

            for (var first = 0; first + kept.Count <= spans.Count; first++)
            {
                var ok = true;
                for (var k = 1; k < kept.Count && ok; k++)
                {
                    var gap = column[spans[first + k - 1].End..spans[first + k].Start];
                    ok = !gap.Contains('\n') && gap.All(c => Separators.Contains(c) || char.IsLetterOrDigit(c))
                        && gap.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Length == kept[k] - kept[k - 1] - 1;
                }

                if (ok)
                {
                    yield return (spans[first].Start, spans[first + kept.Count - 1].End);
                }
            }
        }
    }

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
