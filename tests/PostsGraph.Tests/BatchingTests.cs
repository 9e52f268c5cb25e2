using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PostsGraph.Tests;

// Request batching: off by default as in HotChocolate 15, and when on a JSON array of requests
// answered as a JSON array or, to a client accepting multipart/mixed, as HotChocolate streams it.
[Collection(ApiCollection.Name)]
public sealed class BatchingTests(PostsGraphApp app)
{
    private const string TwoRequests = """[{"query":"{ posts { totalCount } }"},{"query":"{ posts(first: 1) { nodes { key } } }"}]""";

    [Theory]
    [InlineData(TwoRequests)]
    [InlineData("[]")]
    public async Task RefusesABatchWhenBatchingIsOff(string batch)
    {
        var (response, text) = await PostAsync(app, batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        Assert.Equal("HC0009", error.GetProperty("extensions").GetProperty("code").GetString());
        // A clear message, and nothing of the server's internals.
        Assert.Contains("turned off", error.GetProperty("message").GetString());
        Assert.DoesNotContain("System.", text);
        Assert.DoesNotContain("GraphQLRequest", text);
    }

    [Fact]
    public async Task AnswersABatchAsAJsonArrayInTheRequestsOrder()
    {
        using var on = new PostsGraphApp { Settings = { ["Batching:Enabled"] = "true" } };

        var (response, text) = await PostAsync(on, TwoRequests);
        var results = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, results.GetArrayLength());
        Assert.Equal(5, results[0].GetProperty("data").GetProperty("posts").GetProperty("totalCount").GetInt32());
        // The first of the five seed posts by key.
        Assert.Equal("icc-24313", results[1].GetProperty("data").GetProperty("posts").GetProperty("nodes")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task AnswersEachRequestOfABatchOnItsOwn()
    {
        using var on = new PostsGraphApp { Settings = { ["Batching:Enabled"] = "true" } };

        var (response, text) = await PostAsync(on, """[{"query":"{ posts { totalCount } }"},{"variables":{}},{"query":"{ nothing }"},null]""");
        var results = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, results.GetArrayLength());
        Assert.Equal(5, results[0].GetProperty("data").GetProperty("posts").GetProperty("totalCount").GetInt32());
        Assert.Equal("The request has no query.", results[1].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The request has no query.", results[3].GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task StreamsABatchAsMultipartWithEachResultsRequestIndex()
    {
        using var on = new PostsGraphApp { Settings = { ["Batching:Enabled"] = "true" } };

        var (response, text) = await PostAsync(on, TwoRequests, "multipart/mixed, application/graphql-response+json;q=0.9");

        Assert.Equal("multipart/mixed", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("\"-\"", response.Content.Headers.ContentType?.Parameters.Single(p => p.Name == "boundary").Value);
        Assert.EndsWith("\r\n-----\r\n", text);
        var parts = text[..^"\r\n-----\r\n".Length].Split("\r\n---\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, parts.Length);
        var results = parts.Select(p => JsonDocument.Parse(p[(p.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]).RootElement).ToList();
        Assert.Equal([0, 1], results.Select(r => r.GetProperty("requestIndex").GetInt32()));
        Assert.Equal(5, results[0].GetProperty("data").GetProperty("posts").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task RefusesABatchLargerThanAllowed()
    {
        using var on = new PostsGraphApp { Settings = { ["Batching:Enabled"] = "true", ["Batching:MaxSize"] = "2" } };

        var (tooMany, text) = await PostAsync(on, """[{"query":"{ __typename }"},{"query":"{ __typename }"},{"query":"{ __typename }"}]""");
        var (empty, _) = await PostAsync(on, "[]");

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("BATCH_TOO_LARGE", JsonDocument.Parse(text).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task AnswersAClientThatAcceptsOnlyMultipartWithABatchAndRefusesItASingleRequest()
    {
        using var on = new PostsGraphApp { Settings = { ["Batching:Enabled"] = "true" } };

        var (batch, _) = await PostAsync(on, TwoRequests, "multipart/mixed");
        var (single, _) = await PostAsync(on, """{"query":"{ __typename }"}""", "multipart/mixed");

        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal("multipart/mixed", batch.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotAcceptable, single.StatusCode);
    }

    private static async Task<(HttpResponseMessage Response, string Text)> PostAsync(PostsGraphApp host, string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var client = host.CreateClient();
        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.Clear();
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
