using System.Text.Json;
using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// The scoring the import-report verb prints and the importer is judged by. Expected counts are
// read off seed/posts/itu-2207.json and icc-24313.json by hand.
public sealed class DraftComparisonTests
{
    private static readonly PostFile Itu = Curated("itu-2207");
    private static readonly string ItuNotice = File.ReadAllText(RepoPaths.Notice("004_c5a4883d09076030.txt"));

    [Theory]
    [MemberData(nameof(CuratedPosts.Keys), MemberType = typeof(CuratedPosts))]
    public void ScoresACuratedPostAgainstItselfAtOneHundredPercent(string key)
    {
        var post = Curated(key);
        var notice = File.ReadAllText(RepoPaths.Notice(post.Notice!));

        var score = DraftComparison.Compare(key, notice, post, post);

        Assert.Empty(score.Discrepancies);
        Assert.All(score.Fields, f => Assert.True(f.Right == f.Curated && f.Right == f.Extracted, f.ToString()));
    }

    [Fact]
    public void CountsEveryQuotedFactOfTheCuratedPost()
    {
        var score = DraftComparison.Compare("itu-2207", ItuNotice, Itu, Itu);

        // ITU states no posting date, no certification and no number besides its vacancy and position
        // numbers; it states two pay figures, and one passage restricted to internal candidates ("For
        // internal candidates, a first university degree ... fifteen years"), cited by an education
        // and an experience requirement, which counts once.
        Assert.Equal(
            [
                ("organisation", 1), ("title", 1), ("grade", 1), ("dutyStation", 1), ("postedOn", 0), ("deadline", 1),
                ("appointmentType", 1), ("duration", 1), ("recruitmentOpenTo", 1), ("vacancyNumber", 1), ("positionNumber", 1), ("reportsTo", 1),
                ("salary", 2), ("identifiers", 0), ("duties", 8), ("education", 4), ("experience", 5), ("languages", 3), ("certifications", 0),
                ("appliesTo", 1),
            ],
            score.Fields.Select(f => (f.Field, f.Curated)));
    }

    [Fact]
    public void ARuleRestrictedToTheWrongGroupIsWrongAndItsCuratedGroupMissed()
    {
        var draft = Itu with { Education = [.. Itu.Education!.Select(e => e.AppliesTo is null ? e : e with { AppliesTo = e.AppliesTo with { Value = "EXTERNAL_CANDIDATES" } })] };

        var score = DraftComparison.Compare("itu-2207", ItuNotice, Itu, draft);

        // The experience requirement still says internal candidates for the same passage: right; the
        // education requirement's external group is wrong.
        Assert.Equal(new FieldScore("appliesTo", 1, 2, 1), Field(score, "appliesTo"));
        Assert.Equal(1.0, Field(score, "appliesTo").Recall);
        Assert.Equal(("appliesTo", "wrong"), Assert.Single(score.Discrepancies.Select(d => (d.Field, d.Kind))));
    }

    [Fact]
    public void TwoDraftedRulesOnOneCuratedPassageCountOnce()
    {
        // The draft restricts two facts whose passages overlap ITU's one curated passage "For internal
        // candidates, …" (the curated education and experience requirements cite the same sentence; the
        // draft's experience requirement here cites a part of it): one is right, the other has nothing left to match.
        var part = Itu.Experience![0] with { Text = "For internal candidates, a first university degree in one of the fields above", Quote = null };
        var draft = Itu with { Experience = [part, .. Itu.Experience!.Skip(1)] };

        var score = DraftComparison.Compare("itu-2207", ItuNotice, Itu, draft);

        Assert.Equal(new FieldScore("appliesTo", 1, 2, 1), Field(score, "appliesTo"));
    }

    [Fact]
    public void ADraftMissingADutyLosesRecallButNotPrecision()
    {
        var draft = Itu with { Duties = [.. Itu.Duties!.Where((_, i) => i != 3)] };

        var score = DraftComparison.Compare("itu-2207", ItuNotice, Itu, draft);

        Assert.Equal(new FieldScore("duties", 8, 7, 7), Field(score, "duties"));
        Assert.Equal(1.0, Field(score, "duties").Precision);
        Assert.Equal(7 / 8.0, Field(score, "duties").Recall);
        var missed = Assert.Single(score.Discrepancies);
        Assert.Equal(("duties", "missed"), (missed.Field, missed.Kind));
        Assert.StartsWith("\"Ensure a robust emergency preparedness", missed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongGradeIsExtractedButNotRight()
    {
        var draft = Itu with { Grade = new ValueFact { Value = "P-4", Quote = "Grade: P5" } };

        var score = DraftComparison.Compare("itu-2207", ItuNotice, Itu, draft);

        Assert.Equal(new FieldScore("grade", 1, 1, 0), Field(score, "grade"));
        Assert.Equal(0.0, Field(score, "grade").Precision);
        Assert.Equal("grade: wrong \"P-4\" where the curated post has \"P-5\"", Assert.Single(score.Discrepancies).ToString());
    }

    [Fact]
    public void AnExtraFactLowersPrecisionOnly()
    {
        var extra = new LanguageFact { Necessity = "REQUIRED", AnyOf = ["en"], Level = "FLUENT", Text = "Vacancy notice no: 2207" };
        var draft = Itu with { Languages = [extra, .. Itu.Languages!] };

        var score = DraftComparison.Compare("itu-2207", ItuNotice, Itu, draft);

        Assert.Equal(new FieldScore("languages", 3, 4, 3), Field(score, "languages"));
        Assert.Equal(0.75, Field(score, "languages").Precision);
        Assert.Equal(1.0, Field(score, "languages").Recall);
        Assert.Equal("languages: extra en: \"Vacancy notice no: 2207\"", Assert.Single(score.Discrepancies).ToString());
    }

    [Fact]
    public void ARequirementOnTheRightPassageWithOtherYearsIsWrong()
    {
        // experience[1] is the ten-year requirement; twelve years cites the same sentence.
        var draft = Itu with { Experience = [.. Itu.Experience!.Select((e, i) => i == 1 ? e with { MinYears = 12 } : e)] };

        var score = DraftComparison.Compare("itu-2207", ItuNotice, Itu, draft);

        Assert.Equal(new FieldScore("experience", 5, 5, 4), Field(score, "experience"));
        Assert.Equal(["experience: wrong", "experience: missed"], score.Discrepancies.Select(d => $"{d.Field}: {d.Kind}"));
    }

    [Fact]
    public void ComparesTitlesIgnoringCaseAndWhitespaceAndSalaryStatementByStatement()
    {
        var draft = Itu with
        {
            Title = new ValueFact { Value = "head,  safety, security AND resilience\ndivision", Quote = Itu.Title!.Quote },
            Salary = [Itu.Salary![0] with { Amount = 101540.00m }, Itu.Salary[1] with { Period = "MONTHLY" }],
        };

        var score = DraftComparison.Compare("itu-2207", ItuNotice, Itu, draft);

        Assert.Equal(new FieldScore("title", 1, 1, 1), Field(score, "title"));
        Assert.Equal(new FieldScore("salary", 2, 2, 1), Field(score, "salary"));
        Assert.Equal(["salary: wrong", "salary: missed"], score.Discrepancies.Select(d => $"{d.Field}: {d.Kind}"));
    }

    [Fact]
    public void LeavesOutFactsTheCuratorTookFromOutsideTheNotice()
    {
        // The ICC notice states no grade; the curated P-4 comes from another listing (sourceUrl).
        var icc = Curated("icc-24313");
        var notice = File.ReadAllText(RepoPaths.Notice(icc.Notice!));

        var same = DraftComparison.Compare("icc-24313", notice, icc, icc with { Grade = new ValueFact { Value = "P-4", Quote = "x" } });
        var other = DraftComparison.Compare("icc-24313", notice, icc, icc with { Grade = new ValueFact { Value = "P-3", Quote = "x" } });
        var none = DraftComparison.Compare("icc-24313", notice, icc, icc with { Grade = null });

        Assert.Equal(new FieldScore("grade", 0, 0, 0), Field(same, "grade"));
        Assert.Equal(new FieldScore("grade", 0, 1, 0), Field(other, "grade"));
        Assert.Equal(new FieldScore("grade", 0, 0, 0), Field(none, "grade"));
    }

    [Theory]
    [InlineData("evacuations.", 1)]   // inside the first duty
    [InlineData("ions.\n- Tr", 1)]    // 5 of its 10 characters in the first duty: exactly half of the shorter
    [InlineData("ions.\n- Trains", 0)] // 5 of 14 in the first, 6 of 14 in the second: less than half of either
    public void MatchesPassagesThatOverlapByAtLeastHalfTheShorter(string quote, int right)
    {
        const string notice = "Duties:\n- Plans evacuations.\n- Trains guards on fire drills.\n";
        var curated = new PostFile { Duties = [new DutyFact { Text = "Plans evacuations." }, new DutyFact { Text = "Trains guards on fire drills." }] };
        var draft = new PostFile { Duties = [new DutyFact { Text = "anything", Quote = quote }] };

        var score = DraftComparison.Compare("test", notice, curated, draft);

        Assert.Equal(new FieldScore("duties", 2, 1, right), Field(score, "duties"));
    }

    [Fact]
    public void MatchesEachCuratedFactOnceAndTwoFactsCitingOneSentenceByTheirYears()
    {
        const string notice = "Seven years of experience (nine with a first degree) in security.\nDuties:\n- Plans evacuations.\n";
        const string sentence = "Seven years of experience (nine with a first degree) in security.";
        var curated = new PostFile
        {
            Experience = [new ExperienceFact { MinYears = 7, Text = sentence }, new ExperienceFact { MinYears = 9, Text = sentence }],
            Duties = [new DutyFact { Text = "Plans evacuations." }],
        };
        var draft = new PostFile
        {
            Experience = [new ExperienceFact { MinYears = 9, Text = sentence }, new ExperienceFact { MinYears = 7, Text = sentence }],
            Duties = [new DutyFact { Text = "Plans evacuations." }, new DutyFact { Text = "x", Quote = "evacuations." }],
        };

        var score = DraftComparison.Compare("test", notice, curated, draft);

        Assert.Equal(new FieldScore("experience", 2, 2, 2), Field(score, "experience"));
        Assert.Equal(new FieldScore("duties", 1, 2, 1), Field(score, "duties"));
    }

    [Fact]
    public void AddsUpNoticesFieldByField()
    {
        var whole = DraftComparison.Compare("itu-2207", ItuNotice, Itu, Itu);
        var lessOneDuty = DraftComparison.Compare("itu-2207", ItuNotice, Itu, Itu with { Duties = [.. Itu.Duties!.Skip(1)] });

        var totals = DraftComparison.Totals([whole, lessOneDuty]);

        Assert.Equal(new FieldScore("duties", 16, 15, 15), totals.Single(t => t.Field == "duties"));
        Assert.Equal(new FieldScore("salary", 4, 4, 4), totals.Single(t => t.Field == "salary"));
    }

    private static FieldScore Field(DraftScore score, string field) => score.Fields.Single(f => f.Field == field);

    private static PostFile Curated(string key) =>
        JsonSerializer.Deserialize<PostFile>(File.ReadAllText(Path.Combine(RepoPaths.Seed, "posts", key + ".json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
