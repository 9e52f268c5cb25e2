using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace PostsGraph.Tests;

// Requests built to exhaust the stack, the CPU or memory: each is refused with a 400 and a stable
// code before anything walks it recursively, and the server answers the next request.
[Collection(ApiCollection.Name)]
public sealed class RequestLimitTests(PostsGraphApp app)
{
    private const string Next = "{ posts { totalCount } }";

    [Fact]
    public async Task RefusesAFilterOf9000ConditionsWrittenInTheDocumentAsTooManyTokens()
    {
        var or = string.Join(",", Enumerable.Repeat("""{key:{eq:"k1"}}""", 9000)); // 153 KB, within the body limit

        var (status, error) = await PostAsync($"{{ posts(where: {{ or: [{or}] }}) {{ totalCount }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0011", Code(error));
        Assert.Equal(20000, error.GetProperty("extensions").GetProperty("maxAllowedTokens").GetInt32());
        await AssertAnswersTheNextRequestAsync();
    }

    [Fact]
    public async Task RefusesAFilterOf9000ConditionsPassedAsAVariable()
    {
        var where = new { or = Enumerable.Repeat(new { key = new { eq = "k1" } }, 9000) };

        var (status, error) = await PostAsync("query($w: PostFilterInput) { posts(where: $w) { totalCount } }", new { w = where });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FILTER_TOO_MANY_CONDITIONS", Code(error));
        Assert.Equal(1000, error.GetProperty("extensions").GetProperty("maxConditions").GetInt32());
        await AssertAnswersTheNextRequestAsync();
    }

    [Fact]
    public async Task AnswersAFilterOf900Conditions()
    {
        // A wide `or` within the filter limit is joined as a balanced tree: no deep expression for EF
        // Core or SQLite (whose expression depth limit is 1000) to refuse. At the default cost limit
        // 900 conditions cost too much (10 each, HotChocolate's weight): a server that raises it must
        // still answer them.
        using var generous = new PostsGraphApp { Settings = { ["Limits:MaxFieldCost"] = "20000" } };
        var or = string.Join(", ", Enumerable.Range(0, 899).Select(i => $$"""{ key: { eq: "none-{{i}}" } }""").Append("""{ key: { eq: "opcw-sco-2025" } }"""));
        var query = $"{{ posts(where: {{ or: [{or}] }}) {{ nodes {{ key }} }} }}";

        var data = await generous.QueryAsync(query);
        var (status, error) = await PostAsync(query);

        Assert.Equal("opcw-sco-2025", data.GetProperty("posts").GetProperty("nodes")[0].GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0047", Code(error));
    }

    [Fact]
    public async Task RefusesAnInListOf25000Items()
    {
        var keys = Enumerable.Range(0, 25_000).Select(i => $"k{i}").ToArray();

        var (status, error) = await PostAsync("query($keys: [String]) { posts(where: { key: { in: $keys } }) { totalCount } }", new { keys });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FILTER_LIST_TOO_LONG", Code(error));
    }

    [Fact]
    public async Task RefusesAndOrNestedPastTheLimit()
    {
        // 15 `and` levels and `key` make 16 levels: allowed; one more `and` is not.
        var where = "{ key: { eq: \"k\" } }";
        for (var i = 0; i < 15; i++)
        {
            where = $"{{ and: [{where}] }}";
        }

        var (allowed, _) = await PostAsync($"{{ posts(where: {where}) {{ totalCount }} }}");
        var (status, error) = await PostAsync($"{{ posts(where: {{ and: [{where}] }}) {{ totalCount }} }}");

        Assert.Equal(HttpStatusCode.OK, allowed);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FILTER_TOO_DEEP", Code(error));
    }

    [Fact]
    public async Task RefusesARelationChainDeeperThanTheLimitBeforeTheDatabaseSeesIt()
    {
        // Each `parent` is a join (SQLite refuses more than 64 tables in one); passed as a variable,
        // the chain is not bounded by the document's nesting.
        object unit = new { name = new { eq = "x" } };
        for (var i = 0; i < 30; i++)
        {
            unit = new { parent = unit };
        }

        var (status, error) = await PostAsync("query($w: PostFilterInput) { posts(where: $w) { totalCount } }", new { w = new { unit } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("FILTER_TOO_DEEP", Code(error));
        Assert.Equal(16, error.GetProperty("extensions").GetProperty("maxNesting").GetInt32());
    }

    [Fact]
    public async Task RefusesAChainOf5000FragmentSpreads()
    {
        var (status, error) = await PostAsync(Chain(5000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0011", Code(error));
        await AssertAnswersTheNextRequestAsync();
    }

    [Fact]
    public async Task RefusesMoreFragmentsThanTheLimitAndAnswersAChainWithin()
    {
        var (refused, error) = await PostAsync(Chain(101));
        var (answered, _) = await PostAsync(Chain(99));

        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal("DOCUMENT_TOO_MANY_FRAGMENTS", Code(error));
        Assert.Equal(HttpStatusCode.OK, answered);
    }

    [Theory]
    [InlineData("__typename")] // costs nothing: only the count of expanded fields refuses it
    [InlineData("posts(first: 50) { totalCount }")]
    public async Task RefusesAFragmentFanOutOf30LevelsQuickly(string leaf)
    {
        // Each fragment spreads the next one twice: a kilobyte of text, 2^30 paths. The bound is
        // generous: it tells a linear walk from an exponential one, which takes minutes.
        var document = "{ ...F0 } " + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + $"fragment F30 on Query {{ {leaf} }}";
        var clock = Stopwatch.StartNew();

        var (status, error) = await PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0011", Code(error));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"refused after {clock.Elapsed}");
        await AssertAnswersTheNextRequestAsync();
    }

    [Fact]
    public async Task RefusesAFragmentCycleWithoutWalkingIt()
    {
        var document = "{ ...F0 } " + string.Concat(Enumerable.Range(0, 90).Select(i => $"fragment F{i} on Query {{ ...F{(i + 1) % 90} posts {{ totalCount }} }} "));

        var (status, error) = await PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("within itself", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RefusesADocumentNestedPastTheParserLimit()
    {
        var document = "{" + string.Concat(Enumerable.Repeat(" a {", 70)) + " b" + new string('}', 71);

        var (status, error) = await PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0011", Code(error));
        Assert.Equal(64, error.GetProperty("extensions").GetProperty("maxAllowedRecursionDepth").GetInt32());
    }

    [Fact]
    public async Task Refuses2000UnaliasedPages()
    {
        var (status, error) = await PostAsync("{ " + string.Concat(Enumerable.Repeat("posts(first: 50) { totalCount } ", 2000)) + "}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0011", Code(error));
        Assert.Equal(1000, error.GetProperty("extensions").GetProperty("maxAllowedFields").GetInt32());
    }

    [Fact]
    public async Task RefusesIntrospectionNestedThroughTypeLists()
    {
        var (status, error) = await PostAsync("{ __schema { types { possibleTypes { interfaces { possibleTypes { interfaces { name } } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0086", Code(error));
        Assert.Equal("Maximum allowed introspection depth exceeded.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnswersTheIntrospectionQueryToolsSend()
    {
        // graphql-js's getIntrospectionQuery() without its optional fields: ofType nested 9 times.
        var typeRef = "kind name" + string.Concat(Enumerable.Repeat(" ofType { kind name", 9)) + new string('}', 9);
        var document = "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } } } "
            + "fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } "
            + "inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } "
            + "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } "
            + $"fragment TypeRef on __Type {{ {typeRef} }}";

        var data = await app.QueryAsync(document);

        Assert.Contains(data.GetProperty("__schema").GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Post");
    }

    [Fact]
    public async Task AnswersTheIntrospectionQueryWithEveryOptionOfTheCurrentSpecification()
    {
        // graphql-js's getIntrospectionQuery with every option on (descriptions, specifiedByUrl,
        // directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf): the schema's
        // description, isRepeatable, a directive's and a field's args and input fields with
        // includeDeprecated, each input value's isDeprecated and deprecationReason, specifiedByURL and
        // isOneOf. ClientTests runs graphql-js itself.
        var typeRef = "kind name" + string.Concat(Enumerable.Repeat(" ofType { kind name", 9)) + new string('}', 9);
        var document = "query IntrospectionQuery { __schema { description queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } "
            + "directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } } } } "
            + "fragment FullType on __Type { kind name description specifiedByURL isOneOf fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } "
            + "inputFields(includeDeprecated: true) { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } "
            + "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason } "
            + $"fragment TypeRef on __Type {{ {typeRef} }}";

        var schema = (await app.QueryAsync(document)).GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().ToList();

        // @include and @skip are not repeatable (GraphQL specification, section 3.13).
        var include = Assert.Single(schema.GetProperty("directives").EnumerateArray(), d => d.GetProperty("name").GetString() == "include");
        Assert.False(include.GetProperty("isRepeatable").GetBoolean());
        Assert.Equal("if", Assert.Single(include.GetProperty("args").EnumerateArray()).GetProperty("name").GetString());
        var filter = Assert.Single(types, t => t.GetProperty("name").GetString() == "PostFilterInput");
        Assert.All(filter.GetProperty("inputFields").EnumerateArray(), f => Assert.False(f.GetProperty("isDeprecated").GetBoolean()));
        Assert.False(filter.GetProperty("isOneOf").GetBoolean());
        var date = Assert.Single(types, t => t.GetProperty("name").GetString() == "LocalDate");
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date.html", date.GetProperty("specifiedByURL").GetString());
        var post = Assert.Single(types, t => t.GetProperty("name").GetString() == "Post");
        Assert.Equal(JsonValueKind.Null, post.GetProperty("specifiedByURL").ValueKind);
    }

    [Fact]
    public async Task CountsEachExportByThePostsItMayReturn()
    {
        // Five seed posts: 10 for the field and 10 for each post, 60 per export; 84 of them pass 5000.
        var one = await PostAsync("{ exportPosts(format: CSV) }", cost: true);
        var many = await PostAsync("{ " + string.Concat(Enumerable.Range(0, 84).Select(i => $"e{i}: exportPosts(format: JSON) ")) + "}", cost: false);

        Assert.Equal(60, one.Body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, many.Status);
        Assert.Equal("HC0047", Code(many.Error));
    }

    [Fact]
    public async Task RefusesATypeWithoutANameAsNoType()
    {
        var data = await app.QueryAsync("""{ __type(name: "") { name } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("__type").ValueKind);
    }

    [Fact]
    public async Task AnswersAnIntWhereAnIdIsExpectedAsAnInvalidId()
    {
        var (status, error) = await PostAsync("{ grades(where: { id: { eq: 1 } }) { code } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("INVALID_ID", Code(error));
    }

    private static string Chain(int length) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, length - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} ")) + $"fragment F{length - 1} on Query {{ __typename }}";

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();

    private async Task AssertAnswersTheNextRequestAsync() =>
        Assert.Equal(5, (await app.QueryAsync(Next)).GetProperty("posts").GetProperty("totalCount").GetInt32());

    private async Task<(HttpStatusCode Status, JsonElement Error)> PostAsync(string query, object? variables = null)
    {
        var (status, _, error) = await PostAsync(query, variables, cost: false);
        return (status, error);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, JsonElement Error)> PostAsync(string query, bool cost) => await PostAsync(query, null, cost);

    private async Task<(HttpStatusCode Status, JsonElement Body, JsonElement Error)> PostAsync(string query, object? variables, bool cost)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (cost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        using var response = await app.CreateClient().SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var error = body.TryGetProperty("errors", out var errors) ? errors[0] : default;
        return (response.StatusCode, body, error);
    }
}
