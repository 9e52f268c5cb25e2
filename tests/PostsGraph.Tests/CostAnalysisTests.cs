using System.Net;
using System.Text;
using System.Text.Json;

namespace PostsGraph.Tests;

// HotChocolate's cost analysis as a client sees it: @cost and @listSize in the schema, the
// GraphQL-Cost header's report and validate, fieldCost and typeCost, and both limits. The expected
// figures follow HotChocolate's rules: a resolved object or list 10 (@cost), one in memory 1,
// totalCount 10, where and order 10, each filter or sort operation 10 (string searches 20), lists
// multiplied by their size; the type cost counts 1 for each object, the root included.
[Collection(ApiCollection.Name)]
public sealed class CostAnalysisTests(PostsGraphApp app)
{
    // posts 10 + totalCount 10 + nodes (1 + 2 × organisation 10) = 41;
    // Query 1 + PostsConnection 1 + 2 × (Post 1 + Organisation 1) = 6.
    private const string TwoPosts = "{ posts(first: 2) { totalCount nodes { title organisation { acronym } } } }";

    [Fact]
    public async Task ReportsTheFieldAndTypeCostWithTheResult()
    {
        var (status, body) = await PostAsync(app, TwoPosts, "report");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("data").GetProperty("posts").GetProperty("nodes").GetArrayLength());
        Assert.Equal(41, Cost(body, "fieldCost"));
        Assert.Equal(6, Cost(body, "typeCost"));
    }

    [Fact]
    public async Task ValidatesTheCostWithoutRunningAnything()
    {
        app.Commands.Reset();

        var (status, body) = await PostAsync(app, TwoPosts, "validate");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.False(body.TryGetProperty("errors", out _));
        Assert.Equal(41, Cost(body, "fieldCost"));
        Assert.Equal(6, Cost(body, "typeCost"));
        Assert.Equal(0, app.Commands.Count);
    }

    [Fact]
    public async Task ValidatesACostOverTheLimitsWithoutRefusingIt()
    {
        // 130 aliased filtered counts: 130 × (posts 10 + where 10 + eq 10 + totalCount 10) = 5,200,
        // over the 5,000 allowed (and within the document's limits on fields and aliases).
        var query = "{ " + string.Concat(Enumerable.Range(0, 130).Select(i => $$"""p{{i}}: posts(where: { key: { eq: "k{{i}}" } }) { totalCount } """)) + "}";

        var (validated, body) = await PostAsync(app, query, "validate");
        var (refused, _) = await PostAsync(app, query, null);

        Assert.Equal(HttpStatusCode.OK, validated);
        Assert.Equal(5_200, Cost(body, "fieldCost"));
        Assert.Equal(131, Cost(body, "typeCost"));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
    }

    [Fact]
    public async Task CountsEachFilterAndSortOperation()
    {
        // posts 10 + where 10 + eq 10 + contains 20 + totalCount 10 = 60.
        var (_, filtered) = await PostAsync(app, """{ posts(where: { grade: { code: { eq: "P-5" } }, title: { contains: "Head" } }) { totalCount } }""", "report");
        // The same filter in a variable counts the same.
        var (_, variable) = await PostAsync(app, "query($w: PostFilterInput) { posts(where: $w) { totalCount } }", "report",
            new { w = new { grade = new { code = new { eq = "P-5" } }, title = new { contains = "Head" } } });
        // posts 10 + order 10 + key 10 + grade.code 10 + totalCount 10 = 50.
        var (_, ordered) = await PostAsync(app, "{ posts(order: [{ key: ASC }, { grade: { code: DESC } }]) { totalCount } }", "report");

        Assert.Equal(60, Cost(filtered, "fieldCost"));
        Assert.Equal(60, Cost(variable, "fieldCost"));
        Assert.Equal(50, Cost(ordered, "fieldCost"));
    }

    [Fact]
    public async Task CountsASearchAsAStringSearch()
    {
        // posts 10 + search 20 + totalCount 10 = 40.
        var (_, searched) = await PostAsync(app, """{ posts(search: "close protection") { totalCount } }""", "report");

        Assert.Equal(40, Cost(searched, "fieldCost"));
    }

    [Fact]
    public async Task RefusesATypeCostOverTheLimit()
    {
        using var strict = new PostsGraphApp { Settings = { ["Limits:MaxTypeCost"] = "5" } };

        var (status, body) = await PostAsync(strict, TwoPosts, null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("The maximum allowed type cost was exceeded.", error.GetProperty("message").GetString());
        Assert.Equal("HC0047", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(6, error.GetProperty("extensions").GetProperty("typeCost").GetInt64());
        Assert.Equal(5, error.GetProperty("extensions").GetProperty("maxTypeCost").GetInt64());
    }

    [Fact]
    public async Task DeclaresTheWeightsInTheSchema()
    {
        var schema = await File.ReadAllTextAsync(RepoPaths.Schema);
        var directives = (await app.QueryAsync("{ __schema { directives { name args { name } } } }")).GetProperty("__schema").GetProperty("directives").EnumerateArray()
            .ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToArray());

        // HotChocolate's connection sizing: at most MaxPageSize (50), 10 without first or last.
        Assert.Contains("""@listSize(assumedSize: 50, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)""", schema);
        Assert.Contains("""totalCount: Int! @cost(weight: "10")""", schema);
        Assert.Contains("""contains: String @cost(weight: "20")""", schema);
        Assert.Equal(["weight"], directives["cost"]);
        Assert.Equal(["assumedSize", "slicingArguments", "slicingArgumentDefaultValue", "sizedFields", "requireOneSlicingArgument"], directives["listSize"]);
    }

    [Fact]
    public async Task CountsAVariablesDefaultAsTheValueItStandsFor()
    {
        // A variable left out takes its default: posts 10 + where 10 + contains 20 + totalCount 10 = 50;
        // a default page of 50: posts 10 + nodes (1 + 50 × organisation 10) = 511.
        var (_, filtered) = await PostAsync(app, """query($w: PostFilterInput = { title: { contains: "Head" } }) { posts(where: $w) { totalCount } }""", "report");
        var (_, paged) = await PostAsync(app, "query($n: Int = 50) { posts(first: $n) { nodes { organisation { acronym } } } }", "report");

        Assert.Equal(50, Cost(filtered, "fieldCost"));
        Assert.Equal(511, Cost(paged, "fieldCost"));
    }

    private static long Cost(JsonElement body, string name) => body.GetProperty("extensions").GetProperty("operationCost").GetProperty(name).GetInt64();

    private static async Task<(HttpStatusCode, JsonElement)> PostAsync(PostsGraphApp host, string query, string? costHeader, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (costHeader is not null)
        {
            request.Headers.Add("GraphQL-Cost", costHeader);
        }

        using var response = await host.CreateClient().SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
