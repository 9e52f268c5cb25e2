using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Builds header facts whose quote the loader accepts: unique words, or repeated words with the
// occurrence the fact was read from (null only for an empty passage).
public static partial class HeaderFacts
{
    public static NoticeQuote? QuoteOf(this NoticeText notice, int start, int end) =>
        notice.Quote(start, end) is { } quote ? quote with { Text = Whitespace().Replace(quote.Text, " ") } : null;

    public static ValueFact? ValueAt(this NoticeText notice, string value, int start, int end, string? note = null) =>
        notice.QuoteOf(start, end) is { } quote ? new ValueFact { Value = value, Quote = quote.Text, Occurrence = quote.Occurrence, Note = note } : null;

    // The fact with the importer's confidence and the reason for it.
    public static T? Because<T>(this T? fact, string confidence, string reason) where T : Fact =>
        fact is null ? null : (T)((Fact)fact with { Confidence = confidence, Reason = reason });

    // The fact with this confidence and reason unless its finder already rated it.
    public static T? RatedIfNot<T>(this T? fact, string confidence, string reason) where T : Fact =>
        fact is { Confidence: null } ? fact.Because(confidence, reason) : fact;

    // A label as the notice writes it, for a reason: "the \"Duty Station\" label".
    public static string LabelReason(this NoticeText notice, Labelled label) =>
        $"the \"{notice.Text[label.Start..label.ValueStart].Trim().TrimEnd(':', '|', '：', '*', '_').Trim().TrimStart('|').Trim()}\" label";

    // The first occurrence of a word or name as a whole, or -1.
    public static int FirstOccurrence(string text, string word, StringComparison comparison) =>
        Occurrences(text, word, comparison).DefaultIfEmpty(-1).First();

    // Occurrences of a word or name as a whole (not inside a longer word), in text order.
    public static IEnumerable<int> Occurrences(string text, string word, StringComparison comparison, int limit = int.MaxValue)
    {
        if (word.Length == 0)
        {
            yield break;
        }

        for (var at = text.IndexOf(word, comparison); at >= 0 && at < limit; at = text.IndexOf(word, at + 1, comparison))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + word.Length >= text.Length ? ' ' : text[at + word.Length];
            if (!char.IsLetterOrDigit(before) && before != '-' && !char.IsLetterOrDigit(after) && after != '-')
            {
                yield return at;
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
