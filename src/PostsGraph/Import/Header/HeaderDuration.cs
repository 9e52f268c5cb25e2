using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// The contract's length in months: from a "Contract duration:" label ("2 years with possibility of
// renewal"), else from a sentence about the appointment ("for an initial period of one year",
// "issued for a twenty-four month period"). A label whose value states no length ("To be
// confirmed") gives months null, as the seed format records a duration the notice leaves open.
// Probation periods and maximum durations are not the contract's length.
public static partial class HeaderDuration
{
    private static readonly string[] Numbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static DurationFact? Extract(NoticeText notice, IReadOnlyList<Labelled> labels)
    {
        if (labels.FirstOrDefault(l => l.Field == HeaderField.Duration && l.Value.Length > 0) is { } label)
        {
            var length = Length().Match(label.Value);
            return notice.QuoteOf(label.Start, label.ValueEnd) is { } quote
                ? new DurationFact { Months = length.Success ? Months(length) : null, Quote = quote.Text, Occurrence = quote.Occurrence }
                : null;
        }

        foreach (Match m in ForPeriod().Matches(notice.Text))
        {
            var sentenceStart = SentenceStart(notice.Text, m.Index);
            var before = notice.Text[sentenceStart..m.Groups["n"].Index];
            if (!Probation().IsMatch(before) && Months(m) is { } months && notice.QuoteOf(sentenceStart, SentenceEnd(notice.Text, m.Index + m.Length)) is { } quote)
            {
                return new DurationFact { Months = months, Quote = quote.Text, Occurrence = quote.Occurrence };
            }
        }

        return null;
    }

    private static int? Months(Match m)
    {
        var n = m.Groups["n"].Value.ToLowerInvariant().Replace(' ', '-');
        int? count = int.TryParse(n, out var digits) ? digits
            : Array.IndexOf(Numbers, n) is var i and > 0 ? i
            : n switch { "eighteen" => 18, "twenty-four" => 24, "thirty-six" => 36, "forty-eight" => 48, _ => null };
        return m.Groups["unit"].Value.StartsWith("year", StringComparison.OrdinalIgnoreCase) ? count * 12 : count;
    }

    private static int SentenceStart(string text, int at)
    {
        var start = Math.Max(text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1, text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal) + 2);
        while (start < at && (char.IsWhiteSpace(text[start]) || text[start] is '•' or '-' or '*' or '·'))
        {
            start++;
        }

        return start;
    }

    private static int SentenceEnd(string text, int at)
    {
        var end = text.IndexOfAny(['.', '\n'], at);
        return end < 0 ? text.Length : text[end] == '.' ? end + 1 : end;
    }

    [GeneratedRegex(@"\bprobation", RegexOptions.IgnoreCase)]
    private static partial Regex Probation();

    [GeneratedRegex(@"(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]four|thirty[- ]six|forty[- ]eight)(?:\s*\(\d{1,2}\))?[- ](?<unit>years?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Length();

    [GeneratedRegex(@"\b(?:appointment|contract|assignment|position|post)\b[^.\n]{0,80}?\bfor\s+(?:(?:an?|the)\s+)?(?:initial\s+)?(?:(?:duration|period)\s+of\s+)?(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]four|thirty[- ]six|forty[- ]eight)(?:\s*\(\d{1,2}\))?[- ](?<unit>years?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForPeriod();
}
