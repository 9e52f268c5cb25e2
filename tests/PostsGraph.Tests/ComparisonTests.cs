using System.Text.Json;

namespace PostsGraph.Tests;

// Grouped statistics and side-by-side comparison. Expected figures come from the notices: ITU
// 101,540 + 82,654 = 184,194 USD a year; OPCW 7,382 x 12 = 88,584 USD; ICC 109,036 EUR; ILO and
// UNDSS state no pay. Years with an advanced degree: ICC 7, ILO 10, ITU 10, OPCW 5, UNDSS 5.
[Collection(ApiCollection.Name)]
public sealed class ComparisonTests(PostsGraphApp app)
{
    private const string GroupSelection = "count postsWithoutPay annualNetPay { currency count min max avg sum } minYearsExperience { count min max avg }";

    [Fact]
    public async Task GroupsTheGenevaP5PostsWithPayFromItuOnly()
    {
        var groups = await GroupsAsync("""where: { grade: { code: { eq: "P-5" } }, dutyStation: { city: { eq: "Geneva" } } }, groupBy: [GRADE, DUTY_STATION]""",
            $"key {{ grade {{ code }} dutyStation {{ city }} }} {GroupSelection}");

        var group = Assert.Single(groups);
        Assert.Equal("P-5", group.GetProperty("key").GetProperty("grade").GetProperty("code").GetString());
        Assert.Equal(2, group.GetProperty("count").GetInt32());
        Assert.Equal(1, group.GetProperty("postsWithoutPay").GetInt32());
        var pay = Assert.Single(group.GetProperty("annualNetPay").EnumerateArray());
        Assert.Equal(("USD", 1, 184194m, 184194m, 184194m, 184194m), Pay(pay));
    }

    [Fact]
    public async Task NeverMixesCurrencies()
    {
        var groups = await GroupsAsync("groupBy: [CURRENCY]", $"key {{ currency }} {GroupSelection}");

        var byCurrency = groups.ToDictionary(g => g.GetProperty("key").GetProperty("currency").GetString() ?? "none");
        Assert.Equal(["EUR", "USD", "none"], byCurrency.Keys);
        Assert.Equal(("EUR", 1, 109036m, 109036m, 109036m, 109036m), Pay(Assert.Single(byCurrency["EUR"].GetProperty("annualNetPay").EnumerateArray())));
        // ITU and OPCW: (184,194 + 88,584) / 2 = 136,389.
        Assert.Equal(("USD", 2, 88584m, 184194m, 136389m, 272778m), Pay(Assert.Single(byCurrency["USD"].GetProperty("annualNetPay").EnumerateArray())));
        // ILO and UNDSS: counted, not averaged.
        Assert.Equal(2, byCurrency["none"].GetProperty("count").GetInt32());
        Assert.Equal(2, byCurrency["none"].GetProperty("postsWithoutPay").GetInt32());
        Assert.Empty(byCurrency["none"].GetProperty("annualNetPay").EnumerateArray());
    }

    [Fact]
    public async Task KeepsOnePayLinePerCurrencyInAGroupOfAllPosts()
    {
        var group = Assert.Single(await GroupsAsync("", GroupSelection));

        Assert.Equal(5, group.GetProperty("count").GetInt32());
        Assert.Equal(2, group.GetProperty("postsWithoutPay").GetInt32());
        Assert.Equal(["EUR", "USD"], group.GetProperty("annualNetPay").EnumerateArray().Select(p => p.GetProperty("currency").GetString()));
        // (7 + 10 + 10 + 5 + 5) / 5 = 7.4.
        var years = group.GetProperty("minYearsExperience");
        Assert.Equal((5, 5, 10, 7.4m), (years.GetProperty("count").GetInt32(), years.GetProperty("min").GetInt32(), years.GetProperty("max").GetInt32(), years.GetProperty("avg").GetDecimal()));
    }

    [Theory]
    // Deadlines: UNDSS 2023 (external listing), ILO and OPCW 2025, ICC and ITU 2026.
    [InlineData("DEADLINE_YEAR", "deadlineYear", "2023:1 2025:2 2026:2")]
    // Countries: Switzerland (ILO, ITU), the Netherlands (ICC, OPCW), the United States (UNDSS).
    [InlineData("COUNTRY", "country { code }", "CH:2 NL:2 US:1")]
    // Grades: P-3 (OPCW, UNDSS), P-4 (ICC), P-5 (ILO, ITU).
    [InlineData("GRADE", "grade { code }", "P-3:2 P-4:1 P-5:2")]
    // Appointment types: FIXED_TERM (ILO, ITU, OPCW), SHORT_TERM (ICC); UNDSS's notice states none.
    [InlineData("APPOINTMENT_TYPE", "appointmentType", "FIXED_TERM:3 SHORT_TERM:1 null:1")]
    [InlineData("GRADE_CATEGORY", "gradeCategory", "PROFESSIONAL:5")]
    public async Task GroupsByEachKey(string groupBy, string keySelection, string expected)
    {
        var groups = await GroupsAsync($"groupBy: [{groupBy}]", $"key {{ {keySelection} }} count");

        var actual = groups.Select(g => $"{KeyText(g.GetProperty("key").EnumerateObject().Single().Value)}:{g.GetProperty("count").GetInt32()}");
        Assert.Equal(expected.Split(' ').Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ComputesStatisticsFromTheIdsTheFilterSelectsWithoutAggregatingInSql()
    {
        // Filters no other test uses, so that the statistics are computed, not taken from the kept results. The
        // first request may read the posts' facts (once per database build).
        await GroupsAsync($"where: {{ title: {{ neq: \"{Guid.NewGuid():N}\" }} }}, groupBy: [ORGANISATION]", GroupSelection);
        app.Commands.Reset();
        var groups = await GroupsAsync(
            $"where: {{ title: {{ neq: \"{Guid.NewGuid():N}\" }} }}, groupBy: [ORGANISATION, GRADE, CURRENCY, DEADLINE_YEAR]", $"key {{ currency deadlineYear }} {GroupSelection}");

        // Through EF Core only the database build the kept results and facts belong to; the ids the
        // filter selects are read from the command EF Core makes, which runs past its interceptors.
        Assert.Equal(1, app.Commands.Count);
        Assert.Contains("SeedInfo", app.Commands.Texts[0]);
        Assert.DoesNotContain("GROUP BY", app.Commands.Texts[0]);
        // Five posts of five organisations: one group each.
        Assert.Equal(5, groups.Count);
        Assert.All(groups, g => Assert.Equal(1, g.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task ResolvesTheRowsOfEachGroupKeyWithoutAQueryPerRelation()
    {
        const string groupBy = "groupBy: [ORGANISATION, GRADE, DUTY_STATION, COUNTRY]";
        const string selection = "key { organisation { acronym } grade { code } dutyStation { city } country { code } } count";
        await GroupsAsync($"where: {{ title: {{ neq: \"{Guid.NewGuid():N}\" }} }}, {groupBy}", selection);
        app.Commands.Reset();
        var groups = await GroupsAsync($"where: {{ title: {{ neq: \"{Guid.NewGuid():N}\" }} }}, {groupBy}", selection);

        // The organisations, grades, duty stations and countries come with the facts of the build: no
        // batch loader asks the database for them (the one command is the build's own).
        Assert.Equal(1, app.Commands.Count);
        // ICC: P-4 (public listing), The Hague. OPCW: P-3, The Hague (public listing). UNDSS: P-3 and
        // New York (public listing). ILO and ITU: P-5, Geneva.
        string Text(JsonElement key) =>
            $"{key.GetProperty("organisation").GetProperty("acronym").GetString()} {key.GetProperty("grade").GetProperty("code").GetString()} " +
            $"{key.GetProperty("dutyStation").GetProperty("city").GetString()} {key.GetProperty("country").GetProperty("code").GetString()}";
        Assert.Equal(
            ["ICC P-4 The Hague NL", "ILO P-5 Geneva CH", "ITU P-5 Geneva CH", "OPCW P-3 The Hague NL", "UNDSS P-3 New York US"],
            groups.Select(g => Text(g.GetProperty("key"))).Order(StringComparer.Ordinal));
        Assert.All(groups, g => Assert.Equal(1, g.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task GivesNoGroupWhenTheFilterSelectsNoPost()
    {
        // No post of the five is a P-2: OPCW and UNDSS are P-3, ICC P-4 (from its public listing), ILO and ITU P-5.
        Assert.Empty(await GroupsAsync("""where: { grade: { code: { eq: "P-2" } } }, groupBy: [ORGANISATION]""", GroupSelection));
    }

    [Fact]
    public async Task ShowsThatIloAndItuDifferOnFrench()
    {
        var rows = await CompareAsync(["ilo-rbc-p-intserv-2025-27", "itu-2207"]);

        // ILO: "a working knowledge of French"; ITU: one of the six official languages at advanced
        // level and a second at intermediate level, which is one row of its own, not a French row.
        var french = rows["languages.REQUIRED.fr"];
        Assert.Equal("MISSING", french.GetProperty("difference").GetString());
        Assert.Equal("French (required)", french.GetProperty("label").GetString());
        var ilo = french.GetProperty("values")[0];
        Assert.Equal("WORKING_KNOWLEDGE", ilo.GetProperty("value").GetString());
        Assert.Equal("a working knowledge of French", Assert.Single(ilo.GetProperty("evidence").EnumerateArray()).GetProperty("quote").GetString());
        Assert.Equal(JsonValueKind.Null, french.GetProperty("values")[1].GetProperty("value").ValueKind);
        var anyOf = rows["languages.REQUIRED.anyOf.ar-zh-en-fr-ru-es"];
        Assert.Equal("One of Arabic, Chinese, English, French, Russian, Spanish (required)", anyOf.GetProperty("label").GetString());
        Assert.Equal([null, "one of ar, zh, en, fr, ru, es, ADVANCED; one of ar, zh, en, fr, ru, es, INTERMEDIATE"],
            anyOf.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));

        // Both are P-5 posts in Geneva asking for ten years; only ITU states pay.
        Assert.Equal("SAME", rows["grade"].GetProperty("difference").GetString());
        Assert.False(rows["dutyStation"].GetProperty("differs").GetBoolean());
        Assert.False(rows["minYearsExperience"].GetProperty("differs").GetBoolean());
        Assert.Equal([null, "184194 USD"], rows["annualNetPay"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        // ILO alone states probation ("for the first two years") and asks for the SCP (an asset).
        Assert.Equal(["24 months: A successful external candidate will be on probation for the first two years of assignment. (applies to EXTERNAL_CANDIDATES)", null],
            rows["conditions.PROBATION"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        Assert.Equal(["DESIRABLE", null], rows["certifications.Security Certification Programme (SCP)"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        // Both may be renewed, on different terms: the rule is compared by its words, not as "stated".
        Assert.Equal("DIFFERENT", rows["conditions.RENEWAL"].GetProperty("difference").GetString());
        // ILO's notice: "Publication date: 18 July 2025"; ITU's states none. ITU's vacancy notice no. 2207.
        Assert.Equal(["2025-07-18", null], rows["postedOn"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        Assert.Equal(["RBC/P/INTSERV/2025/27", "2207"], rows["vacancyNumber"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task ComparesUpToTenPostsInTheOrderAsked()
    {
        var rows = await CompareAsync(["undss-pco-2023", "icc-24313", "opcw-sco-2025", "itu-2207", "ilo-rbc-p-intserv-2025-27"]);

        Assert.Equal(["P-3", "P-4", "P-3", "P-5", "P-5"], rows["grade"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        Assert.Equal(["5", "7", "5", "10", "10"], rows["minYearsExperience"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        // The grade of ICC and UNDSS comes from a public listing, so its evidence is an external source.
        Assert.StartsWith("https://", rows["grade"].GetProperty("values")[0].GetProperty("evidence")[0].GetProperty("sourceUrl").GetString());
    }

    [Theory]
    [InlineData(1, "INVALID_ARGUMENT")]
    [InlineData(11, "INVALID_ARGUMENT")]
    public async Task RefusesFewerThanTwoOrMoreThanTenPosts(int count, string code)
    {
        var ids = Enumerable.Range(0, count).Select(i => PostsGraphApp.PostId($"post-{i}")).ToArray();
        var response = await app.QueryResponseAsync("query($ids: [ID!]!) { comparePosts(ids: $ids) { rows { attribute } } }", new { ids });

        Assert.Equal(code, response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("itu-2207", "itu-2207", "INVALID_ARGUMENT")]
    [InlineData("itu-2207", "no-such-post", "NOT_FOUND")]
    public async Task RefusesTheSamePostTwiceOrAnUnknownPost(string first, string second, string code)
    {
        var response = await app.QueryResponseAsync("query($ids: [ID!]!) { comparePosts(ids: $ids) { rows { attribute } } }",
            new { ids = new[] { PostsGraphApp.PostId(first), PostsGraphApp.PostId(second) } });

        Assert.Equal(code, response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<List<JsonElement>> GroupsAsync(string arguments, string selection)
    {
        var data = await app.QueryAsync($"{{ postStatistics{(arguments.Length > 0 ? $"({arguments})" : "")} {{ {selection} }} }}");
        return [.. data.GetProperty("postStatistics").EnumerateArray()];
    }

    private async Task<Dictionary<string, JsonElement>> CompareAsync(string[] keys)
    {
        var data = await app.QueryAsync("""
            query($ids: [ID!]!) { comparePosts(ids: $ids) { rows { attribute label differs difference values { value evidence { quote sourceUrl } } } } }
            """, new { ids = keys.Select(PostsGraphApp.PostId).ToArray() });
        return data.GetProperty("comparePosts").GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("attribute").GetString()!);
    }

    private static (string?, int, decimal, decimal, decimal, decimal) Pay(JsonElement pay) => (
        pay.GetProperty("currency").GetString(), pay.GetProperty("count").GetInt32(), pay.GetProperty("min").GetDecimal(),
        pay.GetProperty("max").GetDecimal(), pay.GetProperty("avg").GetDecimal(), pay.GetProperty("sum").GetDecimal());

    private static string KeyText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Object => value.EnumerateObject().Single().Value.ToString(),
        _ => value.ToString(),
    };
}
