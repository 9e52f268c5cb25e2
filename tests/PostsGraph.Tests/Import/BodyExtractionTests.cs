using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// The five notices: counts and facts as read from each notice's text. Then fragments written for the
// tests, one per format the extractor must read.
public sealed class BodyExtractionTests
{
    private static readonly Lazy<SeedSnapshot> Seed = new(() => new SeedReader(RepoPaths.Seed).Read());

    [Fact]
    public void ReadsHeadingDashParagraphsAndTheSubstitutionsOfTheIccNotice()
    {
        var post = ExtractNotice("000_4be8f442af7ab233.txt");

        Assert.Equal(15, post.Duties!.Count);
        Assert.Equal("Strategic and Policy Contribution", post.Duties![0].Heading);
        Assert.StartsWith("Supports the achievement of the overall goals", post.Duties![0].Text);
        Assert.Equal("Onboarding and Transition Security", post.Duties![7].Heading);
        Assert.Equal(["OTHER_DUTIES"], post.Duties![14].Themes);

        Assert.Equal([("ADVANCED_DEGREE", null, null), ("FIRST_DEGREE", "ADVANCED_DEGREE", 2)], Paths(post));
        Assert.Equal([7, 9, 3, 3, null, null, null, null], post.Experience!.Select(e => e.MinYears));
        Assert.Equal(["ADVANCED_DEGREE", "FIRST_DEGREE"], post.Experience!.Take(2).Select(e => e.WithEducation));
        Assert.Equal("DESIRABLE", post.Experience![6].Necessity);

        Assert.Equal(["en,fr FLUENT REQUIRED", "en,fr WORKING_KNOWLEDGE DESIRABLE", "ar,es,ru,zh KNOWLEDGE DESIRABLE"], Languages(post));
        Assert.Equal(["Security Certification Programme (SCP)", "Intermediate Training Programme (ITP)"], post.Certifications!.Select(c => c.Name));
        Assert.Empty(Extract("000_4be8f442af7ab233.txt").Missing);
    }

    [Fact]
    public void ReadsBulletsAndEssentialOrDesirableSubheadingsOfTheOpcwNotice()
    {
        var post = ExtractNotice("001_b11f7bbfe224237a.txt");

        Assert.Equal(14, post.Duties!.Count);
        Assert.StartsWith("Advises the Head of Operations Security", post.Duties![0].Text);
        Assert.All(post.Duties, d => Assert.Null(d.Heading));
        Assert.Equal("Performs any other duties as may be assigned by the Head, Operations Security.", post.Duties![13].Text);

        Assert.Equal(
            [("ADVANCED_DEGREE", null, null), ("FIRST_DEGREE", "ADVANCED_DEGREE", 2), ("SPECIALISED_TRAINING", "FIRST_DEGREE", 4)],
            Paths(post));
        Assert.Equal([5, 7, 11, 2, null, null, null], post.Experience!.Select(e => e.MinYears));
        Assert.Equal(["ADVANCED_DEGREE", "FIRST_DEGREE", "SPECIALISED_TRAINING", null], post.Experience!.Take(4).Select(e => e.WithEducation));
        Assert.All(post.Experience!.Skip(4), e => Assert.Equal("DESIRABLE", e.Necessity));

        Assert.Equal(["en FLUENT REQUIRED", "ar,es,fr,ru,zh WORKING_KNOWLEDGE DESIRABLE"], Languages(post));
        Assert.Equal(
            ["Security Certification Programme (SCP)", "Security Analysis Practices and Procedures", "Crisis management training"],
            post.Certifications!.Select(c => c.Name));
        Assert.Equal("UNDSS", post.Certifications![0].Issuer);
        Assert.All(post.Certifications, c => Assert.Equal("DESIRABLE", c.Necessity));
    }

    [Fact]
    public void ReadsNumberedGroupsOfBulletsAndSubMinimumsOfTheUndssNotice()
    {
        var post = ExtractNotice("002_31e218d823963670.txt");

        Assert.Equal(32, post.Duties!.Count);
        Assert.Equal(6, post.Duties!.Count(d => d.Heading == "Contributes to the effective delivery of the mandate of the Protection Coordination Unit."));
        Assert.Equal(26, post.Duties!.Count(d => d.Heading == "Monitors and Coordinates assigned close protection operations."));
        Assert.Equal("Performs other assignments as required.", post.Duties![31].Text);

        Assert.Equal([("ADVANCED_DEGREE", null, null), ("FIRST_DEGREE", "ADVANCED_DEGREE", 2)], Paths(post));
        Assert.Equal([5, 3, 1, 2, null, null, null, null, null], post.Experience!.Select(e => e.MinYears));
        Assert.Equal("including at least 1 year in a conflict and post-conflict environment", post.Experience![2].Text);

        Assert.Equal(["en FLUENT REQUIRED", "ar,es,fr,ru,zh KNOWLEDGE DESIRABLE"], Languages(post));
        Assert.Equal(
            ["Security Certification Programme (SCP)", "Close Protection Officers Course (CPOC)", "Close protection training"],
            post.Certifications!.Select(c => c.Name));
    }

    [Fact]
    public void ReadsNumberedParagraphsAndTrainingUnderEducationOfTheIloNotice()
    {
        var post = ExtractNotice("003_53a9feed7c63bd11.txt");

        Assert.Equal(14, post.Duties!.Count);
        Assert.StartsWith("Prepare conceptual, policy and strategy papers", post.Duties![0].Text);
        Assert.EndsWith("security notices for headquarters and field offices.", post.Duties![0].Text);
        Assert.Equal("Perform other relevant duties as required", post.Duties![13].Text);

        Assert.Equal([("ADVANCED_DEGREE", null, null), ("FIRST_DEGREE", "ADVANCED_DEGREE", 2)], Paths(post));
        Assert.Equal([10, null, null, 5, null, null, 3], post.Experience!.Select(e => e.MinYears));
        Assert.Equal("DESIRABLE", post.Experience![6].Necessity);

        Assert.Equal(["en FLUENT REQUIRED", "fr WORKING_KNOWLEDGE REQUIRED", "es KNOWLEDGE DESIRABLE"], Languages(post));
        Assert.Equal(["Security risk management training", "Security Certification Programme (SCP)"], post.Certifications!.Select(c => c.Name));
        Assert.Equal(["REQUIRED", "DESIRABLE"], post.Certifications!.Select(c => c.Necessity));
    }

    [Fact]
    public void ReadsCapitalisedHeadingsAlternativesAndADoctorateOfTheItuNotice()
    {
        var post = ExtractNotice("004_c5a4883d09076030.txt");

        Assert.Equal(8, post.Duties!.Count);
        Assert.StartsWith("Lead the strategic direction, planning, and management", post.Duties![0].Text);

        Assert.Equal(
            [("ADVANCED_DEGREE", null, null), ("ADVANCED_DEGREE", "ADVANCED_DEGREE", null), ("FIRST_DEGREE", "ADVANCED_DEGREE", null), ("DOCTORATE", null, null)],
            Paths(post));
        Assert.Equal(3, post.Education![3].ReplacesYearsOfExperience);
        Assert.Equal([15, 10, 5, null, null], post.Experience!.Select(e => e.MinYears));
        Assert.Equal("FIRST_DEGREE", post.Experience![0].WithEducation);
        Assert.Equal("including at least five years at the international level in a leadership role", post.Experience![2].Text);

        Assert.Equal(
            ["ar,en,es,fr,ru,zh ADVANCED REQUIRED", "ar,en,es,fr,ru,zh INTERMEDIATE REQUIRED", "ar,en,es,fr,ru,zh KNOWLEDGE DESIRABLE"],
            Languages(post));
        Assert.Empty(post.Certifications!);
    }

    [Fact]
    public void EveryFactCarriesEvidenceTheLoaderAccepts()
    {
        foreach (var (_, _, curated) in Seed.Value.Posts)
        {
            var text = File.ReadAllText(RepoPaths.Notice(curated.Notice!));
            var post = BodyExtractor.Extract(new NoticeText(text), Seed.Value.Reference).Post;
            var locator = new QuoteLocator(text);
            IEnumerable<TextFact> facts = [.. post.Duties!, .. post.Education!, .. post.Experience!, .. post.Languages!, .. post.Certifications!, .. post.Conditions!];
            Assert.All(facts, f => Assert.True(locator.Find(f.Quote ?? f.Text!).Success, f.Quote ?? f.Text));
        }
    }

    [Fact]
    public void ReadsBulletsOfSeveralGlyphsAndLetteredItems()
    {
        var post = ExtractText("""
            KEY DUTIES:
            The officer will:
            • Reviews the security plan of the regional office.
            - Leads evacuation drills twice a year;
            * Keeps the register of reported incidents up to date.
            · Trains floor wardens in fire safety.
            ▪ Drafts the monthly threat assessment.
            o Undertakes other tasks as assigned.
            a) Negotiates guard service contracts.
            (ii) Inspects the perimeter lighting.

            Education
            """);

        Assert.Equal(
            ["Reviews the security plan of the regional office.", "Leads evacuation drills twice a year",
             "Keeps the register of reported incidents up to date.", "Trains floor wardens in fire safety.",
             "Drafts the monthly threat assessment.", "Undertakes other tasks as assigned.",
             "Negotiates guard service contracts.", "Inspects the perimeter lighting."],
            post.Duties!.Select(d => d.Text));
        Assert.Equal(["CRISIS_AND_EMERGENCY_MANAGEMENT"], post.Duties![1].Themes);
        Assert.Equal(["TRAINING"], post.Duties![3].Themes);
        Assert.Equal(["OTHER_DUTIES"], post.Duties![5].Themes);
    }

    [Fact]
    public void GivesBulletsTheTitleOfTheirNumberedGroupAndSkipsTheIntroduction()
    {
        var post = ExtractText("""
            Description of Duties
            Under the guidance of the chief, the incumbent performs the following functions:
            1. Plans security operations.
            • Writes the annual security plan.
            • Reviews the plans of field offices.
            2. Manages the guard force:
            • Schedules the guard shifts.
            3. Performs other duties as required.
            Competencies
            Teamwork.
            """);

        Assert.Equal(
            [("Plans security operations.", "Writes the annual security plan."), ("Plans security operations.", "Reviews the plans of field offices."),
             ("Manages the guard force", "Schedules the guard shifts."), (null, "Performs other duties as required.")],
            post.Duties!.Select(d => (d.Heading, d.Text)));
    }

    [Fact]
    public void LeavesOutASummaryListThatRepeatsTheGroupTitles()
    {
        var post = ExtractText("""
            Duties and Responsibilities
            Summary of key functions:
            - Guard force management
            - Reporting

            Guard force management:
            - Manages the contracted guard force.

            Reporting:
            - Writes the weekly situation report.
            """);

        Assert.Equal(
            [("Guard force management", "Manages the contracted guard force."), ("Reporting", "Writes the weekly situation report.")],
            post.Duties!.Select(d => (d.Heading, d.Text)));
    }

    [Fact]
    public void SplitsHeadingDashParagraphsAndHeadingColonItems()
    {
        var post = ExtractText("""
            Main Responsibilities

            Site Security - Maintains access control at the compound gates. Travel Advisory – Briefs travelling staff before each trip - in person where possible.
            Incident Response: Coordinates the response to incidents at the compound.
            """);

        Assert.Equal(
            [("Site Security", "Maintains access control at the compound gates."),
             ("Travel Advisory", "Briefs travelling staff before each trip - in person where possible."),
             ("Incident Response", "Coordinates the response to incidents at the compound.")],
            post.Duties!.Select(d => (d.Heading, d.Text)));
    }

    [Fact]
    public void ReadsEducationPathsAndTheirSubstitutions()
    {
        var post = ExtractText("""
            Education:
            A Master's degree in criminology or public administration is required. A Bachelor's degree with three additional years of relevant experience may be accepted in lieu of the Master's degree.
            A university degree may be substituted by specialized training from a national police academy in combination with six years additional experience.
            A PhD may be considered as a substitute for two years of experience.
            Desirable:
            A doctorate in international law.
            """);

        Assert.Equal(
            [("ADVANCED_DEGREE", null, null), ("FIRST_DEGREE", "ADVANCED_DEGREE", 3), ("SPECIALISED_TRAINING", "FIRST_DEGREE", 6), ("DOCTORATE", null, null), ("DOCTORATE", null, null)],
            Paths(post));
        Assert.Equal(["criminology", "public administration"], post.Education![0].Fields);
        Assert.Equal(2, post.Education![3].ReplacesYearsOfExperience);
        Assert.Equal(["REQUIRED", "REQUIRED", "REQUIRED", "REQUIRED", "DESIRABLE"], post.Education!.Select(e => e.Necessity));
    }

    [Fact]
    public void ReadsSeveralMinimumsNumberWordsAndSubMinimums()
    {
        var post = ExtractText("""
            Work Experience
            A minimum of eight years (ten with a bachelor's degree) of progressively responsible experience in security management is required, including at least three years in a field duty station.
            A minimum of 4 years with an advanced degree, 6 with a first degree, twelve with specialised training of experience in policing.
            Experience in a United Nations common system organization is desirable.
            Minimum of 2 years (with Master's degree) or 4 years (with Bachelor's degree) in a crowd control unit.
            """);

        Assert.Equal(
            [(8, "ADVANCED_DEGREE"), (10, "FIRST_DEGREE"), (3, null), (4, "ADVANCED_DEGREE"), (6, "FIRST_DEGREE"), (12, "SPECIALISED_TRAINING"),
             (null, null), (2, "ADVANCED_DEGREE"), (4, "FIRST_DEGREE")],
            post.Experience!.Select(e => (e.MinYears, e.WithEducation)));
        Assert.Equal("including at least three years in a field duty station", post.Experience![2].Text);
        Assert.Equal(["FIELD"], post.Experience![2].Scopes);
        Assert.Equal("DESIRABLE", post.Experience![6].Necessity);
        Assert.Equal(["UN_SYSTEM"], post.Experience![6].Scopes);
    }

    [Fact]
    public void ReadsLanguageStatementsWithLevelsAndAlternatives()
    {
        var post = ExtractText("""
            Language Requirements
            English and Spanish are the working languages of the mission.
            Fluency in English or Spanish is required and a working knowledge of Portuguese is an advantage.
            Knowledge of another official UN language is desirable. Intermediate Swahili would be an asset.
            """);

        Assert.Equal(
            ["en,es FLUENT REQUIRED", "pt WORKING_KNOWLEDGE DESIRABLE", "ar,fr,ru,zh KNOWLEDGE DESIRABLE", "sw INTERMEDIATE DESIRABLE"],
            Languages(post));
        Assert.Equal("a working knowledge of Portuguese is an advantage.", post.Languages![1].Text);
    }

    [Fact]
    public void NamesCertificationsCoursesAndTraining()
    {
        var post = ExtractText("""
            Qualifications
            Completion of the Basic Security in the Field Course is required.
            A Hostile Environment Awareness Training (HEAT) certificate or the UNDSS Certification in the Security Certification Program would be an asset.
            Formal training in first aid is desirable, as is a recognised defensive driving training.
            A valid driving licence.
            """);

        Assert.Equal(
            [("Basic Security in the Field Course", "REQUIRED"), ("Hostile Environment Awareness Training (HEAT)", "DESIRABLE"),
             ("Security Certification Programme (SCP)", "DESIRABLE"), ("First aid training", "DESIRABLE"), ("Defensive driving training", "DESIRABLE"),
             ("Driving licence", "REQUIRED")],
            post.Certifications!.Select(c => (c.Name, c.Necessity)));
        Assert.Equal("UNDSS", post.Certifications![2].Issuer);
    }

    [Fact]
    public void ReadsConditionsWithTheirFigures()
    {
        var post = ExtractText("""
            Conditions of service
            The appointment carries a probationary period of nine months.
            Staff retire at the mandatory age of separation of 65 years.
            """);

        Assert.Equal([("PROBATION", 9, null), ("AGE_OF_SEPARATION", null, 65)], post.Conditions!.Select(c => (c.Kind, c.Months, c.Years)));
    }

    [Theory]
    [InlineData("Responsibilities\n• Coordinates the secur")]
    [InlineData("Education\nAdvanced university degree in")]
    [InlineData("Experience\nA minimum of seven years (nine with a")]
    [InlineData("Languages\nFluency in English and")]
    public void SurvivesNoticesCutShort(string text)
    {
        var part = BodyExtractor.Extract(new NoticeText(text), Seed.Value.Reference);

        Assert.NotNull(part.Post.Duties);
        Assert.NotEmpty(part.Missing);
        Assert.All(part.Post.Duties, d => Assert.Contains(d.Text!, text, StringComparison.Ordinal));
    }

    [Fact]
    public void ListsWhatAnEmptyNoticeLacks()
    {
        var part = BodyExtractor.Extract(new NoticeText(""), Seed.Value.Reference);

        Assert.Equal(["duties", "education", "experience", "languages"], part.Missing);
    }

    [Theory]
    [InlineData("Secures conference venues and the compound perimeter during summits.", "PHYSICAL_SECURITY")]
    [InlineData("Plans the security of high-level visits and dignitaries' movements.", "PROTECTIVE_OPERATIONS")]
    [InlineData("Coordinates with host country police on incidents affecting staff.", "CRISIS_AND_EMERGENCY_MANAGEMENT")]
    public void GivesADutyTheThemeItsWordsName(string duty, string theme)
    {
        var post = ExtractText($"Duties and Responsibilities\n- {duty}\n\nEducation\n");

        Assert.Equal(duty, Assert.Single(post.Duties!).Text);
        Assert.Contains(theme, post.Duties![0].Themes!);
    }

    private static ExtractedPart Extract(string noticeFile) =>
        BodyExtractor.Extract(new NoticeText(File.ReadAllText(RepoPaths.Notice(noticeFile))), Seed.Value.Reference);

    private static PostFile ExtractNotice(string noticeFile) => Extract(noticeFile).Post;

    private static PostFile ExtractText(string text) => BodyExtractor.Extract(new NoticeText(text), Seed.Value.Reference).Post;

    private static List<(string?, string?, int?)> Paths(PostFile post) =>
        [.. post.Education!.Select(e => (e.Level, e.InLieuOf, e.AdditionalYears))];

    private static List<string> Languages(PostFile post) =>
        [.. post.Languages!.Select(l => $"{string.Join(",", l.AnyOf!.Order())} {l.Level} {l.Necessity}")];
}
