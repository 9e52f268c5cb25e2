using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Body;

// Whom a drafted requirement or condition applies to, from the usual phrasings: "for internal
// candidates", "a successful external candidate", "a current staff member", former staff who
// "separated from service", recruits of a young professionals programme, officials of the General
// Service category, staff seconded from other organisations, and posts at a grade
// the draft's own grade is not. Nothing is drafted where the sentence names no group, or names
// grades while the draft has no grade to compare them with.
internal static partial class BodyApplicability
{
    public static PostFile Draft(NoticeText notice, PostFile post)
    {
        List<T>? Each<T>(List<T>? facts, Func<T, ValueFact?, T> with) where T : TextFact =>
            facts?.Select(f => Of(notice, f, post.Grade?.Value) is { } appliesTo ? with(f, appliesTo) : f).ToList();

        return post with
        {
            Education = Each(post.Education, (f, a) => f with { AppliesTo = a }),
            Experience = Each(post.Experience, (f, a) => f with { AppliesTo = a }),
            Languages = Each(post.Languages, (f, a) => f with { AppliesTo = a }),
            Certifications = Each(post.Certifications, (f, a) => f with { AppliesTo = a }),
            Competencies = Each(post.Competencies, (f, a) => f with { AppliesTo = a }),
            Conditions = Each(post.Conditions, (f, a) => f with { AppliesTo = a }),
        };
    }

    private static ValueFact? Of(NoticeText notice, TextFact fact, string? grade)
    {
        if (notice.Find(fact.Quote ?? fact.Text ?? "", fact.Occurrence) is not { Success: true } passage)
        {
            return null;
        }

        var text = notice.Text[passage.Start..passage.End];
        if (Group().Match(text) is { Success: true } group)
        {
            var value = group.Groups["external"].Success ? "EXTERNAL_CANDIDATES" : "INTERNAL_CANDIDATES";
            return Quoted(notice, passage.Start + group.Index, group.Length, value);
        }

        // Grades named as those the rule is for: other grades when the post's own is not among them.
        if (grade is not null && OtherGrade().Match(text) is { Success: true } posts)
        {
            var named = posts.Groups["grade"].Value;
            var general = named.StartsWith('G');
            var own = general ? grade.StartsWith('G') : string.Equals(named.Replace(' ', '-'), grade, StringComparison.OrdinalIgnoreCase);
            return own ? null : Quoted(notice, passage.Start + posts.Index, posts.Length, "OTHER_GRADES");
        }

        return null;
    }

    private static ValueFact? Quoted(NoticeText notice, int start, int length, string value) =>
        notice.Quote(start, start + length) is { } quote ? new ValueFact
        {
            Value = value, Quote = BodyText.Collapse(quote.Text), Occurrence = quote.Occurrence,
            Confidence = Seed.Confidence.Medium, Reason = "words in the same sentence that restrict whom it applies to",
        }
        : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase;

    // Former staff who separated (retired) can only apply from outside; a programme's recruits are staff.
    [GeneratedRegex(@"\b(?:(?<external>external)|internal)\s+candidates?\b|\bcurrent\s+(?:[A-Z]{2,6}\s+)?staff\s+members?\b"
        + @"|(?<external>\bcandidates\s+who\s+have\s+(?:already\s+)?separated\s+from\s+(?:[A-Z]{2,6}\s+)?service\b)"
        + @"|\bcandidates\s+recruited\s+through\s+the\s+young\s+professionals?\s+programme\b"
        + @"|\bofficials\s+of\s+the\s+General\s+Service\s+category\b"
        + @"|(?<external>\bsecondment\s+of\s+staff\s+from\s+(?:other\s+)?organi[sz]ations\b)", Options)]
    private static partial Regex Group();

    [GeneratedRegex(@"\bposts?\s+at\s+(?:an?\s+|the\s+)?(?<grade>[PD]-\d)\s+(?:grade|level)\b|\b(?<grade>GS|General\s+Service)[-\s]level\s+posts?\b", Options)]
    private static partial Regex OtherGrade();
}
