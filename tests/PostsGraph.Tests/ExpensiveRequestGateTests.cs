using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.GraphQL.Limits;

namespace PostsGraph.Tests;

// Expensive requests wait for a slot, within their timeout; cheap ones never wait.
public sealed class ExpensiveRequestGateTests
{
    // posts 10 + nodes x 10 (the default page) x organisation 10 = 110: expensive from 100.
    private const string Expensive = "{ posts { nodes { organisation { acronym } } } }";
    private const string Cheap = "{ posts { totalCount } }"; // 10

    [Fact]
    public async Task MakesExpensiveRequestsWaitForASlotAndNeverCheapOnes()
    {
        using var app = new PostsGraphApp
        {
            Settings = { ["Limits:MaxConcurrentExpensive"] = "1", ["Limits:ExpensiveFieldCost"] = "100", ["Limits:ExecutionTimeout"] = "00:00:01" },
        };
        var client = app.CreateClient();
        var gate = app.Services.GetRequiredService<ExpensiveRequestGate>();

        HttpStatusCode expensiveWhileFull, cheapWhileFull, exportWhileFull;
        string? expensiveCode;
        using (await gate.EnterAsync(CancellationToken.None))
        {
            using var expensive = await PostAsync(client, Expensive);
            expensiveWhileFull = expensive.StatusCode;
            expensiveCode = await CodeAsync(expensive);
            using var cheap = await PostAsync(client, Cheap);
            cheapWhileFull = cheap.StatusCode;
            using var export = await client.GetAsync("/export/posts.csv");
            exportWhileFull = export.StatusCode;
            Assert.Equal("5", export.Headers.RetryAfter?.ToString());
        }

        using var afterwards = await PostAsync(client, Expensive);

        Assert.Equal(HttpStatusCode.OK, expensiveWhileFull);
        Assert.Equal("HC0045", expensiveCode);
        Assert.Equal(HttpStatusCode.OK, cheapWhileFull);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exportWhileFull);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Null(await CodeAsync(afterwards));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query) =>
        client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;
    }
}
