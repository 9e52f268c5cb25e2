using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PostsGraph.Tests;

// Thousands of generated bad requests (broken documents, wrong JSON shapes, random variables, raw
// bytes) must never get a 5xx, and the service must still answer afterwards. The generator is
// seeded, so a failure names a reproducible request.
public sealed class GeneratedInputTests : IDisposable
{
    private static readonly string[] Documents =
    [
        "{ posts(first: 3, where: { grade: { code: { eq: \"P-5\" } } }, order: [{ annualNetPay: { amount: DESC } }]) { totalCount nodes { key title organisation { acronym } } } }",
        "{ postStatistics(groupBy: [CURRENCY, GRADE]) { key { currency grade { code } } count annualNetPay { currency avg } } }",
        "query($ids: [ID!]!) { comparePosts(ids: $ids) { rows(onlyDifferences: true) { attribute values { value } } } }",
        "{ node(id: \"UG9zdDppdHUtMjIwNw==\") { id ... on Post { duties(where: { themes: { some: { eq: TRAINING } } }) { text } } } }",
        "{ exportPosts(format: CSV, where: { minYearsExperience: { gte: 7 } }) }",
    ];

    private static readonly string[] Names =
        ["eq", "neq", "in", "nin", "gt", "lt", "contains", "some", "all", "any", "and", "or", "grade", "code", "key", "annualNetPay", "amount",
         "deadline", "languages", "anyOf", "duties", "themes", "organisation", "acronym", "minYearsExperience", "id", "__typename", "nodes"];

    private const string Noise = "{}[]()\":,$!@#.-0aZ_ \n\\";

    private readonly PostsGraphApp _app = new();
    private readonly Random _random = new(20261123);

    [Fact]
    public async Task NoGeneratedRequestGetsA5xxAndTheServiceStillAnswers()
    {
        var client = _app.CreateClient();
        var requests = Enumerable.Range(0, 1200).Select(_ => Body(MutatedDocument()))
            .Concat(Enumerable.Range(0, 800).Select(_ => RandomJson(3)?.ToJsonString() ?? "null"))
            .Concat(Enumerable.Range(0, 1200).Select(_ => Body(
                "query($where: PostFilterInput, $order: [PostSortInput!], $first: Int, $after: String, $ids: [ID!]!) { posts(where: $where, order: $order, first: $first, after: $after) { totalCount nodes { key } } comparePosts(ids: $ids) { rows { attribute } } }",
                RandomVariables())))
            .Concat(Enumerable.Range(0, 300).Select(_ => RandomText()))
            .ToList();

        var count = 0;
        foreach (var body in requests)
        {
            using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True((int)response.StatusCode < 500, $"request {count}: HTTP {(int)response.StatusCode} for {body}");
            // A client's mistake gets a coded error, never an internal one.
            var answer = await response.Content.ReadAsStringAsync();
            Assert.False(answer.Contains("INTERNAL_ERROR", StringComparison.Ordinal), $"request {count}: {answer} for {body}");
            count++;
        }

        using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(RandomText()));
        Assert.True((int)get.StatusCode < 500);
        var data = await _app.QueryAsync("{ posts { totalCount } }");
        Assert.Equal(5, data.GetProperty("posts").GetProperty("totalCount").GetInt32());
    }

    public void Dispose() => _app.Dispose();

    private static string Body(string query, JsonNode? variables = null) =>
        new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString();

    // A valid document with a few characters deleted, repeated or replaced.
    private string MutatedDocument()
    {
        var text = new StringBuilder(Documents[_random.Next(Documents.Length)]);
        for (var edits = _random.Next(1, 4); edits > 0 && text.Length > 1; edits--)
        {
            var at = _random.Next(text.Length);
            switch (_random.Next(3))
            {
                case 0: text.Remove(at, 1); break;
                case 1: text.Insert(at, text[_random.Next(text.Length)]); break;
                default: text[at] = Noise[_random.Next(Noise.Length)]; break;
            }
        }

        return text.ToString();
    }

    private JsonNode RandomVariables()
    {
        var variables = new JsonObject();
        foreach (var name in new[] { "where", "order", "first", "after", "ids" })
        {
            if (_random.Next(3) > 0)
            {
                variables[name] = RandomJson(3);
            }
        }

        return variables;
    }

    private JsonNode? RandomJson(int depth) => _random.Next(depth <= 0 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(-5, 100)),
        2 => JsonValue.Create(_random.NextDouble() * 1e6),
        3 => JsonValue.Create(_random.Next(2) == 0),
        4 => JsonValue.Create(Names[_random.Next(Names.Length)]),
        5 => JsonValue.Create(RandomText()),
        6 or 7 => new JsonObject(Enumerable.Range(0, _random.Next(4)).Select(i => KeyValuePair.Create(Names[_random.Next(Names.Length)], RandomJson(depth - 1)))
            .DistinctBy(p => p.Key)),
        _ => new JsonArray([.. Enumerable.Range(0, _random.Next(4)).Select(_ => RandomJson(depth - 1))]),
    };

    private string RandomText()
    {
        var bytes = new byte[_random.Next(0, 60)];
        _random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
