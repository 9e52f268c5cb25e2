using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PostsGraph.Tests;

// A client's mistakes get a 4xx (or a GraphQL error with a code), never a 5xx or an INTERNAL_ERROR.
[Collection(ApiCollection.Name)]
public sealed class ClientMistakeTests(PostsGraphApp app)
{
    [Fact]
    public async Task RefusesAMutationSentWithPostAsTheSchemaHasNone()
    {
        using var response = await PostAsync("""{"query":"mutation { reload }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorAsync(response);
        Assert.Equal("INVALID_OPERATION", Code(error));
        Assert.Equal("This GraphQL schema does not support `Mutation` operations.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RefusesABatchWithAMessageThatSaysWhat()
    {
        using var response = await PostAsync("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await ErrorAsync(response)).GetProperty("message").GetString()!;
        Assert.Contains("Batched requests", message);
        Assert.DoesNotContain("GraphQL.Transport", message);
    }

    [Fact]
    public async Task RefusesAGetWithTwoOperationsAndNoName()
    {
        using var response = await app.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("query A { __typename } query B { __typename }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NO_OPERATION_NAME", Code(await ErrorAsync(response)));
    }

    [Theory]
    [InlineData("""{"id":{"eq":"zzz"}}""", "where.id.eq: \"zzz\" is not a valid Post ID")]
    [InlineData("""{"id":{"in":["UG9zdDppdHUtMjIwNw==","R3JhZGU6UC00"]}}""", "where.id.in: \"R3JhZGU6UC00\" is not a valid Post ID")]
    [InlineData("""{"grade":{"id":{"eq":"UG9zdDppdHUtMjIwNw=="}}}""", "where.grade.id.eq: \"UG9zdDppdHUtMjIwNw==\" is not a valid Grade ID")]
    public async Task RefusesAnExportWithABadIdBeforeItsFirstByte(string where, string detail)
    {
        using var response = await app.CreateClient().GetAsync("/export/posts.csv?where=" + Uri.EscapeDataString(where));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RefusesAnExportFilterOverTheConditionLimit()
    {
        var where = JsonSerializer.Serialize(new { or = Enumerable.Repeat(new { key = new { eq = "k1" } }, 1001) });

        using var response = await app.CreateClient().GetAsync("/export/posts.json?where=" + Uri.EscapeDataString(where));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than the 1000 conditions allowed", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(@"\\u0000")] // PostgreSQL refuses it; SQLite ends a literal there
    [InlineData(@"\\uD800")] // half a surrogate pair: PostgreSQL's driver cannot encode it
    public async Task RefusesFilterTextNoDatabaseCanCompareWith(string escape)
    {
        using var response = await PostAsync($$"""{"query":"{ posts(where: { title: { contains: \"a{{escape}}b\" } }) { totalCount } }"}""");

        Assert.Equal("INVALID_ARGUMENT", Code(await ErrorAsync(response)));
    }

    [Theory]
    [InlineData("""{"query":"{ posts(order: [{ key: UP }]) { totalCount } }"}""")]
    [InlineData("""{"query":"query($o: [PostSortInput!]) { posts(order: $o) { totalCount } }","variables":{"o":[{"key":"UP"}]}}""")]
    public async Task SaysWhichValuesAnEnumTakes(string body)
    {
        using var response = await PostAsync(body);
        var error = await ErrorAsync(response);

        // HotChocolate's SortEnumType: ASC and DESC.
        Assert.EndsWith("The valid values of SortEnumType are ASC, DESC.", error.GetProperty("message").GetString());
        Assert.Equal(["ASC", "DESC"], error.GetProperty("extensions").GetProperty("validValues").EnumerateArray().Select(v => v.GetString()));
    }

    private Task<HttpResponseMessage> PostAsync(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return app.CreateClient().SendAsync(request);
    }

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].Clone();

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
