using System.Text.Json;

namespace PostsGraph.Tests;

// posts(search:) with the database's own full-text engine (FTS5 on SQLite, tsvector on PostgreSQL:
// the suite runs on both). Expected posts come from reading the notices: which ones use the words.
[Collection(ApiCollection.Name)]
public sealed class SearchTests(PostsGraphApp app)
{
    private static List<string> Keys(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()!)];

    [Fact]
    public async Task FindsThePostsWhoseFactsHoldEveryWord()
    {
        // "close protection": ICC ("close protection of high level officials"), UNDSS (its duties
        // throughout) and ITU ("close protection operations"); ILO and OPCW never write "close".
        var data = await app.QueryAsync("""{ posts(search: "close protection") { totalCount nodes { key } } }""");

        Assert.Equal(["icc-24313", "itu-2207", "undss-pco-2023"], Keys(data.GetProperty("posts")).Order());
        Assert.Equal(3, data.GetProperty("posts").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task IgnoresCaseAndAccentsAndMatchesOtherFormsOfAWord()
    {
        // The issue's example: `contains: "security certification"` finds nothing, since the notices
        // write "Security Certification"; as a quoted phrase, the search finds the four notices that
        // name the programme (ITU's does not).
        var data = await app.QueryAsync("""
            { exact: posts(where: { certifications: { some: { text: { contains: "security certification" } } } }) { nodes { key } }
              phrase: posts(search: "\"security certification\"") { nodes { key matches { evidence { quote } } } }
              accents: posts(search: "RÉSILIENCE") { nodes { key } }
              forms: posts(search: "evacuate") { nodes { key matches { evidence { quote } } } } }
            """);

        Assert.Empty(Keys(data.GetProperty("exact")));
        Assert.Equal(["icc-24313", "ilo-rbc-p-intserv-2025-27", "opcw-sco-2025", "undss-pco-2023"], Keys(data.GetProperty("phrase")).Order());
        // A phrase matches where its words follow each other, not wherever one of them occurs.
        Assert.All(data.GetProperty("phrase").GetProperty("nodes").EnumerateArray().SelectMany(p => p.GetProperty("matches").EnumerateArray()),
            m => Assert.Equal("security certification", m.GetProperty("evidence").GetProperty("quote").GetString()!.ToLowerInvariant()));
        // "Resilience" is in ITU's title and ILO's and ICC's texts.
        Assert.Equal(["icc-24313", "ilo-rbc-p-intserv-2025-27", "itu-2207"], Keys(data.GetProperty("accents")).Order());
        // ICC and OPCW write "evacuation".
        var forms = data.GetProperty("forms").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["icc-24313", "opcw-sco-2025"], forms.Select(p => p.GetProperty("key").GetString()).Order());
        Assert.All(forms, p => Assert.Contains(p.GetProperty("matches").EnumerateArray(), m => m.GetProperty("evidence").GetProperty("quote").GetString() == "evacuation"));
    }

    [Fact]
    public async Task RanksATitleMatchFirst()
    {
        // ITU's title is "Head, Safety, Security and Resilience Division"; ILO and ICC mention resilience in their texts.
        var data = await app.QueryAsync("""{ posts(search: "resilience") { nodes { key } } }""");

        Assert.Equal("itu-2207", Keys(data.GetProperty("posts"))[0]);
    }

    [Fact]
    public async Task SaysWhereEachMatchIsInTheNotice()
    {
        var data = await app.QueryAsync("""
            { posts(search: "close protection") { nodes { key sourceNotice { text }
                matches { field snippet evidence { quote start end } } } } }
            """);

        foreach (var post in data.GetProperty("posts").GetProperty("nodes").EnumerateArray())
        {
            var notice = post.GetProperty("sourceNotice").GetProperty("text").GetString()!;
            var matches = post.GetProperty("matches").EnumerateArray().ToList();
            Assert.NotEmpty(matches);
            foreach (var match in matches)
            {
                var evidence = match.GetProperty("evidence");
                var quote = evidence.GetProperty("quote").GetString()!;
                // The offsets point at the matched words in the notice, which the snippet shows.
                Assert.Equal(quote, notice[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
                Assert.Matches("^(?i)(close|protect\\w*|close protection)$", quote);
                Assert.Contains(quote, match.GetProperty("snippet").GetString(), StringComparison.Ordinal);
                Assert.Matches(@"^(title|duties|education|experience|languages|certifications|conditions|competencies)(\[\d+\])?$", match.GetProperty("field").GetString());
            }
        }

        // ITU's notice: "… conference and event security, close protection operations, emergency
        // preparedness …", under Experience; the phrase is one match.
        var itu = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "itu-2207");
        var phrase = Assert.Single(itu.GetProperty("matches").EnumerateArray(), m => m.GetProperty("evidence").GetProperty("quote").GetString() == "close protection");
        Assert.StartsWith("experience[", phrase.GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CombinesWithWhereOrderAndPaging()
    {
        // Of the three posts that speak of close protection, the P-5 ones: ITU only (ILO never writes "close").
        var filtered = await app.QueryAsync("""
            { posts(search: "close protection", where: { grade: { code: { eq: "P-5" } } }) { nodes { key } } }
            """);
        Assert.Equal(["itu-2207"], Keys(filtered.GetProperty("posts")));

        // In key order, two at a time: the cursor of the first page leads to the third post.
        var first = await app.QueryAsync("""
            { posts(search: "close protection", order: { key: ASC }, first: 2) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }
            """);
        Assert.Equal(["icc-24313", "itu-2207"], Keys(first.GetProperty("posts")));
        Assert.Equal(3, first.GetProperty("posts").GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("posts").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var next = await app.QueryAsync("""
            query ($after: String) { posts(search: "close protection", order: { key: ASC }, first: 2, after: $after) { nodes { key } pageInfo { hasNextPage } } }
            """, new { after = first.GetProperty("posts").GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        Assert.Equal(["undss-pco-2023"], Keys(next.GetProperty("posts")));
        Assert.False(next.GetProperty("posts").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        // By relevance, the pages hold the same posts as one page does.
        var all = Keys((await app.QueryAsync("""{ posts(search: "security") { nodes { key } } }""")).GetProperty("posts"));
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = (await app.QueryAsync("""
                query ($after: String) { posts(search: "security", first: 2, after: $after) { nodes { key } pageInfo { hasNextPage endCursor } } }
                """, new { after })).GetProperty("posts");
            paged.AddRange(Keys(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        Assert.Equal(all, paged);
        Assert.Equal(5, all.Count);
    }

    [Fact]
    public async Task RanksTheSameWithAndWithoutAFilterThatKeepsEveryPost()
    {
        // A search alone is paged from its ranked IDs (kept per build); with `where` it is ranked in
        // SQL: both orders must agree.
        var data = await app.QueryAsync("""
            { alone: posts(search: "security") { nodes { key } }
              filtered: posts(search: "security", where: { key: { neq: "none" } }) { nodes { key } } }
            """);

        Assert.Equal(Keys(data.GetProperty("alone")), Keys(data.GetProperty("filtered")));
    }

    [Fact]
    public async Task ReadsTheMatchesOfAPageInOneBatch()
    {
        const string Query = """{ posts(search: "security", first: FIRST) { nodes { key matches { field } } } }""";
        await app.QueryAsync(Query.Replace("FIRST", "5", StringComparison.Ordinal));
        app.Commands.Reset();
        await app.QueryAsync(Query.Replace("FIRST", "1", StringComparison.Ordinal));
        var one = app.Commands.Count;
        app.Commands.Reset();
        await app.QueryAsync(Query.Replace("FIRST", "5", StringComparison.Ordinal));

        Assert.Equal(one, app.Commands.Count);
    }

    [Fact]
    public async Task HasNoMatchesOutsideASearch()
    {
        var data = await app.QueryAsync("""{ posts(first: 1) { nodes { matches { field } } } }""");

        Assert.Equal(0, data.GetProperty("posts").GetProperty("nodes")[0].GetProperty("matches").GetArrayLength());
    }

    [Theory]
    [InlineData("close OR protection")]
    [InlineData("NEAR(close protection)")]
    [InlineData("protect* \"close")]
    [InlineData("close & !protection | ")]
    [InlineData("close:protection")]
    public async Task ReadsAnyInputAsWordsNotAsTheEnginesSyntax(string search)
    {
        // Every word given must occur: "or", "near" and the like are words too, so nothing is found
        // or what is found holds them; the engines' operators never reach them.
        var response = await app.QueryResponseAsync("query ($s: String) { posts(search: $s) { totalCount } }", new { s = search });

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Theory]
    [InlineData("", "no word")]
    [InlineData(" \"\" - ", "no word")]
    [InlineData("a b c d e f g h i j k", "at most 10")]
    public async Task RefusesASearchWithNothingOrTooMuchToLookFor(string search, string message)
    {
        var response = await app.QueryResponseAsync("query ($s: String) { posts(search: $s) { totalCount } }", new { s = search });

        var error = response.GetProperty("errors")[0];
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesASearchLongerThan200Characters()
    {
        var response = await app.QueryResponseAsync("query ($s: String) { posts(search: $s) { totalCount } }", new { s = new string('a', 201) });

        Assert.Contains("at most 200", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
