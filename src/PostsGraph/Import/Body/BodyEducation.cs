using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Body;

// Education: one fact per qualification path, the degree asked for and each alternative accepted in
// lieu of it. An alternative that asks for a total number of years of experience ("a first degree
// with fifteen years of qualifying experience") also states an experience minimum, returned apart.
internal static partial class BodyEducation
{
    public static (List<EducationFact> Education, List<ExperienceFact> Experience) Extract(
        NoticeText notice, IReadOnlyList<BodySection> sections)
    {
        var education = new List<EducationFact>();
        var experience = new List<ExperienceFact>();
        EducationFact? main = null;
        var candidates = BodyRequirements.Sentences(notice, sections,
            SectionKind.Education, SectionKind.Qualifications, SectionKind.Experience);
        foreach (var sentence in candidates)
        {
            var levels = BodyVocabulary.Levels(sentence.Text);
            if (levels.Count == 0 || (sentence.Kind == SectionKind.Experience && !Substitution().IsMatch(sentence.Text)))
            {
                continue;
            }

            if (Read(sentence, levels, main) is not { } path || Evidence.Of(notice, sentence.Span) is not { } evidence)
            {
                continue;
            }

            var fact = path.Fact with { Text = evidence.Text, Quote = evidence.Quote, Occurrence = evidence.Occurrence };
            education.Add(fact);
            main ??= fact.InLieuOf is null && fact.ReplacesYearsOfExperience is null ? fact : null;
            if (path.TotalYears is { } years)
            {
                experience.Add(new ExperienceFact
                {
                    Necessity = BodyVocabulary.Required,
                    MinYears = years,
                    WithEducation = fact.Level,
                    Scopes = [],
                    Text = evidence.Text,
                    Quote = evidence.Quote,
                    Occurrence = evidence.Occurrence,
                });
            }
        }

        return (education, experience);
    }

    private static (EducationFact Fact, int? TotalYears)? Read(
        RequirementSentence sentence, List<(string Level, int Start, int End)> levels, EducationFact? main)
    {
        var text = sentence.Text;
        string level;
        string? inLieuOf = null;
        int? replaces = null;
        if (SubstitutedBy().Match(text) is { Success: true } by)
        {
            // "A first-level degree may be substituted with specialised training ...": the training is the path.
            level = levels.FirstOrDefault(l => l.Start > by.Index).Level ?? levels[0].Level;
            inLieuOf = levels.LastOrDefault(l => l.Start < by.Index).Level;
        }
        else if (InLieuOf().Match(text) is { Success: true } lieu)
        {
            var before = levels.Where(l => l.Start < lieu.Index).ToList();
            var after = levels.Where(l => l.Start > lieu.Index).ToList();
            level = before.Count > 0 ? before[0].Level : after[0].Level;
            inLieuOf = before.Count > 0 ? after.FirstOrDefault().Level : after.Skip(1).FirstOrDefault().Level;
            replaces = inLieuOf is null && ReplacesYears().Match(text) is { Success: true } r ? BodyVocabulary.Number(r.Groups["n"].Value) : null;
        }
        else
        {
            level = levels[0].Level;
            inLieuOf = Alternative().IsMatch(text) ? main?.Level : null;
        }

        var alternative = inLieuOf is not null || replaces is not null;
        var additional = AdditionalYears().Match(text) is { Success: true } a ? BodyVocabulary.Number(a.Groups["n"].Value) : null;
        var total = alternative && additional is null && replaces is null && TotalYears().Match(text) is { Success: true } t
            ? BodyVocabulary.Number(t.Groups["n"].Value)
            : null;
        var fields = alternative && SameFields().IsMatch(text) ? main?.Fields : alternative ? null : Fields(text, levels[0].End);
        var fact = new EducationFact
        {
            // Alternatives are accepted ways of meeting a required qualification.
            Necessity = alternative ? BodyVocabulary.Required : sentence.Necessity,
            Level = level,
            Fields = fields is { Count: > 0 } ? fields : null,
            InLieuOf = inLieuOf,
            AdditionalYears = additional,
            ReplacesYearsOfExperience = replaces,
        };
        return (fact, total);
    }

    // The fields of study after the degree: "in law, international relations or a related field".
    private static List<string>? Fields(string text, int after)
    {
        var match = FieldList().Match(text, after);
        if (!match.Success)
        {
            return null;
        }

        var list = FieldTail().Replace(match.Groups["fields"].Value, "");
        list = SuchAs().Replace(list, "");
        var fields = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (fields.Count > 0 && LastOr().Match(fields[^1]) is { Success: true } or)
        {
            fields[^1] = or.Groups["first"].Value;
            fields.Add(or.Groups["second"].Value);
        }

        return [.. fields.Select(f => f.Trim().TrimEnd('.')).Where(f => f.Length > 0 && !f.Contains("related", StringComparison.OrdinalIgnoreCase))];
    }

    private const string Number = BodyVocabulary.NumberPattern;

    [GeneratedRegex(@"\b(?:in\s+lieu|instead\s+of|in\s+place\s+of|substitute|substituted|replace[sd]?)\b|\bmay\s+be\s+accepted\b", RegexOptions.IgnoreCase)]
    private static partial Regex Substitution();

    [GeneratedRegex(@"\b(?:substituted|replaced)\s+(?:with|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubstitutedBy();

    [GeneratedRegex(@"\b(?:in\s+lieu\s+of|instead\s+of|in\s+place\s+of|(?:as\s+)?a\s+substitute\s+for|substitute\s+for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InLieuOf();

    [GeneratedRegex(@"^(?:or|alternatively)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"substitute\s+for\s+(?<n>" + Number + @")\s+years?", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacesYears();

    [GeneratedRegex(@"\b(?:additional|further|extra)\s+(?<n>" + Number + @")\s+years?|\b(?<n>" + Number + @")\s+(?:additional|further|extra)\s+years?|\b(?<n>" + Number + @")\s+years?\s+(?:of\s+)?(?:additional|further|extra)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdditionalYears();

    [GeneratedRegex(@"\b(?<n>" + Number + @")\s+years?\s+of\s+(?:[\w-]+\s+){0,3}?experience", RegexOptions.IgnoreCase)]
    private static partial Regex TotalYears();

    [GeneratedRegex(@"afore-?mentioned|fields?\s+above|same\s+fields?|above-?mentioned", RegexOptions.IgnoreCase)]
    private static partial Regex SameFields();

    [GeneratedRegex(@"\G\s*(?:\([^)]*\)\s*)?in\s+(?<fields>[^.;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FieldList();

    [GeneratedRegex(@",?\s*(?:or|and)\s+(?:a|any|an|other)?\s*(?:other\s+)?(?:closely\s+)?(?:related|relevant)\s+(?:field|area|discipline)s?\b.*$|\s+(?:is|are|will\s+be|may\s+be)\s+(?:required|desirable|preferred|accepted).*$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldTail();

    [GeneratedRegex(@"^.*?\bsuch\s+as\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SuchAs();

    [GeneratedRegex(@"^(?<first>.+?)\s+(?:or|and)\s+(?<second>[^()]+)$")]
    private static partial Regex LastOr();
}
