using System.Text.RegularExpressions;
using GraphQL;
using PostsGraph.GraphQL;

namespace PostsGraph.Search;

// What `posts(search:)` looks for: words and "quoted phrases", all of which must occur in a post.
// Only letters and digits reach the engines, so no input can be read as their query syntax.
public sealed partial record SearchQuery(string Text, IReadOnlyList<SearchTerm> Terms)
{
    public const int MaxLength = 200;
    public const int MaxTerms = 10;

    public static SearchQuery? From(IResolveFieldContext context) =>
        context.GetArgument<string?>("search") is { } text ? Parse(text) : null;

    public static SearchQuery Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw Invalid($"search is {text.Length} characters long; it may be at most {MaxLength}.");
        }

        var terms = new List<SearchTerm>();
        foreach (Match part in Parts().Matches(text))
        {
            var words = Words().Matches(part.Groups["phrase"].Success ? part.Groups["phrase"].Value : part.Value).Select(w => w.Value).ToList();
            if (words.Count > 0)
            {
                // A quoted phrase, or a word written with hyphens or apostrophes ("post-conflict"), is a phrase.
                terms.Add(new SearchTerm(string.Join(' ', words), Phrase: words.Count > 1));
            }
        }

        if (terms.Count == 0)
        {
            throw Invalid("search has no word to look for: give at least one word (letters or digits), or a \"quoted phrase\".");
        }

        if (terms.Count > MaxTerms)
        {
            throw Invalid($"search has {terms.Count} words and phrases; it may have at most {MaxTerms}.");
        }

        return new SearchQuery(text, terms.DistinctBy(t => (t.Text.ToLowerInvariant(), t.Phrase)).ToList());
    }

    // The same terms give the same key, however the text spaces or quotes them.
    public string Key => string.Join('|', Terms.Select(t => (t.Phrase ? "p:" : "w:") + t.Text.ToLowerInvariant()));

    // SQLite FTS5: each term a quoted string (a phrase when it has several words), all required.
    public string Fts5 => string.Join(" AND ", Terms.Select(t => $"\"{t.Text}\""));

    private static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidArgument };

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"?|[^\\s\"]+")]
    private static partial Regex Parts();

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Words();
}

// A word, or a phrase whose words must follow each other.
public sealed record SearchTerm(string Text, bool Phrase);
