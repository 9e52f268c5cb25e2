using System.Text.Json;

namespace PostsGraph.Tests;

// What each post demands, as a person reading the notices finds it. The expected numbers were
// counted in the notices themselves (seed/notices/), following the granularity rules of
// docs/seed-format.md, not read back from the seed files.
[Collection(ApiCollection.Name)]
public sealed class PostRequirementsTests(PostsGraphApp app)
{
    [Theory]
    // ICC: 15 "Heading - text" duties; advanced degree + the first-degree substitution; experience:
    // 7 years (advanced) and 9 (first degree) from one sentence, 3 years international/close
    // protection, 3 years leading protective roles, working under pressure, crisis management,
    // multi-cultural team (asset), specialist areas (asset); English or French, the other (asset),
    // another official language (asset); SCP and ITP (assets); conditions: 12-month maximum, no
    // renewal, lower grade, current staff with a fixed-term appointment may apply and are assigned
    // temporarily, GS-level posts recruited locally, tenure, PSC clearance, States Parties
    // nationality, mobility accord.
    [InlineData("icc-24313", 15, 2, 8, 3, 2, 10)]
    // OPCW: 14 bullets; advanced degree, first degree + 2 years, specialised training + 4 years;
    // 5 / 7 / 11 years by education level, 2 years international field, 3 desirable; English,
    // another official language (desirable); SCP, SAPP, crisis management training; probation,
    // tenure, age of separation, lower grade.
    [InlineData("opcw-sco-2025", 14, 3, 7, 2, 3, 4)]
    // UNDSS: 6 + 26 bullets under two numbered groups; advanced degree + substitution; 5 years close
    // protection, 3 years coordination including 1 year in conflict, 2 years international, 5
    // desirable; English, another official language; SCP, CPOC, close protection training;
    // rotation, renewal, young-professionals eligibility, reference checks.
    [InlineData("undss-pco-2023", 32, 2, 9, 2, 3, 4)]
    // ILO: 14 numbered duties; advanced degree + substitution; 7 experience sentences; one of the
    // working languages (external candidates), English, French, Spanish (asset); security risk
    // management training, SCP (asset); retirees excluded, Assessment Centre, medical clearance,
    // probation, extension, General Service officials paid at the post's grade, background verification.
    [InlineData("ilo-rbc-p-intserv-2025-27", 14, 2, 7, 4, 2, 7)]
    // ITU: 8 bullets; advanced degree, equivalent diploma, first degree for internal candidates,
    // doctorate for 3 years; 10 years including 5 international leadership, 15 with a first degree
    // (internal), 2 desirable; advanced + intermediate + a third (advantage); no certification;
    // renewal, open to external candidates, reference checks.
    [InlineData("itu-2207", 8, 4, 5, 3, 0, 3)]
    public async Task HoldsEveryDutyRequirementAndConditionTheNoticeStates(
        string key, int duties, int education, int experience, int languages, int certifications, int conditions)
    {
        var post = await PostAsync(key, "duties { order } education { order } experience { order } languages { order } certifications { order } conditions { order }");

        Assert.Equal(
            (duties, education, experience, languages, certifications, conditions),
            (Count(post, "duties"), Count(post, "education"), Count(post, "experience"), Count(post, "languages"),
             Count(post, "certifications"), Count(post, "conditions")));
    }

    [Fact]
    public async Task DerivesTheYearsOfExperienceRequiredWithAnAdvancedDegree()
    {
        var data = await app.QueryAsync("{ posts { nodes { key minYearsExperience topEducationLevel } } }");
        var years = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToDictionary(
            p => p.GetProperty("key").GetString()!, p => p.GetProperty("minYearsExperience").GetInt32());

        // ICC "A minimum of seven years ... (nine with a first level university degree)";
        // OPCW "A minimum of five (5) years with advanced university degree";
        // UNDSS "A minimum of five years of progressively responsible experience in Close Protection";
        // ILO and ITU "At least ten years of progressively responsible experience".
        Assert.Equal(7, years["icc-24313"]);
        Assert.Equal(5, years["opcw-sco-2025"]);
        Assert.Equal(5, years["undss-pco-2023"]);
        Assert.Equal(10, years["ilo-rbc-p-intserv-2025-27"]);
        Assert.Equal(10, years["itu-2207"]);
        // Every notice asks for an advanced university degree; the first degrees, the specialised
        // training and ITU's doctorate are alternatives, not the top requirement.
        Assert.All(data.GetProperty("posts").GetProperty("nodes").EnumerateArray(), p => Assert.Equal("ADVANCED_DEGREE", p.GetProperty("topEducationLevel").GetString()));
    }

    [Fact]
    public async Task KeepsTheYearsOfExperienceForEachEducationLevel()
    {
        // OPCW: "A minimum of five (5) years with advanced university degree (seven (7) years with a
        // first-level university degree or 11 years with specialised training)".
        var opcw = await PostAsync("opcw-sco-2025", "experience { necessity minYears withEducation }");
        var byLevel = opcw.GetProperty("experience").EnumerateArray()
            .Where(e => e.GetProperty("withEducation").ValueKind != JsonValueKind.Null)
            .Select(e => (e.GetProperty("withEducation").GetString(), e.GetProperty("minYears").GetInt32()));
        Assert.Equal([("ADVANCED_DEGREE", 5), ("FIRST_DEGREE", 7), ("SPECIALISED_TRAINING", 11)], byLevel);

        // ICC: seven years, "nine with a first level university degree".
        var icc = await PostAsync("icc-24313", "experience { minYears withEducation }");
        Assert.Contains(icc.GetProperty("experience").EnumerateArray(),
            e => e.GetProperty("minYears").GetInt32() == 9 && e.GetProperty("withEducation").GetString() == "FIRST_DEGREE");
    }

    [Fact]
    public async Task RecordsSubstitutionsForEducation()
    {
        // ICC: "A first level university degree in combination with two additional years ... in lieu of the advanced university degree."
        var icc = Education(await PostAsync("icc-24313", EducationSelection));
        Assert.Contains(("FIRST_DEGREE", "ADVANCED_DEGREE", 2, (int?)null, true), icc);

        // OPCW: "A first-level university degree may be substituted with specialised training from a
        // police or military education institution ... in combination with 4 years additional relevant experience."
        var opcw = Education(await PostAsync("opcw-sco-2025", EducationSelection));
        Assert.Contains(("SPECIALISED_TRAINING", "FIRST_DEGREE", 4, (int?)null, true), opcw);

        // ITU: "A Doctorate in a related field may be considered as a substitute for three years of working experience."
        var itu = Education(await PostAsync("itu-2207", EducationSelection));
        Assert.Contains(("DOCTORATE", (string?)null, (int?)null, 3, true), itu);
        Assert.Contains(("ADVANCED_DEGREE", (string?)null, (int?)null, (int?)null, false), itu);
    }

    [Fact]
    public async Task GroupsLanguagesThatAreAlternatives()
    {
        // ICC: "Proficiency in one of the working languages of the Court (English or French) is required."
        var icc = Languages(await PostAsync("icc-24313", LanguageSelection));
        Assert.Equal(("REQUIRED", "FLUENT", "en fr"), icc[0]);

        // ITU: one of the six official languages at advanced level, a second at intermediate level,
        // a third "would be an advantage".
        var itu = Languages(await PostAsync("itu-2207", LanguageSelection));
        Assert.Equal(
            [("REQUIRED", "ADVANCED", "ar en es fr ru zh"), ("REQUIRED", "INTERMEDIATE", "ar en es fr ru zh"), ("DESIRABLE", "KNOWLEDGE", "ar en es fr ru zh")],
            itu);

        // ILO: first its general rule that external candidates whose mother tongue is none of English,
        // French and Spanish need "a fully satisfactory working knowledge of at least one" of them;
        // then "Excellent command of English and a working knowledge of French. Knowledge of Spanish is considered an asset."
        var ilo = Languages(await PostAsync("ilo-rbc-p-intserv-2025-27", LanguageSelection));
        Assert.Equal([("REQUIRED", "WORKING_KNOWLEDGE", "en es fr"), ("REQUIRED", "FLUENT", "en"), ("REQUIRED", "WORKING_KNOWLEDGE", "fr"), ("DESIRABLE", "KNOWLEDGE", "es")], ilo);
    }

    [Fact]
    public async Task NamesCertificationsTheSameWayAcrossOrganisations()
    {
        var data = await app.QueryAsync("{ posts { nodes { key certifications { necessity name } } } }");
        var scp = data.GetProperty("posts").GetProperty("nodes").EnumerateArray()
            .Where(p => p.GetProperty("certifications").EnumerateArray().Any(c => c.GetProperty("name").GetString() == "Security Certification Programme (SCP)"))
            .Select(p => p.GetProperty("key").GetString());

        // ICC, OPCW, UNDSS and ILO all mention the Security Certification Programme; ITU does not.
        Assert.Equal(["icc-24313", "ilo-rbc-p-intserv-2025-27", "opcw-sco-2025", "undss-pco-2023"], scp);
        var undss = await PostAsync("undss-pco-2023", "certifications { necessity name issuer }");
        Assert.Contains(undss.GetProperty("certifications").EnumerateArray(), c =>
            c.GetProperty("name").GetString() == "Close Protection Officers Course (CPOC)" && c.GetProperty("necessity").GetString() == "DESIRABLE"
            && c.GetProperty("issuer").GetString() == "UNDSS");
    }

    [Fact]
    public async Task StatesTheConditionsOfEmploymentWithTheirFigures()
    {
        // OPCW: "a six-month probationary period"; "shall not exceed 7 years"; "age of separation ... is 65 years".
        var opcw = Conditions(await PostAsync("opcw-sco-2025", ConditionSelection));
        Assert.Contains(("PROBATION", 6, (int?)null), opcw);
        Assert.Contains(("TENURE_LIMIT", (int?)null, 7), opcw);
        Assert.Contains(("AGE_OF_SEPARATION", (int?)null, 65), opcw);

        // ILO: "on probation for the first two years of assignment".
        Assert.Contains(("PROBATION", 24, (int?)null), Conditions(await PostAsync("ilo-rbc-p-intserv-2025-27", ConditionSelection)));
        // ICC: "shall not exceed 12 months"; nationals of States Parties only.
        var icc = Conditions(await PostAsync("icc-24313", ConditionSelection));
        Assert.Contains(("MAXIMUM_DURATION", 12, (int?)null), icc);
        Assert.Contains(icc, c => c.Kind == "NATIONALITY");
        // UNDSS: "This position is considered rotational".
        Assert.Contains(Conditions(await PostAsync("undss-pco-2023", ConditionSelection)), c => c.Kind == "MOBILITY");
    }

    [Fact]
    public async Task KeepsDutiesInTheNoticesOrderWithTheirHeadings()
    {
        var icc = (await PostAsync("icc-24313", "duties { order heading }")).GetProperty("duties").EnumerateArray().ToList();
        Assert.Equal("Strategic and Policy Contribution", icc[0].GetProperty("heading").GetString());
        Assert.Equal("General Management and Support Duties", icc[^1].GetProperty("heading").GetString());
        Assert.Equal(Enumerable.Range(0, icc.Count), icc.Select(d => d.GetProperty("order").GetInt32()));

        // UNDSS groups its bullets under two numbered headings: 6 under the first, 26 under the second.
        var undss = (await PostAsync("undss-pco-2023", "duties { heading text }")).GetProperty("duties").EnumerateArray()
            .GroupBy(d => d.GetProperty("heading").GetString()).Select(g => (g.Key, g.Count()));
        Assert.Equal(
            [("Contributes to the effective delivery of the mandate of the Protection Coordination Unit.", 6),
             ("Monitors and Coordinates assigned close protection operations.", 26)],
            undss);
    }

    [Fact]
    public async Task GivesEveryDutyAtLeastOneTheme()
    {
        var data = await app.QueryAsync("{ posts { nodes { key duties { themes } } } }");

        Assert.All(data.GetProperty("posts").GetProperty("nodes").EnumerateArray().SelectMany(p => p.GetProperty("duties").EnumerateArray()),
            d => Assert.NotEmpty(d.GetProperty("themes").EnumerateArray()));
    }

    [Fact]
    public async Task LoadsEachListForAllPostsInOneQuery()
    {
        app.Commands.Reset();
        await app.QueryAsync("""
            { posts { nodes { duties { text } education { level } experience { minYears } languages { anyOf languages { name } }
                      certifications { name } competencies { name } conditions { kind } } } }
            """);

        // posts; the seven lists for all five posts at once; then the languages the requirements
        // name. One query per post per list would be 1 + 5 x 7 + 5 = 41.
        Assert.Equal(9, app.Commands.Count);
    }

    [Fact]
    public async Task FiltersAndOrdersAPostsOwnListsInOneQueryForAllPosts()
    {
        app.Commands.Reset();
        var data = await app.QueryAsync("""
            { posts { nodes { key duties(where: { themes: { some: { eq: TRAINING } } }) { order }
                              experience(order: [{ minYears: DESC }]) { minYears } } } }
            """);

        // posts, then each filtered list for all posts at once.
        Assert.Equal(3, app.Commands.Count);
        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!);
        // ILO's ninth duty: "Develop, implement and maintain a staff security training strategy ...".
        Assert.Equal([8], posts["ilo-rbc-p-intserv-2025-27"].GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("order").GetInt32()));
        // OPCW: 11, 7 and 5 years by education level, 2 international; three desirable ones state no number.
        Assert.Equal([11, 7, 5, 2, null, null, null],
            posts["opcw-sco-2025"].GetProperty("experience").EnumerateArray().Select(e => Int(e.GetProperty("minYears"))));
    }

    private const string EducationSelection = "education { level inLieuOf additionalYears replacesYearsOfExperience substitution }";
    private const string LanguageSelection = "languages { necessity level anyOf }";
    private const string ConditionSelection = "conditions { kind months years }";

    private static int Count(JsonElement post, string list) => post.GetProperty(list).GetArrayLength();

    private static List<(string? Level, string? InLieuOf, int? AdditionalYears, int? Replaces, bool Substitution)> Education(JsonElement post) =>
        post.GetProperty("education").EnumerateArray().Select(e => (
            e.GetProperty("level").GetString(), e.GetProperty("inLieuOf").GetString(), Int(e.GetProperty("additionalYears")),
            Int(e.GetProperty("replacesYearsOfExperience")), e.GetProperty("substitution").GetBoolean())).ToList();

    private static List<(string? Necessity, string? Level, string Codes)> Languages(JsonElement post) =>
        post.GetProperty("languages").EnumerateArray().Select(l => (
            l.GetProperty("necessity").GetString(), l.GetProperty("level").GetString(),
            string.Join(' ', l.GetProperty("anyOf").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal)))).ToList();

    private static List<(string? Kind, int? Months, int? Years)> Conditions(JsonElement post) =>
        post.GetProperty("conditions").EnumerateArray().Select(c => (
            c.GetProperty("kind").GetString(), Int(c.GetProperty("months")), Int(c.GetProperty("years")))).ToList();

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    private async Task<JsonElement> PostAsync(string key, string selection)
    {
        var data = await app.QueryAsync($$"""query($id: ID!) { post(id: $id) { {{selection}} } }""", new { id = PostsGraphApp.PostId(key) });
        return data.GetProperty("post");
    }
}
