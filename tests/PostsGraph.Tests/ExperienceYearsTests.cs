using PostsGraph.Data.Entities;
using PostsGraph.Seed;

namespace PostsGraph.Tests;

// The derivation of the years of experience, on requirement sets written for the cases the five
// notices do not cover (the notices' own figures are held by DerivedValueTests).
public sealed class ExperienceYearsTests
{
    private static readonly Evidence Quote = new() { Quote = "x" };

    private static EducationRequirement Degree(EducationLevel level, EducationLevel? inLieuOf = null, int? more = null, Applicability to = Applicability.AllCandidates) => new()
    {
        Necessity = Necessity.Required, Level = level, InLieuOf = inLieuOf, AdditionalYears = more, Substitution = inLieuOf is not null,
        AppliesTo = to, Text = "x", Evidence = Quote,
    };

    private static ExperienceRequirement Years(int? years, EducationLevel? with = null, Applicability to = Applicability.AllCandidates) => new()
    {
        Necessity = Necessity.Required, MinYears = years, WithEducation = with, AppliesTo = to, Text = "x", Evidence = Quote,
    };

    [Fact]
    public void DerivesForInternalCandidatesWhereRecruitmentIsOpenToThemOnly()
    {
        // A first-degree route for internal candidates, and recruitment open to internal candidates only.
        var years = ExperienceYears.Derive(
            [Degree(EducationLevel.AdvancedDegree), Degree(EducationLevel.FirstDegree, EducationLevel.AdvancedDegree, 3, Applicability.InternalCandidates)],
            [Years(8)], [CandidateGroup.InternalCandidates]);

        Assert.Equal((8, Applicability.AllCandidates, 11, Applicability.InternalCandidates),
            (years.WithAdvancedDegree, years.WithAdvancedDegreeAppliesTo, years.WithFirstDegree, years.WithFirstDegreeAppliesTo));
    }

    [Fact]
    public void SaysWhyThereIsNoFigure()
    {
        var noYears = ExperienceYears.Derive([Degree(EducationLevel.AdvancedDegree), Degree(EducationLevel.FirstDegree, EducationLevel.AdvancedDegree, 2)], [Years(null)], []);
        var noRoute = ExperienceYears.Derive([Degree(EducationLevel.AdvancedDegree)], [Years(5)], []);

        Assert.Equal((null, null), (noYears.WithAdvancedDegree, noYears.WithFirstDegree));
        Assert.Contains("states no number of years", noYears.WithFirstDegreeExplanation, StringComparison.Ordinal);
        Assert.Equal((5, null), (noRoute.WithAdvancedDegree, noRoute.WithFirstDegree));
        Assert.Contains("accepts no first-level university degree", noRoute.WithFirstDegreeExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void TakesTheYearsOfAPostThatAsksForAFirstDegreeOnly()
    {
        var years = ExperienceYears.Derive([Degree(EducationLevel.FirstDegree)], [Years(4), Years(2)], []);

        Assert.Equal((4, 4), (years.WithAdvancedDegree, years.WithFirstDegree));
    }

    [Fact]
    public void LeavesOutRulesForOtherGrades()
    {
        var years = ExperienceYears.Derive([Degree(EducationLevel.AdvancedDegree)], [Years(6), Years(15, to: Applicability.OtherGrades)], []);

        Assert.Equal(6, years.WithAdvancedDegree);
    }
}
