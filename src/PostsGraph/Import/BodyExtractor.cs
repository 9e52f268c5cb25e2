using PostsGraph.Import.Body;
using PostsGraph.Import.Header;
using Confidence = PostsGraph.Seed.Confidence;
using PostsGraph.Seed;

namespace PostsGraph.Import;

// The notice's duties and requirements: duties, education, experience, languages,
// certifications (and, where recognisable, conditions).
public static class BodyExtractor
{
    public static ExtractedPart Extract(NoticeText notice, ReferenceFiles reference)
    {
        var sections = BodySections.Split(notice);
        var duties = BodyDuties.Extract(notice, sections);
        var (education, tiedExperience) = BodyEducation.Extract(notice, sections);
        var experience = BodyExperience.Extract(notice, sections).Concat(tiedExperience).OrderBy(f => Start(notice, f)).ToList();
        var languages = BodyLanguages.Extract(notice, sections, reference);
        var certifications = BodyCertifications.Extract(notice, sections);
        var conditions = BodyConditions.Extract(notice, sections);

        var missing = new List<string>();
        AddIfEmpty(missing, "duties", duties);
        AddIfEmpty(missing, "education", education);
        AddIfEmpty(missing, "experience", experience);
        AddIfEmpty(missing, "languages", languages);

        var post = new PostFile
        {
            Duties = Rated(duties, "a line of the duties section"),
            Education = Rated(education, "a sentence of the education requirements: the level and field it names"),
            Experience = Rated(experience, "a sentence of the experience requirements: the years it states"),
            Languages = Rated(languages, "a sentence of the language requirements naming the language"),
            Certifications = Rated(certifications, "a sentence naming a certification or course"),
            Conditions = Rated(conditions, "a sentence matching the wording of its kind of condition"),
        };
        return new ExtractedPart(post, missing);
    }

    // Where a fact's passage starts, so that facts found by different readers keep the notice's order.
    private static int Start(NoticeText notice, TextFact fact) =>
        notice.Find(fact.Quote ?? fact.Text ?? "", fact.Occurrence) is { Success: true } found ? found.Start : int.MaxValue;

    private static List<T> Rated<T>(List<T> facts, string reason) where T : Fact =>
        [.. facts.Select(f => f.RatedIfNot(Confidence.Medium, reason)!)];

    private static void AddIfEmpty<T>(List<string> missing, string name, List<T> facts)
    {
        if (facts.Count == 0)
        {
            missing.Add(name);
        }
    }
}
