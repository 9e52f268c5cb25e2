using System.Text.RegularExpressions;
using GraphQL;
using PostsGraph.GraphQL;

namespace PostsGraph.Search;

// What `posts(search:)` looks for: words and "quoted phrases", all of which must occur in a post.
// A term reaches the engines as its text, inside a quoted string for FTS5 and as a value for
// PostgreSQL's plainto_tsquery and phraseto_tsquery, so no character is read as their syntax;
// each engine splits it into words as it split the documents (PostgreSQL reads "P-5" as "p" and "-5").
public sealed partial record SearchQuery(string Text, IReadOnlyList<SearchTerm> Terms)
{
    public const int MaxLength = 200;
    public const int MaxTerms = 10;

    // Null for no search: no argument, or only spaces (a search box left empty).
    public static SearchQuery? From(IResolveFieldContext context) =>
        context.GetArgument<string?>("search") is { } text && !string.IsNullOrWhiteSpace(text) ? Parse(text) : null;

    public static SearchQuery Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw Invalid($"search is {text.Length} characters long; it may be at most {MaxLength}.");
        }

        var terms = new List<SearchTerm>();
        foreach (Match part in Parts().Matches(text))
        {
            var raw = part.Groups["phrase"].Success ? part.Groups["phrase"].Value : part.Value;
            var words = Words().Matches(raw).Select(w => w.Value.ToLowerInvariant()).ToList();
            if (words.Count > 0)
            {
                // A quoted phrase, or a word written with hyphens or apostrophes ("post-conflict"), is a phrase.
                terms.Add(new SearchTerm(raw.Trim(), words, Phrase: words.Count > 1));
            }
        }

        terms = [.. terms.DistinctBy(t => string.Join(' ', t.Words) + (t.Phrase ? "|p" : ""))];
        if (terms.Count == 0)
        {
            throw Invalid("search has no word to look for: give at least one word (letters or digits), or a \"quoted phrase\".");
        }

        if (terms.Count > MaxTerms)
        {
            throw Invalid($"search has {terms.Count} words and phrases; it may have at most {MaxTerms}.");
        }

        return new SearchQuery(text, terms);
    }

    // The same terms give the same key, however the text spaces, cases or quotes them.
    public string Key => string.Join('|', Terms.Select(t => (t.Phrase ? "p:" : "w:") + string.Join(' ', t.Words)));

    // SQLite FTS5: each term a quoted string (a phrase when it has several words), all required.
    public string Fts5 => string.Join(" AND ", Terms.Select(t => $"\"{t.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));

    public static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidArgument };

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"?|[^\\s\"]+")]
    private static partial Regex Parts();

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Words();
}

// A word, or a phrase whose words must follow each other: as written, and its words in lower case.
public sealed record SearchTerm(string Text, IReadOnlyList<string> Words, bool Phrase);
