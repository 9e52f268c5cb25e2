using System.Text.RegularExpressions;

namespace PostsGraph.Import.Header;

// A job board's list of other posts inside the page ("Similar jobs", "Related jobs"): its
// "Organization:", "Deadline:" lines and names are about those posts, not this notice's. A list
// runs from its heading over short lines (at most 15), across a blank line only where the next
// entry starts with the same label as the first; it counts as a list only where a label starts
// two of its lines or more, as several entries do ("Organization: …" twice), so a single post's
// header under such a heading is kept.
public static partial class HeaderBoardLists
{
    private const int MaxLines = 15;
    private const int ShortLine = 100;

    public static IReadOnlyList<(int Start, int End)> Find(string text)
    {
        var lists = new List<(int, int)>();
        foreach (Match heading in ListHeading().Matches(text))
        {
            var at = heading.Index + heading.Length;
            var (end, lines, firstLabel, blank) = (at, 0, (string?)null, false);
            var labels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            while (at < text.Length && lines < MaxLines)
            {
                var lineEnd = text.IndexOf('\n', at) is var e and >= 0 ? e : text.Length;
                var line = text[at..lineEnd].Trim();
                if (line.Length == 0)
                {
                    blank = lines > 0;
                }
                else
                {
                    var label = EntryLabel().Match(line) is { Success: true } m ? m.Groups["label"].Value : null;
                    if (line.Length > ShortLine || (blank && (label is null || !string.Equals(label, firstLabel, StringComparison.OrdinalIgnoreCase))))
                    {
                        break;
                    }

                    firstLabel ??= label;
                    if (label is not null)
                    {
                        labels[label] = labels.GetValueOrDefault(label) + 1;
                    }

                    (blank, lines, end) = (false, lines + 1, lineEnd);
                }

                at = lineEnd + 1;
            }

            if (labels.Values.DefaultIfEmpty(0).Max() >= 2)
            {
                lists.Add((heading.Index, end));
            }
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

    // An entry's line starting with a label: "Organization: …", "Deadline: …".
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L} ]{1,24}?)[ \t]*:")]
    private static partial Regex EntryLabel();
}
