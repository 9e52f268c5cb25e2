using PostsGraph.Seed;

namespace PostsGraph.Import;

// A notice being imported: its text cut into lines, and quotes that the loader will accept.
public sealed class NoticeText
{
    private readonly QuoteLocator _locator;

    public NoticeText(string text)
    {
        Text = text;
        _locator = new QuoteLocator(text);
        var lines = new List<NoticeLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lines.Add(NoticeLine.Of(text, lines.Count, start, end));
            start = end + 1;
        }

        Lines = lines;
    }

    public string Text { get; }

    // Every line, blank ones included, so that a line's index says where it sits.
    public IReadOnlyList<NoticeLine> Lines { get; }

    // The line an offset falls on (the first line for offset 0), found by bisection: notices run to 1 MB.
    public NoticeLine LineAt(int offset)
    {
        var (low, high) = (0, Lines.Count - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            (low, high) = Lines[mid].Start <= offset ? (mid, high) : (low, mid - 1);
        }

        return Lines[low];
    }

    // Where a quote occurs in the notice, as the loader will look for it.
    public QuoteMatch Find(string quote, int? occurrence = null) => _locator.Find(quote, occurrence);

    // True when text[start..end] occurs once in the notice, whitespace runs compared as one space.
    public bool IsUnique(int start, int end) => Find(Text[start..end]).Success;

    // The shortest quote around text[start..end] that the loader accepts: the passage itself when
    // it occurs once, otherwise the passage widened a word at a time to the right, then to the
    // left, until it does (at most WidenedWords words: each try searches the whole notice). Where
    // that is not enough (a header block printed twice), the passage itself with the occurrence
    // that starts at `start`. Null only for an empty passage.
    public NoticeQuote? Quote(int start, int end)
    {
        (start, end) = Trim(start, end);
        if (start >= end)
        {
            return null;
        }

        return Widened(start, end) is { } unique
            ? new NoticeQuote(unique, null)
            : _locator.OccurrenceAt(Text[start..end], start) is ({ } occurrence and > 0, _)
                ? new NoticeQuote(Text[start..end].Trim(), occurrence)
                : null;
    }

    private const int WidenedWords = 12;

    private string? Widened(int start, int end)
    {
        var lineStart = Text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var lineEnd = Text.IndexOf('\n', end) is var e and >= 0 ? e : Text.Length;
        int from = start, to = end;
        for (var words = 0; !IsUnique(from, to); words++)
        {
            if (words == WidenedWords)
            {
                return null;
            }

            if (to < lineEnd)
            {
                to = NextWordEnd(to, lineEnd);
            }
            else if (from > lineStart)
            {
                from = PreviousWordStart(from, lineStart);
            }
            else
            {
                return null;
            }
        }

        return Text[from..to].Trim();
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private int NextWordEnd(int at, int limit)
    {
        while (at < limit && char.IsWhiteSpace(Text[at]))
        {
            at++;
        }

        while (at < limit && !char.IsWhiteSpace(Text[at]))
        {
            at++;
        }

        return at;
    }

    private int PreviousWordStart(int at, int limit)
    {
        while (at > limit && char.IsWhiteSpace(Text[at - 1]))
        {
            at--;
        }

        while (at > limit && !char.IsWhiteSpace(Text[at - 1]))
        {
            at--;
        }

        return at;
    }
}

// One line of a notice: where it is in the text, and its content without surrounding whitespace.
public sealed record NoticeLine(int Index, int Start, int End, string Content)
{
    public bool IsBlank => Content.Length == 0;

    public static NoticeLine Of(string text, int index, int start, int end)
    {
        var from = start;
        var to = end;
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return new NoticeLine(index, from, to, text[from..to]);
    }
}

// What one extractor found: a post file holding only the fields it looks for, the names of those
// it looked for and could not find (seed-format property names, e.g. "grade", "duties"), and the
// reference items it proposes (organisations, duty stations, grades the reference lists lack).
public sealed record ExtractedPart(PostFile Post, IReadOnlyList<string> Missing, ReferenceDraft? Reference = null);

// A quote the loader accepts: unique text, or repeated text with the occurrence meant.
public readonly record struct NoticeQuote(string Text, int? Occurrence);
