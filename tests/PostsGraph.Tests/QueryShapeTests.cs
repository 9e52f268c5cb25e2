using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Seed;

namespace PostsGraph.Tests;

// What the SQL of the hot paths looks like: a page reads the columns it selects, a sort by pay can
// be served from the dashboard index, and repeated statistics do not aggregate again.
[Collection(ApiCollection.Name)]
public sealed class QueryShapeTests(PostsGraphApp app)
{
    private const string Dashboard = """
        { posts(first: 20, where: { grade: { code: { eq: "P-5" } }, dutyStation: { key: { eq: "geneva" } } }, order: [{ annualNetPay: { amount: DESC } }]) {
            totalCount nodes { key title organisation { acronym } grade { code } dutyStation { city } annualNetPay { amount currency } } } }
        """;

    [Fact]
    public async Task APageReadsOnlyTheColumnsItSelects()
    {
        app.Commands.Reset();
        var data = await app.QueryAsync("""{ posts(where: { key: { eq: "opcw-sco-2025" } }) { nodes { key reportsTo } } }""");

        // OPCW's notice: "The incumbent will report to the Head, Operations Security."
        Assert.Equal("Head, Operations Security", data.GetProperty("posts").GetProperty("nodes")[0].GetProperty("reportsTo").GetString());
        var sql = Assert.Single(app.Commands.Texts);
        Assert.Contains("\"ReportsTo\"", sql);
        Assert.DoesNotContain("\"VacancyNumber\"", sql);
        Assert.DoesNotContain("\"AnnualNetPayExplanation\"", sql);
    }

    [Fact]
    [Trait("Database", "SqliteOnly")]
    public async Task TheDashboardPageReadsTheColumnsOfItsSelectionAndNoOthers()
    {
        app.Commands.Reset();
        await app.QueryAsync(Dashboard);

        var page = Assert.Single(app.Commands.Columns, c => c.Contains("Posts.Title"));
        string[] expected =
        [
            // The post's identity, then what the selection reads: key, title, the keys of the joined relations, annualNetPay.
            "Posts.Id", "Posts.Key", "Posts.Title", "Posts.OrganisationId", "Posts.GradeId", "Posts.DutyStationId",
            "Posts.AnnualNetPayAmount", "Posts.AnnualNetPayCurrency", "Posts.AnnualNetPayBasis", "Posts.AnnualNetPayQualifier", "Posts.AnnualNetPayExplanation",
            // Each relation: its id and the one field selected on it.
            "Organisations.Id", "Organisations.Acronym", "Grades.Id", "Grades.Code", "DutyStations.Id", "DutyStations.City",
        ];
        // Besides these, EF Core computes one flag per joined relation (whether it was found), which comes from no table.
        Assert.Equal(expected.Order(StringComparer.Ordinal), page.Where(c => c != ".").Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Database", "SqliteOnly")]
    public async Task ARelationSelectedTwiceUnderAliasesReadsTheColumnsOfBoth()
    {
        app.Commands.Reset();
        var data = await app.QueryAsync("""
            { posts(where: { key: { eq: "ilo-rbc-p-intserv-2025-27" } }) { nodes {
                a: organisation { acronym } b: organisation { name } ...F } } }
            fragment F on Post { organisation { kind } sourceNotice { fileName } }
            """);

        // ILO's notice: "Organization: ILO - International Labour Organization".
        var post = data.GetProperty("posts").GetProperty("nodes")[0];
        Assert.Equal("ILO", post.GetProperty("a").GetProperty("acronym").GetString());
        Assert.Equal("International Labour Organization", post.GetProperty("b").GetProperty("name").GetString());
        Assert.Equal("SPECIALISED_AGENCY", post.GetProperty("organisation").GetProperty("kind").GetString());
        var page = Assert.Single(app.Commands.Columns);
        Assert.Contains("Organisations.Name", page);
        Assert.Contains("Organisations.Kind", page);
        Assert.Contains("SourceNotices.FileName", page);
        Assert.DoesNotContain("SourceNotices.Text", page);
        Assert.DoesNotContain("Posts.ReportsTo", page);
    }

    [Fact]
    public async Task APageWithEveryScalarFieldStillAnswersThemAll()
    {
        var data = await app.QueryAsync("""
            { posts(where: { key: { eq: "itu-2207" } }) { nodes {
                id key title vacancyNumber positionNumber appointmentType durationMonths postedOn deadline reportsTo
                noPayReason postAdjustmentRate minYearsExperience topEducationLevel annualNetPay { amount currency basis } } } }
            """);

        // ITU's notice: vacancy 2207, position IS06/P5/407, fixed-term for 2 years, deadline 26 January 2026,
        // "Annual salary from $ 101,540 + post adjustment $ 82,654", ten years' experience, an advanced degree.
        var post = data.GetProperty("posts").GetProperty("nodes")[0];
        Assert.Equal(PostsGraphApp.PostId("itu-2207"), post.GetProperty("id").GetString());
        Assert.Equal("2207", post.GetProperty("vacancyNumber").GetString());
        Assert.Equal("IS06/P5/407", post.GetProperty("positionNumber").GetString());
        Assert.Equal("FIXED_TERM", post.GetProperty("appointmentType").GetString());
        Assert.Equal(24, post.GetProperty("durationMonths").GetInt32());
        Assert.Equal("2026-01-26", post.GetProperty("deadline").GetString());
        Assert.Equal(184194m, post.GetProperty("annualNetPay").GetProperty("amount").GetDecimal());
        Assert.Equal("SUM_OF_COMPONENTS", post.GetProperty("annualNetPay").GetProperty("basis").GetString());
        Assert.Equal(0.814m, post.GetProperty("postAdjustmentRate").GetDecimal());
        Assert.Equal(10, post.GetProperty("minYearsExperience").GetInt32());
        Assert.Equal("ADVANCED_DEGREE", post.GetProperty("topEducationLevel").GetString());
    }

    [Fact]
    public async Task TheDashboardPageJoinsOnlyItsOwnRowsAndItsCountJoinsNothing()
    {
        app.Commands.Reset();
        var data = await app.QueryAsync(Dashboard);

        // ILO's and ITU's posts are the P-5 posts in Geneva; ITU's states pay, so it comes first.
        var nodes = data.GetProperty("posts").GetProperty("nodes");
        Assert.Equal("itu-2207", nodes[0].GetProperty("key").GetString());
        Assert.Equal("ITU", nodes[0].GetProperty("organisation").GetProperty("acronym").GetString());
        Assert.Equal("Geneva", nodes[1].GetProperty("dutyStation").GetProperty("city").GetString());
        Assert.Equal(2, app.Commands.Texts.Count);
        var page = app.Commands.Texts.Single(t => t.Contains("ORDER BY", StringComparison.Ordinal));
        var count = app.Commands.Texts.Single(t => t.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));
        // Sorted by pay, the page is cut from the sorted posts first and only its rows are joined: joined
        // beside every post, SQLite read them all through the index holding the grade and sorted them.
        Assert.Matches(@"FROM \(\s*SELECT[^()]*(\([^()]*\)[^()]*)*ORDER BY[^()]*(\([^()]*\)[^()]*)*LIMIT[^()]*\)\s+AS", page);
        // ... and the joined page is sorted again outside.
        Assert.Matches(@"\)\s+AS\s+\S+[\s\S]*JOIN[\s\S]*ORDER BY", page);
        Assert.Matches("JOIN\\s+(\\w+\\.)?\"Organisations\"", page); // PostgreSQL names the schema
        Assert.Matches("JOIN\\s+(\\w+\\.)?\"DutyStations\"", page);
        Assert.DoesNotContain("JOIN", count, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Database", "SqliteOnly")]
    public async Task TheDashboardSortIsServedInIndexOrder()
    {
        app.Commands.Reset();
        var data = await app.QueryAsync(Dashboard);
        Assert.Equal(2, data.GetProperty("posts").GetProperty("totalCount").GetInt32());
        var page = app.Commands.Texts.Single(t => t.Contains("ORDER BY", StringComparison.Ordinal));

        // Ask SQLite how it would run the page: no sort step may remain for the ORDER BY.
        using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + page;
        foreach (var name in new[] { "@Value", "@Value1", "@p", "@p3" }.Where(n => page.Contains(n, StringComparison.Ordinal)))
        {
            explain.Parameters.AddWithValue(name, name switch { "@Value" => "P-5", "@Value1" => "geneva", "@p" => 0, _ => 21 });
        }

        var plan = new List<string>();
        using (var reader = explain.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("IX_Posts_GradeStationPay", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal) && step.Contains("ORDER BY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepeatedStatisticsAreNotAggregatedAgain()
    {
        const string Query = "{ postStatistics(where: { grade: { code: { eq: \"P-5\" } } }, groupBy: [DUTY_STATION]) { count annualNetPay { currency sum } } }";
        var first = await app.QueryAsync(Query);
        app.Commands.Reset();
        var second = await app.QueryAsync(Query);

        // Only the database build is read (one row), no GROUP BY.
        var sql = Assert.Single(app.Commands.Texts);
        Assert.DoesNotContain("GROUP BY", sql);
        Assert.Equal(first.ToString(), second.ToString());
        // ILO and ITU are the P-5 posts, both in Geneva; only ITU states pay (101,540 + 82,654 USD).
        var group = Assert.Single(second.GetProperty("postStatistics").EnumerateArray());
        Assert.Equal(2, group.GetProperty("count").GetInt32());
        Assert.Equal(184194m, group.GetProperty("annualNetPay")[0].GetProperty("sum").GetDecimal());
    }
}

// A rebuilt database is never answered from statistics kept for the previous build.
public sealed class StatisticsCacheRebuildTests : IDisposable
{
    private readonly string _seed = RepoPaths.CopySeed();
    private readonly PostsGraphApp _app;

    public StatisticsCacheRebuildTests() => _app = new PostsGraphApp { SeedPath = _seed };

    [Fact]
    public async Task StatisticsFollowARebuild()
    {
        const string Query = "{ postStatistics { count } posts { totalCount } }";
        // Several times, so that on PostgreSQL the statements are prepared before the tables they
        // read are dropped and made again.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(5, (await _app.QueryAsync(Query)).GetProperty("postStatistics")[0].GetProperty("count").GetInt32());
        }

        File.Delete(Path.Combine(_seed, "posts", "undss-pco-2023.json"));
        var result = await _app.Services.GetRequiredService<SeedLoader>().LoadAsync();
        Assert.True(result.Rebuilt);

        var after = await _app.QueryAsync(Query);
        Assert.Equal(4, after.GetProperty("postStatistics")[0].GetProperty("count").GetInt32());
        Assert.Equal(4, after.GetProperty("posts").GetProperty("totalCount").GetInt32());
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_seed, recursive: true);
    }
}

// A filter on a related object's unique key is sent as a comparison of the foreign key with a
// subquery; a post without that relation must still match none of it, as with the join.
public sealed class RelatedKeyFilterTests : IDisposable
{
    private readonly string _seed = RepoPaths.CopySeed();
    private readonly PostsGraphApp _app;

    public RelatedKeyFilterTests()
    {
        // OPCW's post without its grade: the notice's "Grade P3" left out of the curation.
        var file = Path.Combine(_seed, "posts", "opcw-sco-2025.json");
        var post = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        post.Remove("grade");
        File.WriteAllText(file, post.ToJsonString());
        _app = new PostsGraphApp { SeedPath = _seed };
    }

    [Theory]
    [InlineData("""{ grade: { code: { eq: "P-3" } } }""", "undss-pco-2023")]
    [InlineData("""{ grade: { code: { eq: "P-9" } } }""", "")]
    [InlineData("""{ grade: { code: { eq: "P-5" } }, dutyStation: { key: { eq: "geneva" } } }""", "ilo-rbc-p-intserv-2025-27 itu-2207")]
    [InlineData("""{ dutyStation: { key: { eq: "nowhere" } } }""", "")]
    public async Task APostWithoutTheRelationMatchesNoKeyOfIt(string where, string expected)
    {
        var data = await _app.QueryAsync($"{{ posts(where: {where}) {{ nodes {{ key }} }} }}");

        var keys = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString());
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), keys);
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_seed, recursive: true);
    }
}

// The statistics kept are bounded by the groups they hold, so that statistics asked with ever new
// filters cannot fill the server's memory.
public sealed class StatisticsCacheBoundTests
{
    [Fact]
    public async Task KeepsAtMostMaxGroupsAndDropsAResultLargerThanThat()
    {
        using var app = new PostsGraphApp();
        await app.QueryAsync("{ posts { totalCount } }"); // the database is built
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PostsGraph.Data.PostsDbContext>();
        var cache = new PostsGraph.GraphQL.Statistics.StatisticsCache();
        var computed = 0;
        Task<List<PostsGraph.GraphQL.Statistics.PostGroup>> Groups(int count)
        {
            computed++;
            var key = new PostsGraph.GraphQL.Statistics.PostGroupKey();
            return Task.FromResult(Enumerable.Range(0, count).Select(_ => new PostsGraph.GraphQL.Statistics.PostGroup(key, [], 1, 0, [], null)).ToList());
        }

        const int Third = PostsGraph.GraphQL.Statistics.StatisticsCache.MaxGroups / 3;
        foreach (var where in new[] { "a", "b", "c", "a", "b", "c" })
        {
            await cache.GetOrComputeAsync(db, where, [], _ => Groups(Third), CancellationToken.None);
        }

        Assert.Equal(3, computed); // three results of a third each fit: asked again, they are kept
        await cache.GetOrComputeAsync(db, "d", [], _ => Groups(Third), CancellationToken.None);
        Assert.True(cache.Groups <= PostsGraph.GraphQL.Statistics.StatisticsCache.MaxGroups);
        await cache.GetOrComputeAsync(db, "a", [], _ => Groups(Third), CancellationToken.None);
        Assert.Equal(5, computed); // the fourth made room by starting again, so "a" was computed again

        await cache.GetOrComputeAsync(db, "huge", [], _ => Groups(PostsGraph.GraphQL.Statistics.StatisticsCache.MaxGroups + 1), CancellationToken.None);
        await cache.GetOrComputeAsync(db, "huge", [], _ => Groups(PostsGraph.GraphQL.Statistics.StatisticsCache.MaxGroups + 1), CancellationToken.None);
        Assert.Equal(7, computed);
        Assert.True(cache.Groups <= PostsGraph.GraphQL.Statistics.StatisticsCache.MaxGroups);
    }
}
