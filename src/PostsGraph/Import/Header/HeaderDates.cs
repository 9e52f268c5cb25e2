using System.Globalization;
using System.Text.RegularExpressions;

namespace PostsGraph.Import.Header;

// A date written in the notice, where it is (offsets in the searched string) and, for an
// all-numeric date, how its day and month were told apart.
public sealed record NoticeDate(DateOnly Date, int Start, int End, string? Note, bool Unsettled = false);

// The date forms notices use: "2025-08-18", "13/02/2026", "18 August 2025", "Apr 22, 2025",
// "05/Apr/2023, 9:59:00 PM", "04-Jul-24", "20-06-2016", and in French and Spanish "1er juillet 2026", "30 de junio de 2026".
public static partial class HeaderDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // French and Spanish names whose first three letters are not the English month's.
    private static readonly Dictionary<string, int> OtherMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["février"] = 2, ["fevrier"] = 2, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["août"] = 8, ["aout"] = 8,
        ["décembre"] = 12, ["decembre"] = 12, ["enero"] = 1, ["abril"] = 4, ["agosto"] = 8, ["setiembre"] = 9, ["diciembre"] = 12,
        // Abbreviated as notices and job boards print them ("12 mar. 2026", "3 févr. 2026", "15 dic. 2026").
        ["févr"] = 2, ["fevr"] = 2, ["avr"] = 4, ["juil"] = 7, ["déc"] = 12, ["ene"] = 1, ["abr"] = 4, ["ago"] = 8, ["dic"] = 12,
    };

    // A notice writes all its numeric dates in one order: the order it names ("(mm/dd/yyyy)",
    // "dd/mm/yyyy", "jj/mm/aaaa"), else day first, as UN-system notices do, unless one of them can
    // only be month first ("05/20/2026").
    public static bool MonthFirst(string notice) =>
        StatedOrder().Match(notice) is { Success: true } stated
            ? stated.Groups["month"].Success
            : DatePattern().Matches(notice).Where(m => m.Groups["numY"].Success)
            .Select(m => (A: int.Parse(m.Groups["numA"].Value), B: int.Parse(m.Groups["numB"].Value)))
            .ToList() is var numeric
        && numeric.Any(d => d.B > 12 && d.A <= 12) && !numeric.Any(d => d.A > 12 && d.B <= 12);

    // Whether the notice names its date order, or writes a date that can only be read one way.
    public static bool StatesOrder(string notice) =>
        StatedOrder().IsMatch(notice)
        || DatePattern().Matches(notice).Any(m => m.Groups["numY"].Success && (int.Parse(m.Groups["numA"].Value) > 12 || int.Parse(m.Groups["numB"].Value) > 12));

    // A job board's line that runs two dates and the place together: "December 18, 2025February 1,
    // 2026PortmoresbyPapua New Guinea". Null where the line does not start that way.
    public static (string Posted, string Deadline, string Place)? GluedDates(string line) =>
        Glued().Match(line.Trim()) is { Success: true } m ? (m.Groups["first"].Value, m.Groups["second"].Value, m.Groups["rest"].Value) : null;

    // The place part of such a line, its words apart ("Vienna Austria"); any other line as it is.
    public static string WithoutGluedDates(string line) =>
        GluedDates(line) is { } glued ? CamelJoin().Replace(glued.Place, " ") : line;

    [GeneratedRegex(@"^(?<first>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4})(?<second>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4})(?<rest>.*)$")]
    private static partial Regex Glued();

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex CamelJoin();

    public static IReadOnlyList<NoticeDate> FindAll(string text, bool monthFirst = false, bool stated = false)
    {
        var dates = new List<NoticeDate>();
        foreach (Match m in DatePattern().Matches(text))
        {
            if (Read(m, monthFirst) is { } read)
            {
                // "03/04/2026" with no stated order reads either way; "13/04/2026" only one way.
                var unsettled = m.Groups["numY"].Success && !stated && int.Parse(m.Groups["numA"].Value) is >= 1 and <= 12
                    && int.Parse(m.Groups["numB"].Value) is >= 1 and <= 12 && int.Parse(m.Groups["numA"].Value) != int.Parse(m.Groups["numB"].Value);
                dates.Add(new NoticeDate(read.Date, m.Index, m.Index + m.Length, read.Note, unsettled));
            }
        }

        return dates;
    }

    // The start of a range whose first date leaves out what the second states: "2 March – 1 April
    // 2026", "2 – 16 de marzo de 2026", "9 mars - 7 avril 2026", "March 2 – April 1, 2026".
    public static NoticeDate? RangeStart(string text, NoticeDate end)
    {
        var m = PartialStart().Match(text[..end.Start]);
        if (!m.Success)
        {
            return null;
        }

        var month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : end.Date.Month;
        var year = month > end.Date.Month ? end.Date.Year - 1 : end.Date.Year;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new NoticeDate(new DateOnly(year, month, day), m.Index, m.Index + m.Length, null)
            : null;
    }

    private static int MonthNumber(string month) =>
        OtherMonths.TryGetValue(month, out var other) ? other : Array.IndexOf(Months, month[..3].ToLowerInvariant()) + 1;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (DateOnly Date, string? Note)? Read(Match m, bool monthFirst)
    {
        if (m.Groups["isoY"].Success)
        {
            return Make(m.Groups["isoY"], m.Groups["isoM"].Value, m.Groups["isoD"].Value, null);
        }

        // "04-Jul-24", as boards print dates: a two-digit year is this century's.
        if (m.Groups["shortY"].Success)
        {
            return Make(2000 + int.Parse(m.Groups["shortY"].Value, CultureInfo.InvariantCulture), MonthNumber(m.Groups["shortM"].Value).ToString(), m.Groups["shortD"].Value, null);
        }

        if (m.Groups["numY"].Success)
        {
            var (first, second) = (int.Parse(m.Groups["numA"].Value), int.Parse(m.Groups["numB"].Value));
            var written = $"{m.Groups["numA"].Value}/{m.Groups["numB"].Value}/{m.Groups["numY"].Value}";
            return (second > 12 && first <= 12) || (monthFirst && first <= 12)
                ? Make(m.Groups["numY"], first.ToString(), second.ToString(), $"{written} read as month/day/year (the notice writes dates month first).")
                : Make(m.Groups["numY"], second.ToString(), first.ToString(), $"{written} read as day/month/year.");
        }

        var year = m.Groups["dmyY"].Success ? m.Groups["dmyY"] : m.Groups["mdyY"];
        var month = m.Groups["dmyM"].Success ? m.Groups["dmyM"].Value : m.Groups["mdyM"].Value;
        var day = m.Groups["dmyD"].Success ? m.Groups["dmyD"].Value : m.Groups["mdyD"].Value;
        var monthNumber = MonthNumber(month);
        return Make(year, monthNumber.ToString(), day, null);
    }

    private static (DateOnly, string?)? Make(Group year, string month, string day, string? note) =>
        Make(int.Parse(year.Value, CultureInfo.InvariantCulture), month, day, note);

    private static (DateOnly, string?)? Make(int year, string month, string day, string? note) =>
        int.TryParse(month, out var mo) && int.TryParse(day, out var d) && mo is >= 1 and <= 12
        && d >= 1 && d <= DateTime.DaysInMonth(year, mo)
            ? (new DateOnly(year, mo, d), note)
            : null;

    // A day (and month) just before a range's dash, at the end of the text before the full date.
    [GeneratedRegex(@"(?:(?<![\d./])(?<day>\d{1,2})(?:er|st|nd|rd|th)?(?:\s+(?:de\s+)?(?<month>f[ée]vr(?:ier)?|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|d[ée]c(?:embre)?|ene(?:ro)?|abr(?:il)?|ago(?:sto)?|setiembre|dic(?:iembre)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zé]*))?|(?<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?<day>\d{1,2}))\s*(?:[-–—]|to|au|al|a)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PartialStart();

    [GeneratedRegex(@"\b(?:(?<month>mm[/.-]dd[/.-](?:yyyy|yy|aaaa|aa))|(?<day>(?:dd|jj)[/.-]mm[/.-](?:yyyy|yy|aaaa|aa)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatedOrder();

    [GeneratedRegex("""
        (?<![\d/.-])(?:
          (?<isoY>(?:19|20)\d\d)-(?<isoM>\d\d?)-(?<isoD>\d\d?)
        | (?<numA>\d\d?)(?<numSep>[/.-])(?<numB>\d\d?)\k<numSep>(?<numY>(?:19|20)\d\d)
        | (?<dmyD>\d\d?)(?:st|nd|rd|th|er)?(?:\s+de)?[\s/-]+(?<dmyM>f[ée]vr(?:ier)?|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|d[ée]c(?:embre)?|ene(?:ro)?|abr(?:il)?|ago(?:sto)?|setiembre|dic(?:iembre)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?(?:\s+de)?[\s/-]+(?<dmyY>(?:19|20)\d\d)
        | (?<mdyM>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?<mdyD>\d\d?)(?:st|nd|rd|th)?,?\s+(?<mdyY>(?:19|20)\d\d)
        | (?<shortD>\d\d?)-(?<shortM>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(?<shortY>\d\d)
        )(?![\d])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DatePattern();
}
