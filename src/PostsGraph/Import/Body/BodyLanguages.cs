using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Body;

// Languages: one fact per statement of a level. "Fluency in English is essential and a good working
// knowledge of French is desirable" is two statements; "English and French are the working languages"
// requires nothing and is none. A statement that names no language ("the other", "a second official
// language") refers to the languages named before it.
internal static partial class BodyLanguages
{
    public static List<LanguageFact> Extract(NoticeText notice, IReadOnlyList<BodySection> sections, ReferenceFiles reference)
    {
        var names = LanguageNames.From(reference);
        var sentences = BodyRequirements.Sentences(notice, sections, SectionKind.Languages);
        if (sentences.Count == 0)
        {
            sentences = [.. BodyRequirements.Sentences(notice, sections, SectionKind.Qualifications)
                .Where(s => names.Find(s.Text).Count > 0)];
        }

        var facts = new List<LanguageFact>();
        var named = new List<string>();
        List<string>? previous = null;
        foreach (var sentence in sentences)
        {
            var raw = sentence.Span.Of(notice.Text);
            if (raw.StartsWith('(') || Note().IsMatch(raw))
            {
                continue;
            }

            foreach (var clause in Clauses(sentence.Span, raw))
            {
                var words = BodyText.Collapse(clause.Of(notice.Text));
                if (LevelOf(words) is not { } level || Codes(words, names, named, previous) is not { Count: > 0 } codes
                    || Evidence.Of(notice, clause) is not { } evidence)
                {
                    continue;
                }

                facts.Add(new LanguageFact
                {
                    Necessity = BodyVocabulary.NecessityOf(words) ?? sentence.Necessity,
                    AnyOf = codes,
                    Level = level,
                    Text = evidence.Text,
                    Quote = evidence.Quote,
                    Occurrence = evidence.Occurrence,
                });
                named.AddRange(names.Find(words).Except(named));
                previous = codes;
            }
        }

        return facts;
    }

    // The languages a statement names; else, for "the other", "another" or "a second official language",
    // the set of the statement before (when it offered a choice) or the UN official languages not yet named.
    private static List<string>? Codes(string words, LanguageNames names, List<string> named, List<string>? previous)
    {
        var found = names.Find(words);
        if (found.Count > 0)
        {
            return found;
        }

        if (!Reference().IsMatch(words))
        {
            return null;
        }

        return previous is { Count: > 1 } ? [.. previous] : [.. names.UnOfficial.Except(named)];
    }

    // A sentence cut before each "and" that starts a new level statement.
    private static List<TextSpan> Clauses(TextSpan sentence, string raw)
    {
        var clauses = new List<TextSpan>();
        var from = 0;
        foreach (Match cut in ClauseBreak().Matches(raw))
        {
            clauses.Add(new TextSpan(sentence.Start + from, sentence.Start + cut.Index));
            from = cut.Index + cut.Length;
        }

        clauses.Add(new TextSpan(sentence.Start + from, sentence.End));
        return clauses;
    }

    private static string? LevelOf(string words) =>
        Advanced().IsMatch(words) ? "ADVANCED"
        : Intermediate().IsMatch(words) ? "INTERMEDIATE"
        : Working().IsMatch(words) ? "WORKING_KNOWLEDGE"
        : Fluent().IsMatch(words) ? "FLUENT"
        : Knowledge().IsMatch(words) ? "KNOWLEDGE"
        : null;

    private const string LevelWords = @"(?:an?\s+)?(?:(?:good|excellent|strong|sound|basic|full|thorough|advanced|intermediate)\s+)?(?:working\s+)?(?:knowledge|command|fluency|proficiency|ability|understanding|mastery|familiarity)\b";

    [GeneratedRegex(@",?\s+and\s+(?=" + LevelWords + @")|;\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\badvanced\b", RegexOptions.IgnoreCase)]
    private static partial Regex Advanced();

    [GeneratedRegex(@"\bintermediate\b", RegexOptions.IgnoreCase)]
    private static partial Regex Intermediate();

    [GeneratedRegex(@"\bworking\s+(?:knowledge|level|proficiency|command)\b|\bgood\s+(?:knowledge|command)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Working();

    [GeneratedRegex(@"\bfluen\w*|\bproficien\w*|\b(?:excellent|full|strong|perfect)\s+(?:command|knowledge)\b|\bmastery\b|\bthorough\s+knowledge\b|\bnative\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fluent();

    [GeneratedRegex(@"\bknowledge\b|\bbasic\b|\bfamiliarity\b|\bunderstanding\b", RegexOptions.IgnoreCase)]
    private static partial Regex Knowledge();

    [GeneratedRegex(@"\blanguages?\b|\bthe\s+other\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^note\b", RegexOptions.IgnoreCase)]
    private static partial Regex Note();
}
