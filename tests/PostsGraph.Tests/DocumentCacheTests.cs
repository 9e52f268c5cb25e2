using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace PostsGraph.Tests;

// A document asked again is taken from the cache: the static validation rules do not run again,
// but its variables are still checked and its cost still counted against them.
public sealed class DocumentCacheTests
{
    private const string ByGrade = "query ($grade: String!) { posts(where: { grade: { code: { eq: $grade } } }, order: [{ key: ASC }]) { nodes { key } } }";

    [Fact]
    public async Task RunsTheStaticRulesTwiceForADocumentAskedFourTimes()
    {
        var rule = new CountingRule();
        using var app = new PostsGraphApp { ExtraServices = services => services.AddGraphQL(graphql => graphql.AddValidationRule(rule)) };

        for (var i = 0; i < 4; i++)
        {
            await app.QueryAsync(ByGrade, new { grade = "P-5" });
        }

        // Validated the first time and the second, when it is kept; taken from the cache after that.
        Assert.Equal(2, rule.Runs);
    }

    [Fact]
    public async Task KeepsNoDocumentAskedOnlyOnce()
    {
        using var app = new PostsGraphApp();
        var cache = app.Services.GetServices<IConfigureExecution>().OfType<PostsGraph.GraphQL.DocumentCache>().Single();
        static string ByKey(string key) => $$"""{ posts(where: { key: { eq: "{{key}}" } }) { nodes { grade { code } } } }""";

        // The value written into the text, as clients of node lookups do: every document is new. From
        // the notices: the ITU post is P-5, OPCW's ("Security Coordination Officer (P-3)") P-3.
        var itu = await app.QueryAsync(ByKey("itu-2207"));
        var opcw = await app.QueryAsync(ByKey("opcw-sco-2025"));
        Assert.Equal("P-5", itu.GetProperty("posts").GetProperty("nodes")[0].GetProperty("grade").GetProperty("code").GetString());
        Assert.Equal("P-3", opcw.GetProperty("posts").GetProperty("nodes")[0].GetProperty("grade").GetProperty("code").GetString());
        Assert.Equal(0, cache.Count);

        await app.QueryAsync(ByKey("opcw-sco-2025"));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task StillChecksTheVariablesOfACachedDocument()
    {
        using var app = new PostsGraphApp();

        // From the notices: ILO's and ITU's posts are P-5; OPCW's ("Security Coordination Officer (P-3)") and UNDSS's are P-3.
        var p5 = await app.QueryAsync(ByGrade, new { grade = "P-5" });
        var missing = await PostAsync(app, ByGrade, new { });
        var wrongType = await PostAsync(app, ByGrade, new { grade = 5 });
        var p3 = await app.QueryAsync(ByGrade, new { grade = "P-3" });

        Assert.Equal(["ilo-rbc-p-intserv-2025-27", "itu-2207"], Keys(p5));
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("grade", missing.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Equal(["opcw-sco-2025", "undss-pco-2023"], Keys(p3));
    }

    [Fact]
    public async Task StillCountsTheCostOfACachedDocumentWithItsVariables()
    {
        // posts 10 + nodes 1 + n pages x organisation 10: 31 with first 2, 41 with first 3.
        const string query = "query ($n: Int!) { posts(first: $n) { nodes { key organisation { acronym } } } }";
        using var app = new PostsGraphApp { Settings = { ["Limits:MaxFieldCost"] = "31" } };

        var two = await PostAsync(app, query, new { n = 2 });
        var three = await PostAsync(app, query, new { n = 3 });

        Assert.Equal(HttpStatusCode.OK, two.Status);
        Assert.Equal(HttpStatusCode.BadRequest, three.Status);
        Assert.Equal("HC0047", three.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ReportsTheCostOfEachOperationOfACachedDocumentWithoutVariables()
    {
        // posts 10 + nodes 1 + n pages x organisation 10: 31 with first 2, 41 with first 3.
        const string query = """
            query Two { posts(first: 2) { nodes { key organisation { acronym } } } }
            query Three { posts(first: 3) { nodes { key organisation { acronym } } } }
            """;
        using var app = new PostsGraphApp();

        var costs = new List<long>();
        foreach (var operation in new[] { "Two", "Two", "Three", "Two", "Three" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, operationName = operation }) };
            request.Headers.Add("GraphQL-Cost", "report");
            using var response = await app.CreateClient().SendAsync(request);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            costs.Add(body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetInt64());
        }

        Assert.Equal([31, 31, 41, 31, 41], costs);
    }

    private static string[] Keys(JsonElement data) =>
        data.GetProperty("posts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToArray();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(PostsGraphApp app, string query, object variables)
    {
        using var response = await app.CreateClient().PostAsJsonAsync("/graphql", new { query, variables });
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    // A static rule that only counts how often a document is validated with it.
    private sealed class CountingRule : IValidationRule
    {
        private int _runs;

        public int Runs => _runs;

        public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Interlocked.Increment(ref _runs);
            return default;
        }

        public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

        public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
    }
}
