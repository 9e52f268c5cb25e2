using System.Text;

namespace PostsGraph.Seed;

// Finds a quote in a notice with whitespace runs compared as one space, and maps the match back to
// offsets in the original text.
public sealed class QuoteLocator
{
    private readonly string _normalised;
    private readonly int[] _originalIndex;
    private readonly int[] _originalEnd;

    public QuoteLocator(string text)
    {
        var normalised = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                normalised.Append(text[i]);
                starts.Add(i);
                ends.Add(i + 1);
                continue;
            }

            var runStart = i;
            while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                i++;
            }

            normalised.Append(' ');
            starts.Add(runStart);
            ends.Add(i + 1);
        }

        _normalised = normalised.ToString();
        _originalIndex = [.. starts];
        _originalEnd = [.. ends];
    }

    public static string Normalise(string text) => new QuoteLocator(text.Trim())._normalised;

    // The one passage a quote points to: its only occurrence, or the given one (1-based) of a
    // quote the notice repeats.
    public QuoteMatch Find(string quote, int? occurrence = null)
    {
        var needle = Normalise(quote);
        if (needle.Length == 0)
        {
            return QuoteMatch.Failed("quote is empty");
        }

        var found = Occurrences(needle);
        if (found.Count == 0)
        {
            return QuoteMatch.Failed($"quote not found in the notice{DescribeLongestPrefix(needle)}");
        }

        if (occurrence is { } wanted)
        {
            if (found.Count == 1)
            {
                return QuoteMatch.Failed($"occurrence {wanted} is given, but the quote occurs once; leave occurrence out");
            }

            if (wanted < 1 || wanted > found.Count)
            {
                return QuoteMatch.Failed($"occurrence {wanted} does not exist: the quote occurs {found.Count} times (1 to {found.Count})");
            }
        }
        else if (found.Count > 1)
        {
            return QuoteMatch.Failed($"quote occurs {found.Count} times in the notice; lengthen it so that it points to one passage, or say which with occurrence (1 to {found.Count})");
        }

        var at = found[(occurrence ?? 1) - 1];
        return QuoteMatch.Found(_originalIndex[at], _originalEnd[at + needle.Length - 1]);
    }

    // Which occurrence (1-based) of the quote starts at the given offset of the text, and how many
    // there are; (0, count) when none starts there.
    public (int Occurrence, int Count) OccurrenceAt(string quote, int start)
    {
        var found = Occurrences(Normalise(quote));
        return (found.FindIndex(at => _originalIndex[at] == start) + 1, found.Count);
    }

    private List<int> Occurrences(string needle)
    {
        var found = new List<int>();
        for (var at = _normalised.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = _normalised.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    // Tells the curator how far the quote does match, which is usually where a typo is.
    private string DescribeLongestPrefix(string needle)
    {
        int low = 0, high = needle.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_normalised.Contains(needle[..mid], StringComparison.Ordinal))
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (low < 10)
        {
            return "";
        }

        var at = _normalised.IndexOf(needle[..low], StringComparison.Ordinal);
        var noticeGoesOn = _normalised.Substring(at + low, Math.Min(30, _normalised.Length - at - low));
        return $" (its first {low} characters match; then the quote has \"{Snippet(needle[low..])}\" where the notice has \"{noticeGoesOn}\")";
    }

    private static string Snippet(string text) => text.Length <= 30 ? text : text[..30];
}

public readonly record struct QuoteMatch(bool Success, int Start, int End, string? Problem)
{
    public static QuoteMatch Found(int start, int end) => new(true, start, end, null);

    public static QuoteMatch Failed(string problem) => new(false, 0, 0, problem);
}
