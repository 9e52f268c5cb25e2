using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

// The years of experience a candidate needs, with an advanced degree and with a first-level one,
// derived from the required experience and the education routes that apply to them. The figures
// are for external candidates where recruitment is open to them (or the notice does not say), else
// for internal candidates; each says whom it holds for: all candidates where the other group needs
// the same, else the group it was derived for.
public sealed record ExperienceYears(
    int? WithAdvancedDegree, Applicability? WithAdvancedDegreeAppliesTo,
    int? WithFirstDegree, Applicability? WithFirstDegreeAppliesTo, string? WithFirstDegreeExplanation)
{
    private sealed record Figures(int? Advanced, int? First, string FirstExplanation);

    public static ExperienceYears Derive(
        IReadOnlyList<EducationRequirement> education, IReadOnlyList<ExperienceRequirement> experience, IReadOnlyCollection<CandidateGroup> openTo)
    {
        var group = openTo.Count == 0 || openTo.Contains(CandidateGroup.ExternalCandidates) ? CandidateGroup.ExternalCandidates : CandidateGroup.InternalCandidates;
        var other = group == CandidateGroup.ExternalCandidates ? CandidateGroup.InternalCandidates : CandidateGroup.ExternalCandidates;
        var mine = For(education, experience, group);
        var theirs = For(education, experience, other);

        Applicability? Holds(int? figure, int? otherFigure) => figure is null ? null : figure == otherFigure ? Applicability.AllCandidates : Of(group);

        var explanation = mine.First is null && theirs.First is { } years
            ? $"Only {Words(other)} may replace the advanced degree with a first-level degree ({years} years)"
              + (openTo.Count > 0 && !openTo.Contains(other) ? $"; recruitment is open to {Words(group)} only." : $"; this figure is for {Words(group)}.")
            : mine.FirstExplanation;
        return new ExperienceYears(
            mine.Advanced, Holds(mine.Advanced, theirs.Advanced), mine.First, Holds(mine.First, theirs.First), explanation);
    }

    private static Figures For(IReadOnlyList<EducationRequirement> education, IReadOnlyList<ExperienceRequirement> experience, CandidateGroup group)
    {
        bool Applies(Requirement r) => r.Necessity == Necessity.Required && (r.AppliesTo == Applicability.AllCandidates || r.AppliesTo == Of(group));

        var years = experience.Where(e => Applies(e) && e.MinYears is not null).ToList();

        // The largest minimum for the level: the smaller ones are parts of it ("of which two international").
        int? Max(params EducationLevel?[] levels) => years.Where(e => levels.Contains(e.WithEducation)).Max(e => e.MinYears);

        var advanced = Max(null, EducationLevel.AdvancedDegree);
        if (Max(EducationLevel.FirstDegree) is { } stated)
        {
            return new(advanced, stated, $"Stated: {stated} years with a first-level university degree.");
        }

        var required = education.Where(e => Applies(e) && !e.Substitution).Select(e => e.Level).DefaultIfEmpty(EducationLevel.FirstDegree).Min();
        if (required >= EducationLevel.FirstDegree)
        {
            return Max(null, EducationLevel.FirstDegree) is { } any
                ? new(advanced, any, $"The post asks for no advanced degree: the {any} years it requires.")
                : new(advanced, null, "The notice states no number of years of experience.");
        }

        var route = education.FirstOrDefault(e => Applies(e) && e.Level == EducationLevel.FirstDegree && e.InLieuOf is { } level && level < EducationLevel.FirstDegree);
        return (route, advanced) switch
        {
            (null, _) => new(advanced, null, "The notice accepts no first-level university degree in lieu of the advanced degree it requires."),
            (_, null) => new(advanced, null, "The notice accepts a first-level degree in lieu of the advanced degree but states no number of years."),
            ({ AdditionalYears: { } more }, { } a) => new(advanced, a + more,
                $"{a} years required, plus the {more} additional years the notice asks of a first-level degree in lieu of the advanced degree."),
            (_, { } a) => new(advanced, a, $"The notice accepts a first-level degree in lieu of the advanced degree with no additional years: {a} years."),
        };
    }

    private static Applicability Of(CandidateGroup group) =>
        group == CandidateGroup.InternalCandidates ? Applicability.InternalCandidates : Applicability.ExternalCandidates;

    private static string Words(CandidateGroup group) =>
        group == CandidateGroup.InternalCandidates ? "internal candidates" : "external candidates";
}
