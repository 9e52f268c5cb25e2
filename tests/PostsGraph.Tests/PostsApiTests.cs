using System.Text.Json;

namespace PostsGraph.Tests;

// Expected values come from reading the five notices (and, where marked external, the public
// listings named in the notices' README).
[Collection(ApiCollection.Name)]
public sealed class PostsApiTests(PostsGraphApp app)
{
    [Fact]
    public async Task ServesTheFivePostsWithOrganisationGradeDutyStationAndDeadline()
    {
        var data = await app.QueryAsync("""
            { posts { nodes { key title organisation { acronym } grade { code } dutyStation { city countryCode } postedOn deadline } } }
            """);

        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray()
            .Select(p => (
                Key: p.GetProperty("key").GetString(),
                Org: p.GetProperty("organisation").GetProperty("acronym").GetString(),
                Grade: p.GetProperty("grade").ValueKind == JsonValueKind.Null ? null : p.GetProperty("grade").GetProperty("code").GetString(),
                City: p.GetProperty("dutyStation").GetProperty("city").GetString(),
                Deadline: p.GetProperty("deadline").GetString()))
            .ToList();

        Assert.Equal(
            [
                ("icc-24313", "ICC", "P-4", "The Hague", "2026-02-13"),
                ("ilo-rbc-p-intserv-2025-27", "ILO", "P-5", "Geneva", "2025-08-18"),
                ("itu-2207", "ITU", "P-5", "Geneva", "2026-01-26"),
                ("opcw-sco-2025", "OPCW", "P-3", "The Hague", "2025-08-03"),
                ("undss-pco-2023", "UNDSS", "P-3", "New York", "2023-12-09"),
            ],
            posts);
    }

    [Fact]
    public async Task GradesTheNoticeDoesNotStateAreMarkedAsExternalFacts()
    {
        var data = await app.QueryAsync("""
            { posts { nodes { key evidence(field: "grade") { kind quote sourceUrl note } } } }
            """);

        var kinds = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToDictionary(
            p => p.GetProperty("key").GetString()!,
            p => p.GetProperty("evidence").EnumerateArray().Single().GetProperty("kind").GetString());
        // ICC's and UNDSS's notices print no grade; OPCW, ILO and ITU print P3, P5 and P5.
        Assert.Equal("EXTERNAL_SOURCE", kinds["icc-24313"]);
        Assert.Equal("EXTERNAL_SOURCE", kinds["undss-pco-2023"]);
        Assert.Equal("NOTICE_QUOTE", kinds["opcw-sco-2025"]);
        Assert.Equal("NOTICE_QUOTE", kinds["ilo-rbc-p-intserv-2025-27"]);
        Assert.Equal("NOTICE_QUOTE", kinds["itu-2207"]);
    }

    [Theory]
    // ITU: "Annual salary from $ 101,540 + post adjustment $ 82,654" -> 184,194 a year, rate 82,654 / 101,540.
    [InlineData("itu-2207", 184194, "USD", "SUM_OF_COMPONENTS", "FROM")]
    // OPCW: "Total Estimated monthly remuneration ...: USD 7,382" -> x 12.
    [InlineData("opcw-sco-2025", 88584, "USD", "ANNUALISED", "ESTIMATE")]
    // ICC: "Minimum Net Annual Salary: €109,036.00".
    [InlineData("icc-24313", 109036, "EUR", "STATED", "MINIMUM")]
    public async Task DerivesAnnualNetPayFromTheStatedFigures(string key, decimal amount, string currency, string basis, string qualifier)
    {
        var pay = (await PostAsync(key, "annualNetPay { amount currency basis qualifier } noPayReason")).GetProperty("annualNetPay");

        Assert.Equal(amount, pay.GetProperty("amount").GetDecimal());
        Assert.Equal(currency, pay.GetProperty("currency").GetString());
        Assert.Equal(basis, pay.GetProperty("basis").GetString());
        Assert.Equal(qualifier, pay.GetProperty("qualifier").GetString());
    }

    [Fact]
    public async Task DerivesThePostAdjustmentRateOnlyWhereBaseAndAdjustmentAreBothStated()
    {
        var data = await app.QueryAsync("{ posts { nodes { key postAdjustmentRate } } }");
        var rates = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToDictionary(
            p => p.GetProperty("key").GetString()!,
            p => p.GetProperty("postAdjustmentRate") is { ValueKind: JsonValueKind.Number } rate ? rate.GetDecimal() : (decimal?)null);

        Assert.Equal(0.8140m, rates["itu-2207"]);
        Assert.Equal(4, rates.Count(r => r.Value is null));
    }

    [Theory]
    [InlineData("ilo-rbc-p-intserv-2025-27")]
    [InlineData("undss-pco-2023")]
    public async Task GivesNoPayFigureButAReasonWhereTheNoticeStatesNone(string key)
    {
        var post = await PostAsync(key, "annualNetPay { amount } noPayReason salaryComponents { amount }");

        Assert.Equal(JsonValueKind.Null, post.GetProperty("annualNetPay").ValueKind);
        Assert.Equal("The notice states no pay figure.", post.GetProperty("noPayReason").GetString());
        Assert.Empty(post.GetProperty("salaryComponents").EnumerateArray());
    }

    [Fact]
    public async Task FindsAPostByItsGlobalIdInHotChocolateFormat()
    {
        // Base64 of "Post:itu-2207".
        var data = await app.QueryAsync("""{ post(id: "UG9zdDppdHUtMjIwNw==") { id vacancyNumber positionNumber } }""");

        var post = data.GetProperty("post");
        Assert.Equal("UG9zdDppdHUtMjIwNw==", post.GetProperty("id").GetString());
        Assert.Equal("2207", post.GetProperty("vacancyNumber").GetString());
        Assert.Equal("IS06/P5/407", post.GetProperty("positionNumber").GetString());
    }

    [Fact]
    public async Task ListsTheFullGradeCatalogueInLadderOrder()
    {
        var data = await app.QueryAsync("""
            {
              grades { code system }
              eu: grades(where: { system: { eq: EU_STAFF_REGULATIONS } }) { code }
              nato: grades(where: { system: { eq: NATO } }, order: [{ level: ASC }]) { code category }
            }
            """);
        var grades = data.GetProperty("grades").EnumerateArray().Select(g => (Code: g.GetProperty("code").GetString(), System: g.GetProperty("system").GetString())).ToList();

        // The common system first, ladder by ladder; then the other systems in their declared order.
        Assert.Equal(
            ["G-1", "G-2", "G-3", "G-4", "G-5", "G-6", "G-7", "NO-A", "NO-B", "NO-C", "NO-D", "NO-E",
             "FS-1", "FS-2", "FS-3", "FS-4", "FS-5", "FS-6", "FS-7", "P-1", "P-2", "P-3", "P-4", "P-5",
             "D-1", "D-2", "ASG", "USG"],
            grades.Take(28).Select(g => g.Code));
        Assert.Equal(["UN_COMMON_SYSTEM", "EU_STAFF_REGULATIONS", "COORDINATED_ORGANISATIONS", "NATO", "WORLD_BANK_GROUP", "OSCE_SECONDED"],
            grades.Select(g => g.System).Distinct());
        // EU: contract agents FG I-IV, AST/SC 1-6, AST 1-11, AD 5-16.
        var eu = data.GetProperty("eu").EnumerateArray().Select(g => g.GetProperty("code").GetString()).ToList();
        Assert.Equal(4 + 6 + 11 + 12, eu.Count);
        Assert.Equal(["FGI", "FGII", "FGIII", "FGIV", "AST-SC1"], eu.Take(5));
        Assert.Equal("AD16", eu[^1]);
        // NATO's one spine G1..G24; G15 is a category A grade (nato.int's list of A grades: 11, 15, 17, 20, 22, 23, 24).
        var nato = data.GetProperty("nato").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 24).Select(n => $"G{n}"), nato.Select(g => g.GetProperty("code").GetString()));
        Assert.Equal("CATEGORY_A", nato[14].GetProperty("category").GetString());
    }

    [Fact]
    public async Task BuildsTheUnitChainOfEachPostAsATree()
    {
        var post = await PostAsync("icc-24313", "unit { name acronym kind path { name kind } }");
        var path = post.GetProperty("unit").GetProperty("path").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList();

        // "Organizational Unit: Security and Safety Section/Division of Management Services/Registry"
        Assert.Equal(["Registry", "Division of Management Services", "Security and Safety Section"], path);
        Assert.Equal("SSS", post.GetProperty("unit").GetProperty("acronym").GetString());
    }

    [Fact]
    public async Task LoadsNestedObjectsInOneQueryPerRelationWhateverTheNumberOfPosts()
    {
        app.Commands.Reset();
        await app.QueryAsync("""
            { posts { nodes { title organisation { acronym headquarters { city } } grade { code } dutyStation { city country { name } }
                      salaryComponents { amount currency { code } } evidence { field } } } }
            """);

        // posts, joined with the organisation, grade and duty station they select; then salary and
        // evidence for all posts at once; then headquarters, countries and currencies (the joined duty
        // stations hold only the columns their own selection reads, so the loader does not reuse them).
        // One query per post per relation would be 1 + 5 x 7 = 36.
        Assert.Equal(6, app.Commands.Count);
    }

    private async Task<JsonElement> PostAsync(string key, string selection)
    {
        var id = PostsGraphApp.PostId(key);
        var data = await app.QueryAsync($$"""query($id: ID!) { post(id: $id) { {{selection}} } }""", new { id });
        return data.GetProperty("post");
    }
}
