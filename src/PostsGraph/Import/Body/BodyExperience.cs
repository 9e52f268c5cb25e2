using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Body;

// Experience: one fact per requirement sentence and one per minimum it states. "Seven years (nine with
// a first level university degree)" is two facts on one sentence; "including at least five years at
// the international level" is a fact of its own citing its clause.
internal static partial class BodyExperience
{
    public static List<ExperienceFact> Extract(NoticeText notice, IReadOnlyList<BodySection> sections)
    {
        var facts = new List<ExperienceFact>();
        var sentences = BodyRequirements.Sentences(notice, sections, SectionKind.Experience, SectionKind.Qualifications);
        foreach (var sentence in sentences)
        {
            var raw = sentence.Span.Of(notice.Text);
            if (!Counts(sentence, raw))
            {
                continue;
            }

            var subs = SubMinimum().Matches(raw).ToList();
            var minimums = Minimums(raw, subs);
            var template = new ExperienceFact
            {
                Necessity = sentence.Necessity,
                Area = Area(sentence.Text),
                Scopes = BodyScopes.Of(WithoutClauses(raw, subs)),
            };
            if (Evidence.Of(notice, sentence.Span) is { } evidence)
            {
                var cited = template with { Text = evidence.Text, Quote = evidence.Quote, Occurrence = evidence.Occurrence };
                facts.AddRange(minimums.Count == 0
                    ? [cited]
                    : minimums.Select(m => cited with { MinYears = m.Years, WithEducation = m.Level }));
            }

            foreach (var sub in subs)
            {
                var clause = BodyText.Trim(notice.Text, sentence.Span.Start + sub.Index, sentence.Span.Start + sub.Index + sub.Value.TrimEnd().TrimEnd('.').Length);
                if (Evidence.Of(notice, clause) is { } part)
                {
                    facts.Add(template with
                    {
                        MinYears = BodyVocabulary.Number(sub.Groups["n"].Value),
                        Scopes = BodyScopes.Of(part.Text),
                        Area = null,
                        Text = part.Text,
                        Quote = part.Quote,
                        Occurrence = part.Occurrence,
                    });
                }
            }
        }

        return facts;
    }

    // Sentences of an experience section, and those of a general qualifications section that speak of
    // experience; not the education alternatives, which the education facts hold.
    private static bool Counts(RequirementSentence sentence, string raw)
    {
        if (raw.StartsWith('(') || BodyVocabulary.Levels(raw).Count > 0 && Substitution().IsMatch(raw))
        {
            return false;
        }

        // A licence or certificate listed among the experience is a certification.
        if (!Experience().IsMatch(raw) && Licence().IsMatch(raw))
        {
            return false;
        }

        return sentence.Kind == SectionKind.Experience
            || (Experience().IsMatch(raw) && BodyVocabulary.Levels(raw).Count == 0);
    }

    // Each "N years" (or "N with <degree>") outside the sub-minimum clauses, with the degree it is tied to. Where some minimums are tied to a degree, the untied one is the advanced degree's.
    private static List<(int Years, string? Level)> Minimums(string raw, List<Match> subs)
    {
        var found = new List<(int Years, string? Level)>();
        foreach (var match in Years().Matches(raw).Where(m => !subs.Any(s => m.Index >= s.Index && m.Index < s.Index + s.Length)))
        {
            if (BodyVocabulary.Number(match.Groups["n"].Value) is not { } years)
            {
                continue;
            }

            var tie = Tie().Match(raw, match.Index + match.Length);
            var tied = tie.Success ? BodyVocabulary.Levels(raw[(tie.Index + tie.Length)..]).FirstOrDefault() : default;
            var level = tied.Start == 0 ? tied.Level : null;

            // "7 with a first degree" counts only when a degree does follow.
            if (level is not null || match.Value.Contains("year", StringComparison.OrdinalIgnoreCase))
            {
                found.Add((years, level));
            }
        }

        if (found.Count > 1 && found.Any(f => f.Level is not null) && !found.Any(f => f.Level == "ADVANCED_DEGREE"))
        {
            found = [.. found.Select(f => f.Level is null ? (f.Years, "ADVANCED_DEGREE") : f)];
        }

        return found;
    }

    // The sentence without its sub-minimum clauses, whose scopes are their own.
    private static string WithoutClauses(string raw, List<Match> subs) =>
        subs.Count == 0 ? raw : raw[..subs[0].Index] + raw[(subs[^1].Index + subs[^1].Length)..];

    // What the experience is in: the words after "experience in/of", up to the end of the requirement.
    private static string? Area(string text)
    {
        var match = AreaPattern().Match(text);
        return match.Success ? match.Groups["area"].Value.Trim() : null;
    }

    private const string Number = BodyVocabulary.NumberPattern;

    [GeneratedRegex(@"(?:\b(?<n>" + Number + @")\b(?:\s*\(\d{1,2}\))?\+?\s+(?:(?:full|complete)\s+)?years?\b|\b(?<n>" + Number + @")\b(?:\s*\(\d{1,2}\))?\s+(?=with\b))", RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"\G\s*\(?\s*(?:of\s+(?:[\w-]+\s+){0,3}?experience\s+)?with\s+(?:an?\s+|the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Tie();

    [GeneratedRegex(@"\b(?:including|of\s+which)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?)?(?<n>" + Number + @")\b(?:\s*\(\d{1,2}\))?\s+years?\b[^,;)]*", RegexOptions.IgnoreCase)]
    private static partial Regex SubMinimum();

    [GeneratedRegex(@"\b(?:in\s+lieu|instead\s+of|substitute|substituted|may\s+be\s+accepted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Substitution();

    [GeneratedRegex(@"\bexperience\b|\byears?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Experience();

    [GeneratedRegex(@"\blicen[cs]es?\b|\bcertificat\w*|\bcertified\b", RegexOptions.IgnoreCase)]
    private static partial Regex Licence();

    [GeneratedRegex(@"\bexperience\s+(?:in|of|with|working)\s+(?<area>.+?)(?:,?\s+(?:is|are|would|will)\s+(?:be\s+)?(?:required|desirable|an?\s|considered|highly)|[.;]?$)", RegexOptions.IgnoreCase)]
    private static partial Regex AreaPattern();
}
