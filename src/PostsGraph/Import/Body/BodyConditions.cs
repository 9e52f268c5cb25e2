using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Body;

// Conditions of service (best effort): one per sentence that states probation, a tenure limit, a
// maximum duration, an age of separation or one of the other condition kinds, with its figure.
internal static partial class BodyConditions
{
    private const int LongestSentence = 400;

    private static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        ("PROBATION", Probation()),
        ("AGE_OF_SEPARATION", Age()),
        ("TENURE_LIMIT", Tenure()),
        ("MAXIMUM_DURATION", MaximumDuration()),
        ("LOWER_GRADE_APPOINTMENT", LowerGrade()),
        ("SECURITY_CLEARANCE", SecurityClearance()),
        ("MEDICAL_CLEARANCE", Medical()),
        ("BACKGROUND_CHECK", Background()),
        ("NATIONALITY", Nationality()),
        ("MOBILITY", Mobility()),
        ("RENEWAL", Renewal()),
        ("ASSESSMENT", Assessment()),
        ("STAFF_ASSIGNMENT", StaffAssignment()),
        ("SALARY_ON_PROMOTION", SalaryOnPromotion()),
        ("ELIGIBILITY", Eligibility()),
    ];

    public static List<ConditionFact> Extract(NoticeText notice, IReadOnlyList<BodySection> sections)
    {
        var facts = new List<ConditionFact>();
        foreach (var sentence in BodyRequirements.Sentences(notice, sections, SectionKind.Other, SectionKind.Qualifications))
        {
            // Probation, tenure and age of separation are conditions only with their figure; a sentence
            // that merely mentions them ("beyond the probation period") may state another kind.
            var found = Kinds
                .Where(k => k.Pattern.IsMatch(sentence.Text))
                .Select(k => (k.Kind, Figures: Figures(k.Kind, sentence.Text)))
                .FirstOrDefault(k => k.Kind is not ("PROBATION" or "TENURE_LIMIT" or "AGE_OF_SEPARATION")
                    || k.Figures.Months is not null || k.Figures.Years is not null);
            if (found.Kind is null || sentence.Text.Length > LongestSentence || Evidence.Of(notice, sentence.Span) is not { } evidence)
            {
                continue;
            }

            facts.Add(new ConditionFact
            {
                Kind = found.Kind,
                Months = found.Figures.Months,
                Years = found.Figures.Years,
                Text = evidence.Text,
                Quote = evidence.Quote,
                Occurrence = evidence.Occurrence,
            });
        }

        return facts;
    }

    private static (int? Months, int? Years) Figures(string kind, string text)
    {
        var months = Months().Match(text) is { Success: true } m ? BodyVocabulary.Number(m.Groups["n"].Value) : null;
        var years = Years().Match(text) is { Success: true } y ? BodyVocabulary.Number(y.Groups["n"].Value) : null;
        return kind switch
        {
            "PROBATION" => (months ?? years * 12, null),
            "MAXIMUM_DURATION" => (months ?? years * 12, null),
            "TENURE_LIMIT" or "AGE_OF_SEPARATION" => (null, years),
            _ => (null, null),
        };
    }

    private const string Number = BodyVocabulary.NumberPattern + @"|\d{2}";
    private const RegexOptions Options = RegexOptions.IgnoreCase;

    [GeneratedRegex(@"\b(?<n>" + Number + @")[-\s]months?\b", Options)]
    private static partial Regex Months();

    [GeneratedRegex(@"\b(?<n>" + Number + @")[-\s]years?\b", Options)]
    private static partial Regex Years();

    [GeneratedRegex(@"\bprobation\w*", Options)]
    private static partial Regex Probation();

    [GeneratedRegex(@"\bage\s+of\s+(?:separation|retirement)\b|\bretirement\s+age\b", Options)]
    private static partial Regex Age();

    [GeneratedRegex(@"\blength\s+of\s+service\b|\btenure\b", Options)]
    private static partial Regex Tenure();

    [GeneratedRegex(@"\bmaximum\s+duration\b", Options)]
    private static partial Regex MaximumDuration();

    [GeneratedRegex(@"\blower\s+grade\b|\bgrade\s+lower\b", Options)]
    private static partial Regex LowerGrade();

    [GeneratedRegex(@"\bsecurity\s+clearance\b", Options)]
    private static partial Regex SecurityClearance();

    [GeneratedRegex(@"\bmedically\s+fit\b|\bmedical\s+clearance\b", Options)]
    private static partial Regex Medical();

    [GeneratedRegex(@"\breference\s+checks?\b|\bbackground\s+(?:verification|checks?)\b", Options)]
    private static partial Regex Background();

    [GeneratedRegex(@"\bfilled\s+by\s+a\s+national\b|\bopen\s+(?:only\s+)?to\s+nationals\b", Options)]
    private static partial Regex Nationality();

    [GeneratedRegex(@"\bmobility\b|\brotational\b", Options)]
    private static partial Regex Mobility();

    [GeneratedRegex(@"\brenewal\b|\bextension\s+of\s+(?:the\s+)?(?:contract|appointment)\b", Options)]
    private static partial Regex Renewal();

    // A required assessment centre; one the evaluation "may include" is a step of selection, not a condition.
    [GeneratedRegex(@"\bassessment\s+cent(?:re|er)\b[^.]*\brequired\b|\brequired\b[^.]*\bassessment\s+cent(?:re|er)\b", Options)]
    private static partial Regex Assessment();

    [GeneratedRegex(@"\bupon\s+promotion\b|\bsalary\s+and\s+allowances\s+applicable\s+to\s+the\s+grade\b", Options)]
    private static partial Regex SalaryOnPromotion();

    [GeneratedRegex(@"\b(?:temporarily|be)\s+assigned\s+to\s+the\s+(?:post|position)\b", Options)]
    private static partial Regex StaffAssignment();

    [GeneratedRegex(@"\bnot\s+(?:be\s+)?eligible\b|\bwill\s+not\s+be\s+considered\b|\brecruitment\s+open\s+to\b|\bstaff\s+members?\b[^.]*\bmay\s+apply\b|\blocal\s+recruitment\s+only\b", Options)]
    private static partial Regex Eligibility();
}
