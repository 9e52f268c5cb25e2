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
        Assert.All(data.GetProperty("phrase").GetProperty("nodes").EnumerateArray(), p =>
        {
            Assert.NotEmpty(p.GetProperty("matches").EnumerateArray());
            Assert.All(p.GetProperty("matches").EnumerateArray(),
                m => Assert.Equal("security certification", m.GetProperty("evidence").GetProperty("quote").GetString()!.ToLowerInvariant()));
        });
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
        // A search alone is paged from its ranked IDs (kept per build); with `where`, the posts the
        // filter selects in SQL are kept in that order: a filter that keeps every post changes nothing.
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
    [InlineData("close OR protection", "close or protection")]
    [InlineData("NEAR(close protection)", "\"near close\" protection")]
    [InlineData("protect* \"close", "protect close")]
    [InlineData("close & !protection | ", "close protection")]
    [InlineData("close:protection", "\"close protection\"")]
    [InlineData("\"close protection\" OR security", "\"close protection\" or security")]
    public async Task ReadsAnyInputAsWordsNotAsTheEnginesSyntax(string search, string words)
    {
        // The engines' operators (OR, NEAR, *, :, &, !, |) are read as words or as what parts words,
        // so a search finds what the same words find.
        var data = await app.QueryAsync("query ($s: String, $w: String) { s: posts(search: $s) { totalCount } w: posts(search: $w) { totalCount } }",
            new { s = search, w = words });

        Assert.Equal(data.GetProperty("w").GetProperty("totalCount").GetInt32(), data.GetProperty("s").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task MatchesAPhraseWithACommonWordInIt()
    {
        // ILO's notice names the UN "Department of Safety and Security" among its duties (UNDSS's
        // names it only in its introduction, which is not a fact). PostgreSQL does not mark "of", yet
        // the match is the whole phrase; it drops the stop word from the phrase, so it also finds
        // OPCW's "Department for Safety and Security".
        const string Phrase = "^(?i)department (of|for) safety$";
        var data = await app.QueryAsync("""{ posts(search: "\"department of safety\"") { nodes { key matches { evidence { quote } } } } }""");

        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(posts, p => p.GetProperty("key").GetString() == "ilo-rbc-p-intserv-2025-27");
        Assert.All(posts, p =>
        {
            Assert.NotEmpty(p.GetProperty("matches").EnumerateArray());
            Assert.All(p.GetProperty("matches").EnumerateArray(), m => Assert.Matches(Phrase, m.GetProperty("evidence").GetProperty("quote").GetString()));
        });
    }

    [Fact]
    public async Task MatchesEveryFormOfAWord()
    {
        // ICC's duties: "Performs other related management and operational duties".
        var data = await app.QueryAsync("""{ posts(search: "duty", where: { key: { eq: "icc-24313" } }) { nodes { matches { evidence { quote } } } } }""");

        Assert.Contains(data.GetProperty("posts").GetProperty("nodes")[0].GetProperty("matches").EnumerateArray(),
            m => m.GetProperty("evidence").GetProperty("quote").GetString() == "duties");
    }

    [Fact]
    public async Task PagesBackwardsThroughTheRanking()
    {
        var all = Keys((await app.QueryAsync("""{ posts(search: "security") { nodes { key } } }""")).GetProperty("posts"));
        var last = await app.QueryAsync("""{ posts(search: "security", last: 2) { nodes { key } pageInfo { hasPreviousPage hasNextPage startCursor } } }""");
        var before = await app.QueryAsync("""
            query ($c: String) { posts(search: "security", last: 2, before: $c) { nodes { key } } }
            """, new { c = last.GetProperty("posts").GetProperty("pageInfo").GetProperty("startCursor").GetString() });

        Assert.Equal(all[^2..], Keys(last.GetProperty("posts")));
        Assert.True(last.GetProperty("posts").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(last.GetProperty("posts").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(all[^4..^2], Keys(before.GetProperty("posts")));
    }

    [Fact]
    public async Task HasNoMatchesOnAPostReachedThroughAnotherConnection()
    {
        // The organisation's posts are not the search's: their matches are empty.
        var data = await app.QueryAsync("""
            { posts(search: "resilience", first: 1) { nodes { key matches { field } organisation { posts { nodes { matches { field } } } } } } }
            """);

        var post = data.GetProperty("posts").GetProperty("nodes")[0];
        Assert.NotEmpty(post.GetProperty("matches").EnumerateArray());
        Assert.All(post.GetProperty("organisation").GetProperty("posts").GetProperty("nodes").EnumerateArray(),
            p => Assert.Empty(p.GetProperty("matches").EnumerateArray()));
    }

    [Fact]
    public async Task SaysWhenPostgreSqlHasNothingLeftToSearchFor()
    {
        // PostgreSQL's English configuration drops stop words: "the of" leaves it nothing to look for,
        // which it says rather than finding nothing. FTS5 keeps every word, so SQLite searches them.
        var response = await app.QueryResponseAsync("""{ posts(search: "the of") { totalCount } }""");

        if (app.Postgres is not null)
        {
            var error = response.GetProperty("errors")[0];
            Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("too common", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(5, response.GetProperty("data").GetProperty("posts").GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task TakesASearchOfOnlySpacesAsNoSearch()
    {
        var data = await app.QueryAsync("""{ all: posts { totalCount } blank: posts(search: "   ") { totalCount } }""");

        Assert.Equal(data.GetProperty("all").GetProperty("totalCount").GetInt32(), data.GetProperty("blank").GetProperty("totalCount").GetInt32());
    }

    [Theory]
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
