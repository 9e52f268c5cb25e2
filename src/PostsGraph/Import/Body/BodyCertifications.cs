using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Body;

// Certifications: one per certification, course or formal training a requirement names; two in one
// sentence are two facts citing it. Named programmes keep the notice's words (and acronym); training
// in a subject becomes "<Subject> training".
internal static partial class BodyCertifications
{
    public static List<CertificationFact> Extract(NoticeText notice, IReadOnlyList<BodySection> sections)
    {
        var facts = new List<CertificationFact>();
        var sentences = BodyRequirements.Sentences(notice, sections,
            SectionKind.Education, SectionKind.Experience, SectionKind.Qualifications, SectionKind.Certifications);
        foreach (var sentence in sentences)
        {
            var raw = sentence.Span.Of(notice.Text);
            var issuer = Issuer().Match(raw) is { Success: true } i ? i.Groups["issuer"].Value : null;
            var names = Names(raw).DistinctBy(CertificationNames.Key).ToList();
            if (names.Count == 0 || Evidence.Of(notice, sentence.Span) is not { } evidence)
            {
                continue;
            }

            facts.AddRange(names.Select(name => new CertificationFact
            {
                Necessity = sentence.Necessity,
                Name = CertificationNames.Canonical(name),
                Issuer = issuer,
                Text = evidence.Text,
                Quote = evidence.Quote,
                Occurrence = evidence.Occurrence,
            }));
        }

        return facts;
    }

    // The names in a sentence, in its order.
    private static IEnumerable<string> Names(string sentence)
    {
        var found = new List<(int At, string Name)>();
        foreach (Match m in Programme().Matches(sentence))
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Count(w => w.Any(char.IsLower) && char.IsUpper(w[0])) >= 2)
            {
                found.Add((m.Index, Clean(m.Value)));
            }
        }

        foreach (Match m in NamedAfter().Matches(sentence))
        {
            found.Add((m.Groups["name"].Index, BodyText.Collapse(m.Groups["name"].Value)));
        }

        // Training in a subject, unless the sentence is about a degree (specialised training as a degree path).
        if (BodyVocabulary.Levels(sentence).Count == 0)
        {
            foreach (var m in TrainingIn().Matches(sentence).Concat(SubjectTraining().Matches(sentence)))
            {
                found.Add((m.Index, $"{Capitalise(m.Groups["subject"].Value)} training"));
            }

            foreach (Match m in SubjectLicence().Matches(sentence))
            {
                found.Add((m.Index, $"{Capitalise(m.Groups["subject"].Value)} licence"));
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.Name);
    }

    private static string Capitalise(string words)
    {
        var text = BodyText.Collapse(words);
        return $"{char.ToUpperInvariant(text[0])}{text[1..]}";
    }

    // A name without the words around it that the pattern takes in: a leading article or "Completion of",
    // and the generic part of "UNDSS Certification in the Security Certification Programme".
    private static string Clean(string name)
    {
        name = LeadingWords().Replace(BodyText.Collapse(name).Trim('“', '”', '"'), "");
        return KeywordIn().Match(name) is { Success: true } generic ? name[(generic.Index + generic.Length)..] : name;
    }

    private const string Capitalised = @"[“""]?[A-Z][\w’'-]*";

    [GeneratedRegex(@"^(?:(?:A|An|The)\s+|(?:Completion|Possession|Holder|Proof)\s+of\s+(?:an?\s+|the\s+)?)")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"^.*\b(?:Programme|Program|Course|Certificate|Certification|Training)\s+(?:in|on)\s+(?:the\s+)?")]
    private static partial Regex KeywordIn();

    [GeneratedRegex(@"(?<name>(?:" + Capitalised + @"\s+(?:(?:and|of|for|on|in|in\s+the|of\s+the)\s+)?){1,6}(?:Programme|Program|Course|Certificate|Certification|Training|Diploma)s?[”""]?)(?:\s*\([A-Z]{2,8}\))?")]
    private static partial Regex Programme();

    [GeneratedRegex(@"\b(?i:training|courses?|certifications?)\s+(?:including|such\s+as|in|on|like)\s+(?:the\s+)?(?<name>[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|on|in)\s+)?[A-Z][\w’'-]*)+(?:\s*\([A-Z]{2,8}\))?)")]
    private static partial Regex NamedAfter();

    [GeneratedRegex(@"\btraining\s+(?:in|on)\s+(?<subject>[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,4}?)(?=\s*(?:[,.;)]|$|\s+(?:is|are|would|will|as|or|and|from|at|with|for)\b))")]
    private static partial Regex TrainingIn();

    [GeneratedRegex(@"\b(?:an?|formal|completion\s+of)\s+(?:(?:international|national|commercial|formal|relevant|recogni[sz]ed|accredited|certified|appropriate|advanced|basic|regional)(?:,|\s+or|\s+and)?\s+)*(?<subject>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+training\b")]
    private static partial Regex SubjectTraining();

    [GeneratedRegex(@"\b(?<subject>driving|driver[’']?s|firearms?|weapons?|pilot[’']?s|radio\s+operator[’']?s?)\s+licen[cs]e\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLicence();

    [GeneratedRegex(@"\b(?<issuer>[A-Z]{2,})\s+(?i:training|certification|certificate|course)s?\b|\b(?:issued|offered|delivered|provided)\s+by\s+(?:the\s+)?(?<issuer>[A-Z]{2,})\b")]
    private static partial Regex Issuer();
}
