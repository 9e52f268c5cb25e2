namespace PostsGraph.Import.Body;

// One list item or paragraph of a duties section: its marker (null for plain text), its words, and
// how far the line is indented.
internal sealed record DutyEntry(ListMarker? Marker, TextSpan Span, int Indent);

internal static class DutyEntries
{
    // Lines become entries; a line that carries on an item cut by a line break (no blank line
    // between, the item not finished, the line starting in lower case) is joined to it.
    public static List<DutyEntry> Of(NoticeText notice, BodySection section)
    {
        var entries = new List<DutyEntry>();
        NoticeLine? previous = null;
        foreach (var line in section.Lines.Select(l => l.Line))
        {
            if (line.IsBlank || !BodyText.HasLetters(line.Content))
            {
                previous = line.IsBlank ? null : previous;
                continue;
            }

            var marker = BodyText.MarkerOf(line);
            if (marker is null && previous is not null && entries.Count > 0 && Continues(previous, line))
            {
                entries[^1] = entries[^1] with { Span = entries[^1].Span with { End = line.End } };
            }
            else
            {
                var indent = line.Start - (notice.Text.LastIndexOf('\n', Math.Max(0, line.Start - 1)) + 1);
                entries.Add(new DutyEntry(marker, new TextSpan(marker?.ContentStart ?? line.Start, line.End), indent));
            }

            previous = line;
        }

        return entries;
    }

    private static bool Continues(NoticeLine previous, NoticeLine line) =>
        !previous.Content.EndsWith('.') && !previous.Content.EndsWith(';') && !previous.Content.EndsWith(':')
        && char.IsLower(line.Content[0]);
}
