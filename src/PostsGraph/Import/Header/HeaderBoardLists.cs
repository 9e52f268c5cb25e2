using System.Text.RegularExpressions;

namespace PostsGraph.Import.Header;

// A job board's list of other posts inside the page ("Similar jobs", "Related jobs"): its
// "Organization:", "Deadline:" lines and names are about those posts, not this notice's. A list
// runs from its heading to the first blank line after its first entry.
public static partial class HeaderBoardLists
{
    public static IReadOnlyList<(int Start, int End)> Find(string text)
    {
        var lists = new List<(int, int)>();
        foreach (Match heading in ListHeading().Matches(text))
        {
            var at = heading.Index + heading.Length;
            // Past the blank lines under the heading, then to the next blank line.
            var entries = BlankLines().Match(text, at) is { Success: true } gap && gap.Index == at ? gap.Index + gap.Length : at;
            var end = BlankLine().Match(text, entries) is { Success: true } blank ? blank.Index : text.Length;
            lists.Add((heading.Index, end));
        }

        return lists;
    }

    public static bool Inside(IReadOnlyList<(int Start, int End)> lists, int at) => lists.Any(l => at >= l.Start && at < l.End);

    // The text with the lists blanked out, offsets kept.
    public static string Without(string text, IReadOnlyList<(int Start, int End)> lists)
    {
        if (lists.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var (start, end) in lists)
        {
            for (var i = start; i < end; i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                {
                    chars[i] = ' ';
                }
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^[ \t]*(?:similar|related|other|more|recommended|latest)[ \t]+(?:jobs|vacancies|positions|opportunities)[ \t]*:?[ \t]*\r?$|^[ \t]*(?:you[ \t]+may[ \t]+also[ \t]+like|jobs[ \t]+you[ \t]+may[ \t]+(?:like|be[ \t]+interested[ \t]+in))[ \t]*:?[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"(?:[ \t]*\r?\n)+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\n[ \t]*\r?\n")]
    private static partial Regex BlankLine();
}
