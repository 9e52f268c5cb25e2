namespace PostsGraph.Import.Body;

// A fact's text and the evidence the loader needs: the notice's own words for a passage, and a
// quote only where those words alone occur more than once (with the occurrence meant where even
// the quote's whole line repeats).
internal sealed record Evidence(string Text, string? Quote, int? Occurrence = null)
{
    // Null only for an empty passage.
    public static Evidence? Of(NoticeText notice, TextSpan span)
    {
        var trimmed = BodyText.Trim(notice.Text, span.Start, span.End);
        if (trimmed.Length == 0)
        {
            return null;
        }

        var text = BodyText.Collapse(trimmed.Of(notice.Text));
        if (notice.IsUnique(trimmed.Start, trimmed.End))
        {
            return new Evidence(text, null);
        }

        return notice.Quote(trimmed.Start, trimmed.End) is { } quote
            ? new Evidence(text, BodyText.Collapse(quote.Text), quote.Occurrence)
            : null;
    }
}
