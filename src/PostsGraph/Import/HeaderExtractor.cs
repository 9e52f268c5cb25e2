using PostsGraph.Seed;

namespace PostsGraph.Import;

// The notice's header facts: organisation, title, units, numbers, grade, duty station,
// appointment, dates and pay.
public static class HeaderExtractor
{
    public static ExtractedPart Extract(NoticeText notice, ReferenceFiles reference) =>
        throw new NotImplementedException("header extraction is being written");
}
