using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Whom recruitment is open to, in the two ways notices say it: a label ("Recruitment open to:
// External", "Open to: internal and external candidates") or a list ("The following are eligible
// to apply:" then one line per group). Null where the notice says neither.
public static partial class HeaderRecruitment
{
    public static ValuesFact? Extract(NoticeText notice)
    {
        var text = notice.Text;
        var match = Label().Match(text) is { Success: true } label ? label : Eligible().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var who = match.Groups["who"].Value;
        var values = new List<string>();
        if (Internal().IsMatch(who) || All().IsMatch(who))
        {
            values.Add("INTERNAL_CANDIDATES");
        }

        if (External().IsMatch(who) || All().IsMatch(who))
        {
            values.Add("EXTERNAL_CANDIDATES");
        }

        return values.Count == 0 ? null : new ValuesFact { Values = values, Quote = match.Value.Trim() };
    }

    [GeneratedRegex(@"(?im)^[ \t]*(?:recruitment[ \t]+)?open[ \t]+to[ \t]*:[ \t]*(?<who>[^\r\n]+)")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?i)the following are eligible to apply[ \t]*:(?<who>(?:\s*[-•][ \t]*[^\r\n]+){1,4})")]
    private static partial Regex Eligible();

    [GeneratedRegex(@"(?i)\binternal\b")]
    private static partial Regex Internal();

    [GeneratedRegex(@"(?i)\bexternal\b")]
    private static partial Regex External();

    [GeneratedRegex(@"(?i)^\s*all\b")]
    private static partial Regex All();
}
