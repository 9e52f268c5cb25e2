using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Whom the post reports to: "will report to the X", "reports to the X", else "under the
// supervision of the X". The role ends with its sentence or before "or his/her designate"; a
// trailing "(ACR)" is dropped, and "of PCU" reads "of the Protection Coordination Unit" where the
// notice defines PCU, so that the same role is named the same way across notices.
public static partial class HeaderReportsTo
{
    public static ValueFact? Extract(NoticeText notice)
    {
        var m = ReportsTo().Match(notice.Text);
        if (!m.Success)
        {
            m = Supervision().Match(notice.Text);
        }

        if (!m.Success)
        {
            return null;
        }

        var who = m.Groups["who"];
        var role = Cut().Split(who.Value, 2)[0];
        role = TrailingAcronym().Replace(role.TrimEnd(' ', '.', ',', ';', ':'), "");
        var value = OfAcronym().Replace(role, a => HeaderAcronyms.NameOf(notice.Text, a.Groups["acronym"].Value) is { } name
            ? $"of the {name}"
            : a.Value);
        var end = SentenceEnd(notice.Text, who.Index + role.Length);
        return value.Length == 0 ? null : notice.ValueAt(value, SentenceStart(notice.Text, m.Index), end);
    }

    private static int SentenceStart(string text, int at)
    {
        var start = Math.Max(text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1, text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal) + 2);
        while (start < at && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static int SentenceEnd(string text, int at)
    {
        var end = text.IndexOfAny(['.', '\n'], at);
        return end < 0 ? text.Length : text[end] == '.' ? end + 1 : end;
    }

    [GeneratedRegex(@"\breports?\s+(?:directly\s+)?to\s+(?:the\s+)?(?<who>[A-Z][^.\n]{2,150})")]
    private static partial Regex ReportsTo();

    [GeneratedRegex(@"\b(?:supervision|direction|guidance)(?:\s+and\s+(?:supervision|direction|guidance))?\s+of\s+(?:the\s+)?(?<who>[A-Z][^.\n]{2,150})")]
    private static partial Regex Supervision();

    [GeneratedRegex(@"\s+or\s+(?:his|her|their|a|an|the)\b|\s*;|,\s+(?:who|which|and|the|through|with|in)\b|\s+(?:and|who)\s+(?:is|will)\b")]
    private static partial Regex Cut();

    [GeneratedRegex(@"\s*\([A-Z][A-Za-z0-9&-]{0,11}\)$")]
    private static partial Regex TrailingAcronym();

    [GeneratedRegex(@"\bof\s+(?<acronym>[A-Z]{2,10})\b")]
    private static partial Regex OfAcronym();
}
