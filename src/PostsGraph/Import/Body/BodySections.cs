namespace PostsGraph.Import.Body;

// A part of the notice under one heading. Each line carries the necessity its sub-heading or parent
// heading set ("Desirable:", "Desirable Qualifications"), null where none did.
internal sealed record BodySection(SectionKind Kind, string Heading, IReadOnlyList<SectionLine> Lines);

internal sealed record SectionLine(NoticeLine Line, string? Necessity);

internal static class BodySections
{
    public static List<BodySection> Split(NoticeText notice)
    {
        var sections = new List<BodySection>();
        var kind = SectionKind.Other;
        var name = "";
        var lines = new List<SectionLine>();
        string? parentNecessity = null, subNecessity = null;
        for (var i = 0; i < notice.Lines.Count; i++)
        {
            var line = notice.Lines[i];
            var heading = line.IsBlank || BodyText.MarkerOf(line) is not null ? null : BodyHeadings.Classify(line.Content);
            if (heading is { Kind: null })
            {
                subNecessity = heading.Necessity;
                continue;
            }

            if (heading is { Kind: not null } && !InsideDuties(heading, kind, notice, i))
            {
                sections.Add(new BodySection(kind, name, lines));
                (kind, name, lines) = (heading.Kind.Value, heading.Name, []);
                subNecessity = null;
                if (kind == SectionKind.Qualifications)
                {
                    parentNecessity = heading.Necessity;
                }
                else if (kind is SectionKind.Other or SectionKind.Duties)
                {
                    parentNecessity = null;
                }

                continue;
            }

            lines.Add(new SectionLine(line, subNecessity ?? parentNecessity));
        }

        sections.Add(new BodySection(kind, name, lines));
        return sections;
    }

    // Inside the duties, an unknown heading followed by a list titles a group of duties, and a short
    // sentence-case line ("Other duties as assigned") is a duty rather than a heading.
    private static bool InsideDuties(Heading heading, SectionKind current, NoticeText notice, int index) =>
        current == SectionKind.Duties && heading.Kind == SectionKind.Other && (!heading.Clear || ListFollows(notice, index));

    private static bool ListFollows(NoticeText notice, int index)
    {
        for (var i = index + 1; i < notice.Lines.Count; i++)
        {
            if (!notice.Lines[i].IsBlank)
            {
                return BodyText.MarkerOf(notice.Lines[i]) is not null;
            }
        }

        return false;
    }
}
