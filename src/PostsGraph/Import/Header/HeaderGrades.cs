using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// A grade written in the notice: the code it normalises to, where it is, and a note when the
// code is not a grade that reference/grades.json lists.
public sealed record NoticeGrade(string Code, int Start, int End, string? Note);

// Grades as notices write them: the common system's "P-3", "P3", "FS-7", "G-6", "GS-6", "NO-B",
// "NOB", "D-1", "ASG"; other systems' "AD 7", "function group AD, grade 14", "AST/SC 2", "FG IV" (EU), "NATO Grade G15",
// "NATO Grade 15" (NATO); after a grade label also "A2/A3", "B3" (Coordinated Organisations),
// "GF" (World Bank), "S2" (OSCE seconded) and any code-like token ("C.3"), noted for the curator.
public static partial class HeaderGrades
{
    // "function group", as EU notices write it in English, French and Spanish.
    internal const string FunctionGroup = @"(?i:function[ \t]+group|groupe[ \t]+de[ \t]+fonctions|grupo[ \t]+de[ \t]+funciones)";

    // The first grade in text that no label introduces: the common system's codes and the other
    // systems' codes that cannot be read as anything else; offsets are relative to text.
    // whole: the notice, where text is one of its lines.
    public static NoticeGrade? FindKnown(string text, IReadOnlyList<GradeItem> grades, string? whole = null) =>
        First(OtherSystemGrade().Matches(text), grades, labelled: false) ?? First(KnownGrade().Matches(text).Where(m => !Numbered(whole ?? text, m)), grades, labelled: false);

    // "(D.1)" beside "(D.2)" numbers deliverables or sections, not grades.
    private static bool Numbered(string text, Match m) =>
        m.Value.Contains('.') && Regex.Count(text, @"\(" + Regex.Escape(m.Groups["series"].Value) + @"\.\d\)") >= 2;

    // The value of a grade label: a known grade of any system, or else the first code-like token,
    // kept with a note so that the curator can add it to the reference or map it. A value that
    // names NATO reads "G5" as NATO's G5, not the common system's G-5.
    public static NoticeGrade? FromLabelValue(string value, IReadOnlyList<GradeItem> grades)
    {
        var nato = value.Contains("NATO", StringComparison.Ordinal);
        var known = nato
            ? First(OtherSystemGrade().Matches(value).Where(m => m.Groups["nato"].Success || m.Groups["spine"].Success), grades, labelled: true)
              ?? KnownGrade().Matches(value).Where(m => m.Groups["series"].Value == "G").Select(m => new NoticeGrade($"G{m.Groups["step"].Value}", m.Index, m.Index + m.Length, null))
                  .FirstOrDefault(g => grades.Any(x => x.Code == g.Code))
              ?? First(OtherSystemGrade().Matches(value), grades, labelled: true) ?? First(KnownGrade().Matches(value), grades, labelled: true)
            : First(KnownGrade().Matches(value), grades, labelled: true) ?? First(OtherSystemGrade().Matches(value), grades, labelled: true);
        if (known is not null)
        {
            return known;
        }

        var m = OtherGrade().Match(value);
        if (!m.Success)
        {
            return null;
        }

        // Written as the notice joins it: "STS6", "SB-3", "I-1" (a space or a point joins with a hyphen).
        var joined = m.Value.Length == m.Groups["series"].Length + m.Groups["step"].Length;
        var code = $"{m.Groups["series"].Value.ToUpperInvariant()}{(joined ? "" : "-")}{m.Groups["step"].Value.ToUpperInvariant()}";
        return new NoticeGrade(code, m.Index, m.Index + m.Length,
            $"Grade \"{m.Value}\" is not in seed/reference/grades.json; add {code} there with its system (or map it to a grade that is).");
    }

    private static NoticeGrade? First(IEnumerable<Match> matches, IReadOnlyList<GradeItem> grades, bool labelled)
    {
        foreach (var m in matches)
        {
            if (Normalise(m, labelled) is { } code && grades.Any(g => g.Code == code))
            {
                return new NoticeGrade(code, m.Index, m.Index + m.Length, null);
            }
        }

        return null;
    }

    private static string? Normalise(Match m, bool labelled)
    {
        string Group(string name) => m.Groups[name].Value;
        if (m.Groups["senior"].Success)
        {
            return Group("senior").ToUpperInvariant();
        }

        if (m.Groups["npo"].Success)
        {
            return $"NO-{Group("npo").ToUpperInvariant()}";
        }

        // UNICEF numbers its national officer levels: NO-1 is NO-A, NO-3 is NO-C; only after a
        // grade label ("VACANCY ANNOUNCEMENT NO-4/2026", "PM2.5, NO2" are none).
        if (m.Groups["nonum"].Success)
        {
            return labelled ? $"NO-{(char)('A' + Group("nonum")[0] - '1')}" : null;
        }

        // "NB", as some national officer notices write NO-B: only after a grade label, and not as
        // "NB:" ("note") or "NA" ("not applicable").
        if (m.Groups["nshort"].Success)
        {
            return labelled ? $"NO-{Group("nshort")}" : null;
        }

        if (m.Groups["nato"].Success)
        {
            return $"G{int.Parse(Group("nato"), System.Globalization.CultureInfo.InvariantCulture)}";
        }

        // NATO's spine without "NATO" beside it: only where a grade label says it is a grade ("G20" is also a summit).
        if (m.Groups["spine"].Success)
        {
            return labelled ? $"G{Group("spine")}" : null;
        }

        if (m.Groups["eu"].Success)
        {
            return $"{Group("eu").ToUpperInvariant()}{Group("n")}";
        }

        if (m.Groups["sc"].Success)
        {
            return $"AST-SC{Group("sc")}";
        }

        if (m.Groups["fg"].Success)
        {
            return $"FG{Group("fg").ToUpperInvariant()}";
        }

        // Codes that read as other things outside a grade label ("A2" paper, "S" size, "GA").
        if (m.Groups["co"].Success || m.Groups["bank"].Success || m.Groups["osce"].Success)
        {
            return labelled ? m.Value.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() : null;
        }

        var series = Group("series").ToUpperInvariant() switch
        {
            "GS" => "G",
            // UNHCR's careers site writes its Professional grades "PR3".
            "PR" => "P",
            var s => s,
        };
        return $"{series}-{Group("step")}";
    }

    // Case-sensitive: "p3" or "no-b" in prose are not grades. "GS-level" has no step, so it is not
    // a grade either. UNICEF's "NO-3" or "NO3", never "NO 3" (a number: "VACANCY NO 3"). A dot
    // between series and step only in brackets, as IMO writes it: "(D.1)".
    [GeneratedRegex("""
        (?<![\w-])(?:
          (?<series>PR|P|D|FS|GS|G)[ -]?(?<step>[1-7])
        | (?<=\()(?<series>P|D|FS|GS|G)\.(?<step>[1-7])(?=\))
        | (?:NO|NPO)[ -]?(?<npo>[A-E])
        | NO-?(?<nonum>[1-5])(?!/)
        | N(?<nshort>[B-E])(?![ \t]*[:.])
        | (?<senior>ASG|USG)
        )(?![\w-])
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex KnownGrade();

    // The other systems' codes. "A2/A3" (a post graded at either) reads as its first grade.
    [GeneratedRegex($$"""
        (?<![\w-])(?:
          NATO[ \t]+(?i:grade)[ \t]*:?[ \t]*G?[ \t]?(?<nato>\d{1,2})
        | G[ \t]?(?<spine>(?:[89]|1\d|2[0-4]))
        | (?:{{FunctionGroup}}[ \t]+)?(?<eu>AD|AST)[ \t]*,[ \t]*(?i:grade|grado)[ \t]+(?<n>\d{1,2})
        | (?<eu>AD|AST)[ \t]?(?<n>\d{1,2})
        | AST[ \t]?/[ \t]?SC[ \t]?(?<sc>[1-6])
        | (?:FG|GF|{{FunctionGroup}})[ \t]?(?<fg>IV|III|II|I)
        | (?<co>[ABCL](?:\.[ ]?|[ ])?[1-7])
        | (?<bank>G[A-J])
        | (?<osce>S[1-4]?)
        )(?![\w-])
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OtherSystemGrade();

    // A letter step only after a separator ("XY-B"): "EIB" or "ADB" are names, not grades.
    [GeneratedRegex(@"(?<![\w-])(?<series>[A-Z]{1,3})(?:[ .\-]?(?<step>\d{1,2})|[ .\-](?<step>[A-E]))(?![\w-])")]
    private static partial Regex OtherGrade();
}
