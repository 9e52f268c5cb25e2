using PostsGraph.Seed;

namespace PostsGraph.Import;

// The notice's duties and requirements: duties, education, experience, languages,
// certifications (and, where recognisable, competencies and conditions).
public static class BodyExtractor
{
    public static ExtractedPart Extract(NoticeText notice, ReferenceFiles reference) =>
        throw new NotImplementedException("body extraction is being written");
}
