using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// A grade written in the notice: the code it normalises to, where it is, and a note when the
// code is not a common-system grade that reference/grades.json lists.
public sealed record NoticeGrade(string Code, int Start, int End, string? Note);

// Grades as notices write them: "P-3", "P3", "FS-7", "G-6", "GS-6", "NO-B", "NOB", "D-1", "ASG";
// after a grade label also codes outside the common system ("C.3").
public static partial class HeaderGrades
{
    // The first common-system grade in text; offsets are relative to text.
    public static NoticeGrade? FindKnown(string text, IReadOnlyList<GradeItem> grades)
    {
        foreach (Match m in KnownGrade().Matches(text))
        {
            var code = Normalise(m);
            if (grades.Any(g => g.Code == code))
            {
                return new NoticeGrade(code, m.Index, m.Index + m.Length, null);
            }
        }

        return null;
    }

    // The value of a grade label: a common-system grade, or else the first code-like token, kept
    // with a note so that the curator can add it to the reference or map it.
    public static NoticeGrade? FromLabelValue(string value, IReadOnlyList<GradeItem> grades)
    {
        if (FindKnown(value, grades) is { } known)
        {
            return known;
        }

        var m = OtherGrade().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var code = $"{m.Groups["series"].Value.ToUpperInvariant()}-{m.Groups["step"].Value.ToUpperInvariant()}";
        return new NoticeGrade(code, m.Index, m.Index + m.Length,
            $"Grade \"{m.Value}\" is not in seed/reference/grades.json; add {code} there (or map it to a common-system grade).");
    }

    private static string Normalise(Match m)
    {
        if (m.Groups["senior"].Success)
        {
            return m.Groups["senior"].Value.ToUpperInvariant();
        }

        if (m.Groups["npo"].Success)
        {
            return $"NO-{m.Groups["npo"].Value.ToUpperInvariant()}";
        }

        var series = m.Groups["series"].Value.ToUpperInvariant() switch
        {
            "GS" => "G",
            var s => s,
        };
        return $"{series}-{m.Groups["step"].Value}";
    }

    // Case-sensitive: "p3" or "no-b" in prose are not grades. "GS-level" has no step, so it is not
    // a grade either.
    [GeneratedRegex("""
        (?<![\w-])(?:
          (?<series>P|D|FS|GS|G)[ -]?(?<step>[1-7])
        | (?:NO|NPO)[ -]?(?<npo>[A-E])
        | (?<senior>ASG|USG)
        )(?![\w-])
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex KnownGrade();

    [GeneratedRegex(@"(?<![\w-])(?<series>[A-Z]{1,3})[ .\-]?(?<step>\d{1,2}|[A-E])(?![\w-])")]
    private static partial Regex OtherGrade();
}
