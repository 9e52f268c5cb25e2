using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Vacancy and position numbers.
public static partial class HeaderNumbers
{
    public static ValueFact? VacancyNumber(NoticeText notice, IReadOnlyList<Labelled> labels) =>
        FromLabels(notice, labels, HeaderField.VacancyNumber)
        ?? LeadingNumber(notice)
        ?? FromLabels(notice, labels, HeaderField.JobId);

    public static ValueFact? PositionNumber(NoticeText notice, IReadOnlyList<Labelled> labels) =>
        FromLabels(notice, labels, HeaderField.PositionNumber);

    // The other numbers the notice prints: a "Job ID" besides the vacancy number (when there is no
    // vacancy number the Job ID is taken as that instead). Null when there are none.
    public static List<IdentifierFact>? Others(NoticeText notice, IReadOnlyList<Labelled> labels, ValueFact? vacancyNumber)
    {
        if (FromLabels(notice, labels, HeaderField.JobId) is not { Value: { } value } jobId || value == vacancyNumber?.Value)
        {
            return null;
        }

        return [new IdentifierFact { Label = "Job ID", Value = value, Quote = jobId.Quote, Occurrence = jobId.Occurrence }];
    }

    // A "Job ID" is a recruitment system's record number; it stands in for the vacancy number only
    // when the notice gives none (VacancyNumber tries it last).
    private static ValueFact? FromLabels(NoticeText notice, IReadOnlyList<Labelled> labels, HeaderField field)
    {
        foreach (var label in labels.Where(l => l.Field == field))
        {
            // Most numbers are one token ("RBC/P/INTSERV/2025/27"); some job opening numbers have
            // spaces ("23-Security-DSS-219689-R-New York (G)"), so a short value is kept whole.
            // Without a note in brackets after it ("150070 (+ reserve list)"); "(X)", "(R)" are part of it.
            var value = NumberNote().Replace(label.Value, "").TrimEnd('.', ',', ';');
            if ((value.Length > 45 && !JobOpeningNumber().IsMatch(value)) || value.Contains("  "))
            {
                value = value.Split(' ', 2)[0].TrimEnd('.', ',', ';');
            }

            if (value.Any(char.IsDigit))
            {
                return notice.ValueAt(value, label.Start, label.TextOffset(notice.Text, value.Length));
            }
        }

        return null;
    }

    // Some careers sites print the vacancy number before the notice's unit ("24313 | Registry"), on
    // the notice's first line or under a job board's header. A token there is taken as a vacancy
    // number only if it looks like one: no spaces, at least four digits, and not a year or a date
    // on its own; below the first line only a number alone before a short unit.
    private static ValueFact? LeadingNumber(NoticeText notice)
    {
        foreach (var (line, index) in notice.Lines.Where(l => !l.IsBlank).Take(25).Select((l, i) => (l, i)))
        {
            var m = Leading().Match(line.Content);
            if (m.Success && m.Groups["id"].Value.Count(char.IsDigit) >= 4 && !YearOrDate().IsMatch(m.Groups["id"].Value)
                && (index == 0 || (line.Content.Trim().Length <= 60 && m.Groups["id"].Value.All(char.IsDigit))))
            {
                return notice.ValueAt(m.Groups["id"].Value, line.Start, line.End);
            }
        }

        return null;
    }

    // A UN job opening number, spaces and all: "17-Information Management Systems-OHCHR-89317-J-Geneva (T)".
    [GeneratedRegex(@"^\d{2}-[\p{L} &,.'-]{2,60}-\d{5,6}-[A-Z]-[\p{L} .'’-]{2,40}\([A-Z]\)$")]
    private static partial Regex JobOpeningNumber();

    [GeneratedRegex(@"\s*\((?=[^)\n]*\p{Ll}{3})[^)\n]{1,40}\)\s*$")]
    private static partial Regex NumberNote();

    [GeneratedRegex(@"^(?<id>[A-Za-z0-9][A-Za-z0-9/._-]*)\s*\|\s*\S")]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?:(?:19|20)\d\d|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})$")]
    private static partial Regex YearOrDate();
}
