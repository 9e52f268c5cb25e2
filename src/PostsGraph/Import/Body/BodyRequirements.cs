namespace PostsGraph.Import.Body;

// A sentence of a requirements section, with the necessity its heading set (null where none did).
internal sealed record RequirementSentence(SectionKind Kind, TextSpan Span, string Text, string? HeadingNecessity)
{
    // What the sentence itself says, else what its heading says, else required: a requirement listed
    // without a softener is required.
    public string Necessity => BodyVocabulary.NecessityOf(Text) ?? HeadingNecessity ?? BodyVocabulary.Required;
}

internal static class BodyRequirements
{
    // The sentences of the sections of the given kinds, in notice order. A list item is a block of
    // its own; a line that carries on a sentence broken in the middle (it starts in lower case) is
    // joined to it before cutting into sentences.
    public static List<RequirementSentence> Sentences(NoticeText notice, IEnumerable<BodySection> sections, params SectionKind[] kinds)
    {
        var sentences = new List<RequirementSentence>();
        foreach (var section in sections.Where(s => kinds.Contains(s.Kind)))
        {
            foreach (var (span, necessity) in Blocks(section))
            {
                sentences.AddRange(BodyText.Sentences(notice.Text, span)
                    .Select(s => new RequirementSentence(section.Kind, s, BodyText.Collapse(s.Of(notice.Text)), necessity)));
            }
        }

        return sentences;
    }

    private static List<(TextSpan Span, string? Necessity)> Blocks(BodySection section)
    {
        var blocks = new List<(TextSpan Span, string? Necessity)>();
        SectionLine? open = null;
        foreach (var entry in section.Lines)
        {
            var line = entry.Line;
            if (line.IsBlank || !BodyText.HasLetters(line.Content))
            {
                open = null;
                continue;
            }

            var marker = BodyText.MarkerOf(line);
            if (marker is null && open is not null && !EndsBlock(open.Line.Content) && char.IsLower(line.Content[0]))
            {
                blocks[^1] = blocks[^1] with { Span = blocks[^1].Span with { End = line.End } };
            }
            else
            {
                blocks.Add((new TextSpan(marker?.ContentStart ?? line.Start, line.End), entry.Necessity));
            }

            open = entry;
        }

        return blocks;
    }

    private static bool EndsBlock(string content) => content.EndsWith('.') || content.EndsWith(';') || content.EndsWith(':')
        || content.EndsWith(')') || content.EndsWith('!');
}
