using System.Text.RegularExpressions;

namespace PostsGraph.Import.Body;

internal enum SectionKind
{
    Other,
    Duties,
    Qualifications,
    Education,
    Experience,
    Languages,
    Certifications,
    Competencies,
}

// What a heading line announces. Headings are short lines of their own, in capitals or title case,
// often ending with ":"; the words notices use for each part are general, not any one employer's.
internal static partial class BodyHeadings
{
    // The kind of section a line opens, and the necessity it sets ("Desirable Qualifications");
    // null when the line is not a heading. A bare "Essential:" or "Desirable:" is a necessity
    // sub-heading: Kind is null and Necessity set.
    public static Heading? Classify(string line)
    {
        var name = HeadingName(line);
        if (name is null)
        {
            return null;
        }

        var lower = Collapse(name.ToLowerInvariant());
        if (NecessityOnly().IsMatch(lower))
        {
            return new Heading(null, BodyVocabulary.NecessityOf(lower) ?? NecessityWord(lower), name);
        }

        var kind = Languages().IsMatch(lower) ? SectionKind.Languages
            : Competencies().IsMatch(lower) ? SectionKind.Competencies
            : Education().IsMatch(lower) ? SectionKind.Education
            : Certifications().IsMatch(lower) ? SectionKind.Certifications
            : Qualifications().IsMatch(lower) ? SectionKind.Qualifications
            : Experience().IsMatch(lower) ? SectionKind.Experience
            : Duties().IsMatch(lower) ? SectionKind.Duties
            : (SectionKind?)null;
        var strict = LooksLikeHeading(name, line);
        if (kind is null && !strict && !ShortLabel(name))
        {
            return null;
        }

        var necessity = kind == SectionKind.Qualifications ? BodyVocabulary.NecessityOf(lower) ?? NecessityWord(lower) : null;
        return new Heading(kind ?? SectionKind.Other, necessity, name, strict || kind is not null);
    }

    // True for a line that reads as a heading (short, capitalised, no full stop) whatever its words.
    public static bool LooksLikeHeading(string line) => HeadingName(line) is { } name && LooksLikeHeading(name, line);

    private static bool LooksLikeHeading(string name, string line)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return true;
        }

        var significant = words.Where(w => w.Count(char.IsLetter) > 3).ToList();
        var capitalised = significant.Count(w => char.IsUpper(w.First(char.IsLetter)));
        return line.TrimEnd().EndsWith(':') && words.Length <= 6
            || significant.Count > 0 && capitalised * 4 >= significant.Count * 3;
    }

    // A few words in sentence case ("Conditions of employment"): a heading too, though a weaker sign.
    private static bool ShortLabel(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;

    // The heading's words without a trailing ":" or decoration; null when the line cannot be one.
    private static string? HeadingName(string line)
    {
        var name = line.Trim().TrimStart('#', '*', ' ').TrimEnd('*', ' ').TrimEnd(':', ' ');
        if (name.Length is 0 or > 70 || !char.IsLetter(name[0]) || !char.IsUpper(name[0])
            || name.EndsWith('.') || name.EndsWith(';') || name.EndsWith(',') || name.Contains(": ", StringComparison.Ordinal)
            || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
        {
            return null;
        }

        return name;
    }

    private static string? NecessityWord(string lower) =>
        lower.Contains("minimum", StringComparison.Ordinal) ? BodyVocabulary.Required : null;

    private static string Collapse(string text) => BodyText.Collapse(text.Replace('–', '-'));

    [GeneratedRegex(@"^(?:essential|required|mandatory|minimum|desirable|desired|preferred|preferable|advantageous|assets?|an asset)$")]
    private static partial Regex NecessityOnly();

    [GeneratedRegex(@"^(?:(?:knowledge of|required|working|official)\s+)?languages?(?:\s*\(s\))?(?:\s+(?:skills|requirements?|proficiency|knowledge))?$")]
    private static partial Regex Languages();

    [GeneratedRegex(@"\bcompetenc(?:y|ies)\b|\bskills\b|\babilities\b|^(?:core\s+)?values$")]
    private static partial Regex Competencies();

    [GeneratedRegex(@"^(?:[a-z]+\s+)?(?:education|educational\s+background|academic\s+qualifications?)(?:\s+requirements?)?$")]
    private static partial Regex Education();

    [GeneratedRegex(@"^(?:[a-z]+\s+){0,2}(?:certifications?|certificates?|training|licen[cs]es?|courses?)(?:\s+(?:and|&)\s+(?:certifications?|training|licen[cs]es?|courses?))?$")]
    private static partial Regex Certifications();

    [GeneratedRegex(@"\bqualifications?\b|\brequirements?\b|\beducation\s+and\s+(?:[a-z]+\s+)?experience\b")]
    private static partial Regex Qualifications();

    [GeneratedRegex(@"^(?:[a-z,]+\s+){0,3}experience(?:\s+requirements?)?$")]
    private static partial Regex Experience();

    [GeneratedRegex(@"^(?:[a-z]+\s+){0,2}(?:duties|responsibilities|functions|accountabilities|tasks)(?:\s+(?:and|&)\s+(?:responsibilities|duties|accountabilities|functions))?$|^description\s+of\s+(?:duties|functions|responsibilities)$")]
    private static partial Regex Duties();
}

// A heading: the section it opens (null for a necessity sub-heading), the necessity it states, and
// whether it is a clear one (capitals, title case or a known name) rather than a short sentence-case line.
internal sealed record Heading(SectionKind? Kind, string? Necessity, string Name, bool Clear = true);
