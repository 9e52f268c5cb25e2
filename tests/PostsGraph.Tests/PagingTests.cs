using System.Text.Json;

namespace PostsGraph.Tests;

// Cursor paging as HotChocolate's index cursors do it: whatever the page size, direction and order,
// walking all pages yields the full ordered result once, without gaps.
[Collection(ApiCollection.Name)]
public sealed class PagingTests(PostsGraphApp app)
{
    private const string ByPayThenKey = """[{ annualNetPay: { amount: DESC } }, { key: ASC }]""";
    private const string ByGradeLevel = """[{ grade: { level: DESC } }, { minYearsExperience: ASC }]""";

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, ByPayThenKey)]
    [InlineData(2, ByGradeLevel)]
    [InlineData(4, ByGradeLevel)]
    public async Task WalkingForwardVisitsEveryPostOnceInOrder(int pageSize, string? order)
    {
        var all = await KeysAsync($"posts(first: 50{OrderArgument(order)})");
        var walked = new List<string>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var connection = await ConnectionAsync($"first: {pageSize}{AfterArgument(after)}{OrderArgument(order)}");
            walked.AddRange(Keys(connection));
            var info = connection.GetProperty("pageInfo");
            Assert.Equal(page > 0, info.GetProperty("hasPreviousPage").GetBoolean());
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(5, all.Count);
        Assert.Equal(all, walked);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, ByPayThenKey)]
    [InlineData(3, ByGradeLevel)]
    public async Task WalkingBackwardVisitsEveryPostOnceInOrder(int pageSize, string? order)
    {
        var all = await KeysAsync($"posts(first: 50{OrderArgument(order)})");
        var walked = new List<string>();
        string? before = null;
        for (var page = 0; page < 10; page++)
        {
            var connection = await ConnectionAsync($"last: {pageSize}{(before is null ? "" : $", before: \"{before}\"")}{OrderArgument(order)}");
            walked.InsertRange(0, Keys(connection));
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = info.GetProperty("startCursor").GetString();
        }

        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task UsesHotChocolateIndexCursorsAndADefaultPageOfTen()
    {
        var connection = await ConnectionAsync("");

        // Base64 of the zero-based position: "0" -> "MA==", "4" -> "NA==".
        Assert.Equal(["MA==", "MQ==", "Mg==", "Mw==", "NA=="],
            connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()));
        Assert.Equal(5, connection.GetProperty("totalCount").GetInt32());
        Assert.False(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task CountsTheFilteredResultNotThePage()
    {
        var connection = await ConnectionAsync("""first: 1, where: { dutyStation: { city: { eq: "Geneva" } } }""");

        // ILO and ITU are in Geneva.
        Assert.Equal(2, connection.GetProperty("totalCount").GetInt32());
        Assert.Single(connection.GetProperty("nodes").EnumerateArray());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("first: 51", "HC0051", "The maximum allowed items per page were exceeded.")]
    [InlineData("last: 51", "HC0051", "The maximum allowed items per page were exceeded.")]
    [InlineData("first: -1", "HC0079", "The requested number of values per page must be at least 0.")]
    [InlineData("after: \"not a cursor\"", "HC0078", "The cursor specified in `after` has an invalid format.")]
    [InlineData("before: \"bm9wZQ==\"", "HC0078", "The cursor specified in `before` has an invalid format.")]
    public async Task RefusesABadPageRequestWithHotChocolatesCode(string arguments, string code, string message)
    {
        var response = await app.QueryResponseAsync($"{{ posts({arguments}) {{ nodes {{ key }} }} }}");

        var error = response.GetProperty("errors")[0];
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("posts").ValueKind);
    }

    [Fact]
    public async Task ReportsTheRequestedAndAllowedPageSizes()
    {
        var response = await app.QueryResponseAsync("{ posts(first: 51) { nodes { key } } }");

        var extensions = response.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("Query.posts", extensions.GetProperty("field").GetString());
        Assert.Equal(51, extensions.GetProperty("requestedItems").GetInt32());
        Assert.Equal(50, extensions.GetProperty("maxAllowedItems").GetInt32());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task ReadsAFilteredSortedPageWithItsRelationsInAConstantNumberOfQueries(int pageSize)
    {
        app.Commands.Reset();
        await app.QueryAsync($$"""
            { posts(first: {{pageSize}}, where: { grade: { category: { eq: PROFESSIONAL } } }, order: [{ grade: { level: DESC } }, { annualNetPay: { amount: DESC } }]) {
                totalCount nodes { key organisation { acronym } grade { code } dutyStation { city } } } }
            """);

        // The page, joined with the organisation, grade and duty station it selects, and its count.
        Assert.Equal(2, app.Commands.Count);
    }

    [Fact]
    public async Task CountsOnlyWhenTotalCountIsSelected()
    {
        app.Commands.Reset();
        await app.QueryAsync("{ posts(first: 2) { nodes { key } } }");

        Assert.Equal(1, app.Commands.Count);
    }

    // Without variables a connection's queries are compiled once and kept with the cached document.
    [Fact]
    public async Task AnswersADocumentWithoutVariablesAlikeEachTimeItIsAsked()
    {
        // The P-3 posts: OPCW (its notice) and UNDSS (its public listing); the last by key is UNDSS's.
        for (var i = 0; i < 3; i++)
        {
            var connection = await ConnectionAsync("""where: { grade: { code: { eq: "P-3" } } }, order: [{ key: ASC }], last: 1""");
            Assert.Equal(2, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(["undss-pco-2023"], Keys(connection));
            Assert.True(connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        }
    }

    // With variables the queries are made from each request's values.
    [Fact]
    public async Task AnswersEachRequestOfADocumentWithVariablesWithItsOwnValues()
    {
        const string ByGrade = "query($grade: String!) { posts(where: { grade: { code: { eq: $grade } } }, order: [{ key: ASC }]) { totalCount nodes { key } } }";
        // P-3: OPCW and UNDSS; P-5: ILO and ITU (both in Geneva).
        foreach (var (grade, keys) in new[] { ("P-3", new[] { "opcw-sco-2025", "undss-pco-2023" }), ("P-5", ["ilo-rbc-p-intserv-2025-27", "itu-2207"]), ("P-3", ["opcw-sco-2025", "undss-pco-2023"]) })
        {
            var connection = (await app.QueryAsync(ByGrade, new { grade })).GetProperty("posts");
            Assert.Equal(keys, Keys(connection));
            Assert.Equal(2, connection.GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task AnswersDocumentsWithLiteralsOfTheSameShapeEachWithItsOwnValuesBeforeAndAfterTheyAreCompiled()
    {
        // The first request of a literal document is answered from EF Core's query cache, later ones by
        // queries compiled for it; a document of the same shape with other values must never get them.
        // P-3: OPCW and UNDSS; P-5: ILO and ITU (both in Geneva).
        foreach (var (grade, keys) in new[] { ("P-3", new[] { "opcw-sco-2025", "undss-pco-2023" }), ("P-5", ["ilo-rbc-p-intserv-2025-27", "itu-2207"]) })
        {
            var document = $$"""{ posts(where: { grade: { code: { eq: "{{grade}}" } } }, order: [{ key: ASC }], first: 2) { totalCount nodes { key } } }""";
            for (var request = 0; request < 3; request++)
            {
                var connection = (await app.QueryAsync(document)).GetProperty("posts");
                Assert.Equal(keys, Keys(connection));
                Assert.Equal(2, connection.GetProperty("totalCount").GetInt32());
            }
        }
    }

    private async Task<List<string>> KeysAsync(string field)
    {
        var data = await app.QueryAsync($"{{ {field} {{ nodes {{ key }} }} }}");
        return Keys(data.GetProperty("posts"));
    }

    private async Task<JsonElement> ConnectionAsync(string arguments)
    {
        var data = await app.QueryAsync($$"""
            { posts{{(arguments.Length > 0 ? $"({arguments})" : "")}} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } nodes { key } } }
            """);
        return data.GetProperty("posts");
    }

    private static List<string> Keys(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!)];

    private static string OrderArgument(string? order) => order is null ? "" : $", order: {order}";

    private static string AfterArgument(string? after) => after is null ? "" : $", after: \"{after}\"";
}
