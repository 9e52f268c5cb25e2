using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PostsGraph.Tests;

// GraphQL over HTTP rules, limits and operations, each on a host configured for the test.
public sealed class ServingTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task RefusesAMutationSentWithGet()
    {
        using var app = new PostsGraphApp();
        using var response = await app.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { reload }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal("INVALID_REQUEST", await CodeAsync(response));
    }

    [Fact]
    public async Task AnswersNotAcceptableWhenNoJsonMediaTypeIsAccepted()
    {
        using var app = new PostsGraphApp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("""{"query":"{ posts { totalCount } }"}""") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query":"{ posts { totalCount } }","variables":[1,2]}""")]
    [InlineData("""{"query":5}""")]
    [InlineData("""{"query":"{ posts { totalCount } }","variables":"not an object"}""")]
    public async Task RefusesABodyThatIsNotAGraphQLRequestWith400(string body)
    {
        using var app = new PostsGraphApp();
        using var response = await app.CreateClient().PostAsync("/graphql", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", await CodeAsync(response));
    }

    [Fact]
    public async Task AcceptsABodyUpToTheLimitAndRefusesOneByteMore()
    {
        using var app = new PostsGraphApp { Settings = { ["Limits:MaxRequestBytes"] = "1000" } };
        var client = app.CreateClient();
        var atLimit = Padded(1000);

        using var accepted = await client.PostAsync("/graphql", Json(atLimit));
        using var refused = await client.PostAsync("/graphql", Json(Padded(1001)));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("HC0010", await CodeAsync(refused));
    }

    [Fact]
    public async Task AllowsTheMaximumDepthAndRefusesOneLevelMore()
    {
        using var app = new PostsGraphApp { Settings = { ["Limits:MaxDepth"] = "4" } };
        var client = app.CreateClient();

        // posts > nodes > grade > code is 4 levels; posts > nodes > organisation > headquarters > city is 5.
        using var allowed = await PostAsync(client, "{ posts { nodes { grade { code } } } }");
        using var refused = await PostAsync(client, "{ posts { nodes { organisation { headquarters { city } } } } }");
        using var throughFragment = await PostAsync(client, "{ posts { nodes { ...deep } } } fragment deep on Post { organisation { headquarters { city } } }");
        using var introspection = await PostAsync(client, "{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = (await BodyAsync(refused)).GetProperty("errors")[0];
        Assert.Equal("MAX_EXECUTION_DEPTH", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(4, error.GetProperty("extensions").GetProperty("allowedExecutionDepth").GetInt32());
        Assert.Equal(5, error.GetProperty("extensions").GetProperty("detectedExecutionDepth").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, throughFragment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, introspection.StatusCode);
    }

    // posts 10 + nodes 1 (in memory) + 2 pages x organisation 10 (loaded) = 31.
    private const string CostOf31 = "{ posts(first: 2) { nodes { key organisation { acronym } } } }";

    [Fact]
    public async Task ReportsTheFieldCostWhenAsked()
    {
        using var app = new PostsGraphApp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(JsonSerializer.Serialize(new { query = CostOf31 })) };
        request.Headers.Add("GraphQL-Cost", "report");

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(31, (await BodyAsync(response)).GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetInt32());
    }

    [Theory]
    [InlineData(31, HttpStatusCode.OK)]
    [InlineData(30, HttpStatusCode.BadRequest)]
    public async Task AllowsTheMaximumFieldCostAndRefusesMore(int maxFieldCost, HttpStatusCode expected)
    {
        using var app = new PostsGraphApp { Settings = { ["Limits:MaxFieldCost"] = maxFieldCost.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        var client = app.CreateClient();

        using var response = await PostAsync(client, CostOf31);
        using var introspection = await PostAsync(client, "{ __schema { types { name fields { name } } } }");

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            var extensions = (await BodyAsync(response)).GetProperty("errors")[0].GetProperty("extensions");
            Assert.Equal("HC0047", extensions.GetProperty("code").GetString());
            Assert.Equal(31, extensions.GetProperty("fieldCost").GetInt32());
            Assert.Equal(30, extensions.GetProperty("maxFieldCost").GetInt32());
        }

        // Introspection costs 1 per object or list field (3 here), as in HotChocolate: tools keep working.
        Assert.Equal(HttpStatusCode.OK, introspection.StatusCode);
    }

    [Fact]
    public async Task StopsARequestThatRunsPastTheTimeout()
    {
        // Every query takes 5 s against a 200 ms timeout.
        using var app = new PostsGraphApp { Settings = { ["Limits:ExecutionTimeout"] = "00:00:00.200" }, Interceptors = { new SlowDatabase() } };

        using var response = await PostAsync(app.CreateClient(), "{ posts { nodes { key } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("HC0045", await CodeAsync(response));
    }

    [Fact]
    public async Task LetsStatisticsWaitForAFreeSlotWhileOtherRequestsAreAnswered()
    {
        using var app = new PostsGraphApp { Settings = { ["Limits:MaxConcurrentStatistics"] = "1" } };
        var client = app.CreateClient();
        var gate = app.Services.GetRequiredService<PostsGraph.GraphQL.Statistics.StatisticsGate>();
        const string byGrade = "{ postStatistics(groupBy: [GRADE]) { key { grade { code } } count } }";
        static string[] Groups(JsonElement data) => [.. data.GetProperty("postStatistics").EnumerateArray()
            .Select(g => $"{g.GetProperty("key").GetProperty("grade").GetProperty("code").GetString()}:{g.GetProperty("count").GetInt32()}")
            .Order(StringComparer.Ordinal)];
        await app.QueryAsync("{ postStatistics(groupBy: [ORGANISATION]) { count } }"); // the facts are read once per build

        Task<JsonElement> waiting;
        using (await gate.EnterAsync(CancellationToken.None))
        {
            // The one slot is taken: statistics wait for it, other requests are answered meanwhile.
            waiting = app.QueryAsync(byGrade);
            Assert.Equal(5, (await app.QueryAsync("{ posts { totalCount } }")).GetProperty("posts").GetProperty("totalCount").GetInt32());
            await Task.Delay(500);
            Assert.False(waiting.IsCompleted);
        }

        // Each request gives its slot back: P-3 (OPCW, UNDSS), P-4 (ICC, public listing), P-5 (ILO, ITU).
        Assert.Equal(["P-3:2", "P-4:1", "P-5:2"], Groups(await waiting));
        Assert.Equal(["P-3:2", "P-4:1", "P-5:2"], Groups(await app.QueryAsync(byGrade)));

        // A document that asks for statistics twice takes one slot, not two: the five posts in one group.
        var twice = await app.QueryAsync("{ postStatistics(groupBy: [GRADE]) { count } all: postStatistics { count } }");
        Assert.Equal(5, twice.GetProperty("all")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task StopsStatisticsThatWaitPastTheTimeout()
    {
        using var app = new PostsGraphApp { Settings = { ["Limits:MaxConcurrentStatistics"] = "1", ["Limits:ExecutionTimeout"] = "00:00:00.300" } };
        var gate = app.Services.GetRequiredService<PostsGraph.GraphQL.Statistics.StatisticsGate>();

        using (await gate.EnterAsync(CancellationToken.None))
        {
            using var response = await PostAsync(app.CreateClient(), "{ postStatistics { count } }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("HC0045", await CodeAsync(response));
        }
    }

    [Fact]
    public async Task TurnsAnUnexpectedFailureIntoAGraphQLErrorWithARequestIdAndKeepsServing()
    {
        var failing = new FailingDatabase();
        using var app = new PostsGraphApp { Interceptors = { failing } };
        var client = app.CreateClient();
        await PostAsync(client, "{ posts { totalCount } }");

        failing.Fail = true;
        using var failed = await PostAsync(client, "{ posts { nodes { key } } }");
        failing.Fail = false;
        using var recovered = await PostAsync(client, "{ posts { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var text = await failed.Content.ReadAsStringAsync();
        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("requestId").GetString()));
        Assert.DoesNotContain(FailingDatabase.Message, text);
        Assert.DoesNotContain(" at ", text);
        Assert.Equal(5, (await BodyAsync(recovered)).GetProperty("data").GetProperty("posts").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    [Trait("Database", "SqliteOnly")]
    public async Task ReportsHealthAndReadiness()
    {
        using var app = new PostsGraphApp();
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(app.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Theory]
    [InlineData("Cors:AllowedOrigins:0", "https://dashboard.example")] // the indexed form
    [InlineData("Cors:AllowedOrigins", "https://dashboard.example")] // one origin, as most people write it
    [InlineData("Cors:AllowedOrigins", "https://other.example, https://dashboard.example/")] // a list, a trailing slash
    public async Task AllowsTheConfiguredBrowserOriginsOnly(string key, string value)
    {
        using var app = new PostsGraphApp { Settings = { [key] = value } };
        var client = app.CreateClient();

        using var allowed = await PreflightAsync(client, "https://dashboard.example");
        using var other = await PreflightAsync(client, "https://elsewhere.example");

        Assert.Equal("https://dashboard.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task CompressesResponsesForClientsThatAcceptIt()
    {
        using var app = new PostsGraphApp();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/posts.csv");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await client.SendAsync(request);
    }

    // A request body of exactly `bytes` bytes: a valid query padded with spaces.
    private static string Padded(int bytes)
    {
        const string start = """{"query":"{ posts { totalCount } }""";
        const string end = "\"}";
        return start + new string(' ', bytes - start.Length - end.Length) + end;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query) =>
        client.PostAsync("/graphql", Json(JsonSerializer.Serialize(new { query })));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await BodyAsync(response)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private sealed class SlowDatabase : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            return result;
        }
    }

    private sealed class FailingDatabase : DbCommandInterceptor
    {
        public const string Message = "simulated database failure";

        public bool Fail { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Fail ? throw new InvalidOperationException(Message) : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
