using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Body;

// Duties: one per bullet, numbered item or "Heading - text" paragraph, in the notice's order. The title
// of a numbered group is the heading of the bullets under it, not a duty; sentences that introduce the
// list ("the incumbent performs the following functions:") are not duties either.
internal static partial class BodyDuties
{
    public static List<DutyFact> Extract(NoticeText notice, IEnumerable<BodySection> sections)
    {
        var duties = new List<DutyFact>();
        var prose = new List<TextSpan>();
        foreach (var section in sections.Where(s => s.Kind == SectionKind.Duties))
        {
            Read(notice, DutyEntries.Of(notice, section), duties, prose);
        }

        // A duties section written as plain paragraphs: each paragraph is a duty.
        if (duties.Count == 0)
        {
            duties.AddRange(prose.Select(p => Duty(notice, null, p)).OfType<DutyFact>());
        }

        // A summary list of the groups ("Summary of key functions: - Security operations") repeats
        // their titles; the duties are under the titles.
        var titles = duties.Select(d => Key(d.Heading)).Where(h => h.Length > 0).ToHashSet();
        return [.. duties.Where(d => !titles.Contains(Key(d.Text)))];
    }

    private static void Read(NoticeText notice, List<DutyEntry> entries, List<DutyFact> duties, List<TextSpan> prose)
    {
        string? group = null;
        string? groupStyle = null, itemStyle = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var next = i + 1 < entries.Count ? entries[i + 1] : null;
            var content = entry.Span.Of(notice.Text);
            if (entry.Marker is { } marker)
            {
                // A numbered title over bullets; the last bullet of a group, before the next title, is not one.
                if (next?.Marker is { } inner && inner.Style != marker.Style && marker.Style != itemStyle
                    && (inner.Kind > marker.Kind || next.Indent > entry.Indent))
                {
                    (group, groupStyle, itemStyle) = (BodyText.Collapse(content).TrimEnd(':'), marker.Style, inner.Style);
                    continue;
                }

                if (marker.Style == groupStyle)
                {
                    (group, groupStyle, itemStyle) = (null, null, null);
                }

                Add(notice, duties, group, entry.Span);
            }
            else if (next?.Marker is not null && BodyHeadings.LooksLikeHeading(content))
            {
                (group, groupStyle, itemStyle) = (BodyText.Collapse(content).TrimEnd(':'), null, next.Marker.Style);
            }
            else if (HeadedSegments(notice, entry.Span) is { Count: > 0 } segments)
            {
                duties.AddRange(segments.Select(s => Duty(notice, s.Heading, s.Text)).OfType<DutyFact>());
            }
            else if (!content.TrimEnd().EndsWith(':') && !Intro().IsMatch(content))
            {
                prose.Add(entry.Span);
            }
        }
    }

    private static string Key(string? text) => (text ?? "").Trim().TrimEnd(':', '.', ';').ToLowerInvariant();

    // An item's own heading ("Heading - text", "Heading: text"), else the group it sits in.
    private static void Add(NoticeText notice, List<DutyFact> duties, string? group, TextSpan span)
    {
        var segments = HeadedSegments(notice, span);
        if (segments.Count > 0 && segments[0].Start == span.Start)
        {
            duties.AddRange(segments.Select(s => Duty(notice, s.Heading, s.Text)).OfType<DutyFact>());
        }
        else if (Duty(notice, group, span, ownHeading: false) is { } duty)
        {
            duties.Add(duty);
        }
    }

    // A group title speaks for all its duties, so only a duty's own heading helps to find its themes.
    private static DutyFact? Duty(NoticeText notice, string? heading, TextSpan span, bool ownHeading = true)
    {
        if (Evidence.Of(notice, span) is not { } evidence)
        {
            return null;
        }

        var (themes, defaulted) = BodyThemes.Classify(ownHeading ? heading : null, evidence.Text);
        return new DutyFact
        {
            Heading = heading,
            Text = evidence.Text,
            Quote = evidence.Quote,
            Occurrence = evidence.Occurrence,
            Themes = themes,
            Note = defaulted ? $"No theme keyword matched; {themes[0]} is a default to review." : null,
        };
    }

    // "Heading - text" runs, possibly several in one paragraph, each heading in title case after a
    // sentence end; and a "Heading: text" item.
    private static List<(int Start, string Heading, TextSpan Text)> HeadedSegments(NoticeText notice, TextSpan span)
    {
        var paragraph = span.Of(notice.Text);
        var matches = DashHeading().Matches(paragraph);
        var found = new List<(int, string, TextSpan)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : paragraph.Length;
            found.Add((span.Start + matches[i].Index, BodyText.Collapse(matches[i].Groups["heading"].Value),
                new TextSpan(span.Start + matches[i].Index + matches[i].Length, span.Start + end)));
        }

        if (found.Count == 0 && ColonHeading().Match(paragraph) is { Success: true } colon)
        {
            found.Add((span.Start, BodyText.Collapse(colon.Groups["heading"].Value),
                new TextSpan(span.Start + colon.Length, span.End)));
        }

        return found;
    }

    private const string Word = @"[‘'“""(]?[A-Z][\w’'‘“”/()&-]*";
    private const string Link = @"(?:(?:and|of|the|for|in|to|on|with|a|an|&)\s+)*";

    [GeneratedRegex(@"(?<=^|[.;!?]\s+)(?<heading>" + Word + @"(?:,?\s+" + Link + Word + @"){0,11})\s+[-–—]\s+(?=[‘'“""]?[A-Z])")]
    private static partial Regex DashHeading();

    [GeneratedRegex(@"^(?<heading>" + Word + @"(?:,?\s+" + Link + Word + @"){0,7}):\s+(?=[‘'“""]?[A-Z])")]
    private static partial Regex ColonHeading();

    [GeneratedRegex(@"\b(?:the\s+following|as\s+follows|will\s*:|include\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex Intro();
}
