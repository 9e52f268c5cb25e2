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

    public QuoteMatch Find(string quote)
    {
        var needle = Normalise(quote);
        if (needle.Length == 0)
        {
            return QuoteMatch.Failed("quote is empty");
        }

        var first = _normalised.IndexOf(needle, StringComparison.Ordinal);
        if (first < 0)
        {
            return QuoteMatch.Failed($"quote not found in the notice{DescribeLongestPrefix(needle)}");
        }

        var count = 0;
        for (var at = first; at >= 0; at = _normalised.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        if (count > 1)
        {
            return QuoteMatch.Failed($"quote occurs {count} times in the notice; lengthen it so that it points to one passage");
        }

        return QuoteMatch.Found(_originalIndex[first], _originalEnd[first + needle.Length - 1]);
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
