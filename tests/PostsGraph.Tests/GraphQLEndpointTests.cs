using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PostsGraph.Tests;

[Collection(ApiCollection.Name)]
public sealed class GraphQLEndpointTests(PostsGraphApp app)
{
    [Fact]
    public async Task AnswersAQuerySentWithGet()
    {
        var response = await app.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("{ posts { nodes { key } } }"));
        var json = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(5, json.GetProperty("data").GetProperty("posts").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task GivesTheSchemaFileForSdlAsHotChocolateDoes()
    {
        var response = await app.CreateClient().GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("schema.graphql", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(await File.ReadAllTextAsync(RepoPaths.Schema), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RejectsMalformedJsonWithA400AndAGraphQLError()
    {
        var response = await PostRawAsync("{\"query\": ", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The request body is not a valid GraphQL request", Message(await ReadAsync(response)));
    }

    [Fact]
    public async Task RejectsARequestWithoutQuery()
    {
        var response = await PostRawAsync("{\"variables\": {}}", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request has no query.", Message(await ReadAsync(response)));
    }

    [Fact]
    public async Task RejectsAPostThatIsNotJson()
    {
        var response = await PostRawAsync("{ posts { key } }", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task AnswersAValidationErrorWith400InGraphQLResponseJsonAnd200InLegacyJson()
    {
        var modern = await PostRawAsync("{\"query\": \"{ posts { nodes { salary } } }\"}", "application/json");
        var legacy = await PostRawAsync("{\"query\": \"{ posts { nodes { salary } } }\"}", "application/json", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("application/json", legacy.Content.Headers.ContentType!.MediaType);
        Assert.Contains("salary", Message(await ReadAsync(legacy)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    public async Task AnswersAClientThatNamesNoTypeAsALegacyClient(string? accept)
    {
        // GraphQL over HTTP: without an Accept header, or with */*, the response is application/json, so
        // a plain fetch, curl or requests call gets a 200 with the validation error.
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.Clear();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\": \"{ posts { nodes { salary } } }\"}", Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("salary", Message(await ReadAsync(response)));
    }

    [Fact]
    public async Task RejectsAnIdOfAnotherTypeWithAClearError()
    {
        // Base64 of "Grade:P-4".
        var response = await PostRawAsync("{\"query\": \"{ post(id: \\\"R3JhZGU6UC00\\\") { key } }\"}", "application/json");
        var json = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = json.GetProperty("errors")[0];
        Assert.Equal("\"R3JhZGU6UC00\" is not a valid Post ID.", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private Task<HttpResponseMessage> PostRawAsync(string body, string contentType, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return app.CreateClient().SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static string Message(JsonElement json) => json.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
