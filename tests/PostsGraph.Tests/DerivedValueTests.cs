using System.Text.Json;

namespace PostsGraph.Tests;

// Values derived from a post's facts, which an analyst would otherwise count by hand.
[Collection(ApiCollection.Name)]
public sealed class DerivedValueTests(PostsGraphApp app)
{
    [Fact]
    public async Task CountsTheDutiesANoticeLists()
    {
        // ITU's notice lists eight bullets under "DUTIES AND RESPONSIBILITIES", the last "Carry out
        // any other duties as assigned".
        var data = await app.QueryAsync("""
            { itu: posts(where: { key: { eq: "itu-2207" } }) { nodes { dutyCount } }
              all: posts(order: [{ dutyCount: DESC }, { key: ASC }]) { nodes { key dutyCount duties { text } } }
              few: posts(where: { dutyCount: { lte: 8 } }) { nodes { key } } }
            """);

        Assert.Equal(8, data.GetProperty("itu").GetProperty("nodes")[0].GetProperty("dutyCount").GetInt32());
        var all = data.GetProperty("all").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(all, p => Assert.Equal(p.GetProperty("duties").GetArrayLength(), p.GetProperty("dutyCount").GetInt32()));
        Assert.Equal(all.Select(p => p.GetProperty("dutyCount").GetInt32()).OrderDescending(), all.Select(p => p.GetProperty("dutyCount").GetInt32()));
        Assert.Equal(["itu-2207"], data.GetProperty("few").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task FiltersPostsByWhereTheirFactsComeFrom()
    {
        // The notices leave some facts to public listings: ICC's grade, OPCW's duty station, and
        // UNDSS's grade, duty station, job opening number and dates. Everything else is quoted.
        var data = await app.QueryAsync("""
            { external: posts(where: { evidence: { some: { kind: { eq: EXTERNAL_SOURCE } } } }) { nodes { key } }
              grade: posts(where: { evidence: { some: { field: { eq: "grade" }, kind: { eq: EXTERNAL_SOURCE } } } }) { nodes { key } }
              quoted: posts(where: { evidence: { all: { kind: { eq: NOTICE_QUOTE } } } }) { nodes { key } } }
            """);

        string[] Keys(string name) => [.. data.GetProperty(name).GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()!)];
        Assert.Equal(["icc-24313", "opcw-sco-2025", "undss-pco-2023"], Keys("external"));
        Assert.Equal(["icc-24313", "undss-pco-2023"], Keys("grade"));
        Assert.Equal(["ilo-rbc-p-intserv-2025-27", "itu-2207"], Keys("quoted"));
    }

    [Fact]
    public async Task SaysHowFirmThePayFiguresOfEachCurrencyAre()
    {
        // ICC: "Minimum Net Annual Salary" (MINIMUM); ITU: pay "from" its net base salary (FROM);
        // OPCW: "Total Estimated monthly remuneration" (ESTIMATE). ILO and UNDSS state none.
        var data = await app.QueryAsync("{ postStatistics { annualNetPay { currency count qualifiers { qualifier count } } } }");

        var lines = data.GetProperty("postStatistics")[0].GetProperty("annualNetPay").EnumerateArray().Select(p =>
            $"{p.GetProperty("currency").GetString()} {p.GetProperty("count").GetInt32()}: "
            + string.Join(", ", p.GetProperty("qualifiers").EnumerateArray().Select(q => $"{q.GetProperty("qualifier").GetString()} {q.GetProperty("count").GetInt32()}")));
        Assert.Equal(["EUR 1: MINIMUM 1", "USD 2: ESTIMATE 1, FROM 1"], lines);
    }

    [Fact]
    public async Task SaysWhomRecruitmentIsOpenTo()
    {
        // ILO's notice: "The following are eligible to apply: - ILO Internal candidates … - External
        // candidates."; ITU's: "Recruitment open to: External". The other three do not say.
        var data = await app.QueryAsync("""
            { posts { nodes { key recruitmentOpenTo evidence(field: "recruitmentOpenTo") { quote } } }
              internal: posts(where: { recruitmentOpenTo: { some: { eq: INTERNAL_CANDIDATES } } }) { nodes { key } } }
            """);

        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!);
        Assert.Equal(["INTERNAL_CANDIDATES", "EXTERNAL_CANDIDATES"], posts["ilo-rbc-p-intserv-2025-27"].GetProperty("recruitmentOpenTo").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["EXTERNAL_CANDIDATES"], posts["itu-2207"].GetProperty("recruitmentOpenTo").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Recruitment open to: External", posts["itu-2207"].GetProperty("evidence")[0].GetProperty("quote").GetString());
        Assert.Equal(0, posts["opcw-sco-2025"].GetProperty("recruitmentOpenTo").GetArrayLength());
        Assert.Equal(["ilo-rbc-p-intserv-2025-27"], data.GetProperty("internal").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task SaysWhomEachRestrictedRuleAppliesToWithTheWordsThatSaySo()
    {
        var data = await app.QueryAsync("""
            { posts { nodes { key
                education { appliesTo appliesToEvidence { quote } }
                experience { minYears appliesTo appliesToEvidence { quote } }
                languages { anyOf appliesTo }
                conditions { kind appliesTo appliesToEvidence { quote note start end } } } }
              probation: posts(where: { conditions: { some: { and: [{ kind: { eq: PROBATION } }, { appliesTo: { eq: EXTERNAL_CANDIDATES } }] } } }) { nodes { key } }
              sourceNotice: posts(where: { key: { eq: "ilo-rbc-p-intserv-2025-27" } }) { nodes { sourceNotice { text } } } }
            """);
        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!);
        static List<(string?, string?, string?)> Restricted(JsonElement post, string list, string what) => [.. post.GetProperty(list).EnumerateArray()
            .Where(r => r.GetProperty("appliesTo").GetString() != "ALL_CANDIDATES")
            .Select(r => (r.GetProperty(what).ToString(), r.GetProperty("appliesTo").GetString(), r.GetProperty("appliesToEvidence").GetProperty("quote").GetString()))];

        // ICC: "A current ICC staff member who is holding a fixed-term appointment may apply …", "Where
        // a current ICC staff member is selected …, he or she will be temporarily assigned", "GS-level
        // posts are subject to local recruitment only", the seven-year tenure for "posts at a P-5
        // grade or in the Director category" (the post is P-4 by its public listing), and the
        // "secondment of staff from organizations of the United Nations Common System".
        Assert.Equal(
            [("ELIGIBILITY", "INTERNAL_CANDIDATES", "A current ICC staff member who is holding a fixed-term appointment"),
             ("STAFF_ASSIGNMENT", "INTERNAL_CANDIDATES", "Where a current ICC staff member is selected to a short-term position"),
             ("ELIGIBILITY", "OTHER_GRADES", "GS-level posts"),
             ("TENURE_LIMIT", "OTHER_GRADES", "Candidates appointed to posts at a P-5 grade or in the Director category"),
             ("MOBILITY", "EXTERNAL_CANDIDATES", "secondment of staff from organizations of the United Nations Common System")],
            Restricted(posts["icc-24313"], "conditions", "kind"));
        // ILO: retirees' applications "will not be considered"; the Assessment Centre "for all external
        // candidates and any internal candidate applying to a higher category"; "A successful external
        // candidate will be on probation for the first two years"; "Any officials of the General
        // Service category interested in applying" are told they will be paid at the post's grade.
        var ilo = posts["ilo-rbc-p-intserv-2025-27"];
        Assert.Equal(
            [("ELIGIBILITY", "EXTERNAL_CANDIDATES"), ("ASSESSMENT", "EXTERNAL_CANDIDATES"), ("PROBATION", "EXTERNAL_CANDIDATES"), ("SALARY_ON_PROMOTION", "INTERNAL_CANDIDATES")],
            Restricted(ilo, "conditions", "kind").Select(r => (r.Item1, r.Item2)));
        var probation = ilo.GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "PROBATION").GetProperty("appliesToEvidence");
        var text = data.GetProperty("sourceNotice").GetProperty("nodes")[0].GetProperty("sourceNotice").GetProperty("text").GetString()!;
        Assert.Equal("A successful external candidate", text[probation.GetProperty("start").GetInt32()..probation.GetProperty("end").GetInt32()]);
        // "external candidates … whose mother tongue is not one of the working languages of the Office
        // (English, French and Spanish), shall be required to possess a fully satisfactory working
        // knowledge of at least one of the ILO working languages."
        Assert.Equal(("[\"en\",\"fr\",\"es\"]", "EXTERNAL_CANDIDATES"),
            Assert.Single(ilo.GetProperty("languages").EnumerateArray().Where(l => l.GetProperty("appliesTo").GetString() != "ALL_CANDIDATES")
                .Select(l => (l.GetProperty("anyOf").GetRawText(), l.GetProperty("appliesTo").GetString()))));
        // ITU: "For internal candidates, a first university degree … in combination with fifteen years of
        // qualifying experience may be accepted in lieu of an advanced university degree".
        Assert.Equal([("15", "INTERNAL_CANDIDATES", "For internal candidates")], Restricted(posts["itu-2207"], "experience", "minYears"));
        Assert.Equal(["INTERNAL_CANDIDATES"], posts["itu-2207"].GetProperty("education").EnumerateArray()
            .Select(e => e.GetProperty("appliesTo").GetString()).Where(a => a != "ALL_CANDIDATES"));
        // UNDSS: young professionals "who have not served for a minimum of two years … are not eligible".
        Assert.Equal([("ELIGIBILITY", "INTERNAL_CANDIDATES")], Restricted(posts["undss-pco-2023"], "conditions", "kind").Select(r => (r.Item1, r.Item2)));
        // OPCW restricts none of its rules; an unrestricted rule has no words for it.
        Assert.All(posts["opcw-sco-2025"].GetProperty("conditions").EnumerateArray(), c =>
        {
            Assert.Equal("ALL_CANDIDATES", c.GetProperty("appliesTo").GetString());
            Assert.Equal(JsonValueKind.Null, c.GetProperty("appliesToEvidence").ValueKind);
        });
        Assert.Equal(["ilo-rbc-p-intserv-2025-27"], data.GetProperty("probation").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task DerivesTheYearsRequiredWithAFirstLevelDegreeForTheCandidatesWhoCanApply()
    {
        var data = await app.QueryAsync("""
            { posts(order: { key: ASC }) { nodes { key minYearsExperience minYearsExperienceAppliesTo
                minYearsExperienceWithFirstDegree minYearsExperienceWithFirstDegreeAppliesTo minYearsExperienceWithFirstDegreeExplanation } }
              twelveOrMore: posts(where: { minYearsExperienceWithFirstDegree: { gte: 12 } }) { nodes { key } } }
            """);
        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!);
        (int?, string?, int?, string?) Figures(string key)
        {
            var p = posts[key];
            static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();
            return (Int(p.GetProperty("minYearsExperience")), p.GetProperty("minYearsExperienceAppliesTo").GetString(),
                Int(p.GetProperty("minYearsExperienceWithFirstDegree")), p.GetProperty("minYearsExperienceWithFirstDegreeAppliesTo").GetString());
        }

        // ICC: "A minimum of seven years … (nine with a first level university degree)".
        Assert.Equal((7, "ALL_CANDIDATES", 9, "ALL_CANDIDATES"), Figures("icc-24313"));
        // ILO: ten years; a first-level degree "with an additional two years of relevant experience, in
        // addition to the required experience".
        Assert.Equal((10, "ALL_CANDIDATES", 12, "ALL_CANDIDATES"), Figures("ilo-rbc-p-intserv-2025-27"));
        // OPCW: "five (5) years with advanced university degree (seven (7) years with a first-level university degree …)".
        Assert.Equal((5, "ALL_CANDIDATES", 7, "ALL_CANDIDATES"), Figures("opcw-sco-2025"));
        // UNDSS: five years; a first-level degree "in combination with two additional years".
        Assert.Equal((5, "ALL_CANDIDATES", 7, "ALL_CANDIDATES"), Figures("undss-pco-2023"));
        // ITU: ten years; the first-degree route with fifteen years is "For internal candidates", and
        // "Recruitment open to: External": no first-degree figure, with the reason.
        Assert.Equal((10, "ALL_CANDIDATES", null, null), Figures("itu-2207"));
        var reason = posts["itu-2207"].GetProperty("minYearsExperienceWithFirstDegreeExplanation").GetString();
        Assert.Equal("Only internal candidates may replace the advanced degree with a first-level degree (15 years); recruitment is open to external candidates only.", reason);
        Assert.Equal(["ilo-rbc-p-intserv-2025-27"], data.GetProperty("twelveOrMore").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
    }
}
