using System.Text.Json;

namespace PostsGraph.Tests;

// Which posts a group holds: `posts` on organisations, grades, duty stations and units, and the
// root lists filtered by them. The expected posts come from the notices: ICC's is a P-4 at The
// Hague; ILO's and ITU's are P-5s in Geneva; OPCW's and UNDSS's are P-3s.
[Collection(ApiCollection.Name)]
public sealed class MembershipTests(PostsGraphApp app)
{
    [Fact]
    public async Task ListsOnlyTheOrganisationsThatHavePosts()
    {
        var data = await app.QueryAsync("{ all: organisations { acronym } withPosts: organisations(where: { posts: { any: true } }) { acronym } }");

        Assert.True(data.GetProperty("all").GetArrayLength() > 5);
        Assert.Equal(["ICC", "ILO", "ITU", "OPCW", "UNDSS"], Strings(data.GetProperty("withPosts"), "acronym"));
    }

    [Fact]
    public async Task GivesEachGradeItsPosts()
    {
        var data = await app.QueryAsync("{ grades(where: { posts: { any: true } }) { code posts { totalCount nodes { key } } } }");

        var byGrade = data.GetProperty("grades").EnumerateArray().ToDictionary(g => g.GetProperty("code").GetString()!, g => g.GetProperty("posts"));
        Assert.Equal(["P-3", "P-4", "P-5"], byGrade.Keys.Order());
        Assert.Equal(["opcw-sco-2025", "undss-pco-2023"], Strings(byGrade["P-3"].GetProperty("nodes"), "key"));
        Assert.Equal(["icc-24313"], Strings(byGrade["P-4"].GetProperty("nodes"), "key"));
        Assert.Equal(["ilo-rbc-p-intserv-2025-27", "itu-2207"], Strings(byGrade["P-5"].GetProperty("nodes"), "key"));
        Assert.Equal(2, byGrade["P-5"].GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task PagesFiltersAndSortsEachParentsPostsOnTheirOwn()
    {
        var data = await app.QueryAsync("""
            { grades(where: { code: { in: ["P-3", "P-4", "P-5"] } }) { code
                first: posts(first: 1) { nodes { key } pageInfo { hasNextPage endCursor } }
                next: posts(first: 1, after: "MA==") { nodes { key } pageInfo { hasPreviousPage } }
                last: posts(last: 1) { nodes { key } }
                newest: posts(first: 1, order: [{ key: DESC }]) { nodes { key } }
                geneva: posts(where: { dutyStation: { key: { eq: "geneva" } } }) { totalCount } } }
            """);

        var p3 = data.GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("code").GetString() == "P-3");
        var p4 = data.GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("code").GetString() == "P-4");
        var p5 = data.GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("code").GetString() == "P-5");
        Assert.Equal(["opcw-sco-2025"], Strings(p3.GetProperty("first").GetProperty("nodes"), "key"));
        Assert.True(p3.GetProperty("first").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["undss-pco-2023"], Strings(p3.GetProperty("next").GetProperty("nodes"), "key"));
        Assert.True(p3.GetProperty("next").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(0, p4.GetProperty("next").GetProperty("nodes").GetArrayLength());
        // `last` counts back from each grade's own end: two posts at P-3, one at P-4.
        Assert.Equal(["undss-pco-2023"], Strings(p3.GetProperty("last").GetProperty("nodes"), "key"));
        Assert.Equal(["icc-24313"], Strings(p4.GetProperty("last").GetProperty("nodes"), "key"));
        Assert.Equal(["itu-2207"], Strings(p5.GetProperty("newest").GetProperty("nodes"), "key"));
        Assert.Equal(2, p5.GetProperty("geneva").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, p3.GetProperty("geneva").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task GivesDutyStationsAndUnitsTheirPosts()
    {
        var data = await app.QueryAsync("""
            { dutyStations(where: { key: { eq: "geneva" } }) { posts { nodes { key organisation { acronym } } } }
              units(where: { posts: { some: { key: { eq: "itu-2207" } } } }) { name posts { nodes { key } } } }
            """);

        var geneva = data.GetProperty("dutyStations")[0].GetProperty("posts").GetProperty("nodes");
        Assert.Equal(["ilo-rbc-p-intserv-2025-27", "itu-2207"], Strings(geneva, "key"));
        Assert.Equal("ILO", geneva[0].GetProperty("organisation").GetProperty("acronym").GetString());
        // ITU's notice: "Safety, Security and Resilience Division".
        var unit = Assert.Single(data.GetProperty("units").EnumerateArray());
        Assert.Equal("Safety, Security and Resilience Division", unit.GetProperty("name").GetString());
        Assert.Equal(["itu-2207"], Strings(unit.GetProperty("posts").GetProperty("nodes"), "key"));
    }

    [Fact]
    public async Task ReadsEveryParentsPostsWithAsManyQueriesAsOneParents()
    {
        // No N+1: the grades' pages in one query and their counts in one, however many grades there are.
        const string Fields = "code posts(first: 2) { totalCount nodes { key organisation { acronym } } }";
        app.Commands.Reset();
        await app.QueryAsync($$"""{ grades(where: { code: { eq: "P-5" } }) { {{Fields}} } }""");
        var one = app.Commands.Count;
        app.Commands.Reset();
        var data = await app.QueryAsync($$"""{ grades { {{Fields}} } }""");
        var all = app.Commands.Count;

        Assert.True(data.GetProperty("grades").GetArrayLength() > 10);
        Assert.Equal(one, all);
        Assert.True(all <= 3, $"{all} SQL commands:\n{string.Join("\n\n", app.Commands.Texts)}");
    }

    [Fact]
    public async Task GivesEachStatisticsGroupItsPosts()
    {
        var data = await app.QueryAsync("""
            { byGrade: postStatistics(groupBy: [GRADE]) { key { grade { code } } count
                posts { totalCount nodes { key } }
                opcw: posts(where: { organisation: { acronym: { eq: "OPCW" } } }) { nodes { key } } }
              geneva: postStatistics(where: { dutyStation: { key: { eq: "geneva" } } }, groupBy: [ORGANISATION, CURRENCY]) {
                key { organisation { acronym } currency } posts { nodes { key } } } }
            """);

        var byGrade = data.GetProperty("byGrade").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetProperty("grade").GetProperty("code").GetString()!);
        Assert.Equal(["opcw-sco-2025", "undss-pco-2023"], Strings(byGrade["P-3"].GetProperty("posts").GetProperty("nodes"), "key"));
        Assert.Equal(["ilo-rbc-p-intserv-2025-27", "itu-2207"], Strings(byGrade["P-5"].GetProperty("posts").GetProperty("nodes"), "key"));
        Assert.All(byGrade.Values, g => Assert.Equal(g.GetProperty("count").GetInt32(), g.GetProperty("posts").GetProperty("totalCount").GetInt32()));
        Assert.Equal(["opcw-sco-2025"], Strings(byGrade["P-3"].GetProperty("opcw").GetProperty("nodes"), "key"));
        Assert.Equal(0, byGrade["P-5"].GetProperty("opcw").GetProperty("nodes").GetArrayLength());
        // In Geneva: ILO's notice states no pay, ITU's is in US dollars.
        var geneva = data.GetProperty("geneva").EnumerateArray().Select(g =>
            $"{g.GetProperty("key").GetProperty("organisation").GetProperty("acronym").GetString()} {g.GetProperty("key").GetProperty("currency")}: "
            + string.Join(',', Strings(g.GetProperty("posts").GetProperty("nodes"), "key"))).ToList();
        Assert.Equal(["ILO : ilo-rbc-p-intserv-2025-27", "ITU USD: itu-2207"], geneva);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[GRADE]")]
    [InlineData("[ORGANISATION, GRADE]")]
    public async Task ReadsTheGroupsPostsWithThreeQueriesHoweverManyGroups(string groupBy)
    {
        var statistics = $"postStatistics(groupBy: {groupBy}) {{ count";
        await app.QueryAsync($"{{ {statistics} }} }}"); // the groups are then kept for the database build
        app.Commands.Reset();
        await app.QueryAsync($"{{ {statistics} }} }}");
        var without = app.Commands.Count;
        app.Commands.Reset();
        await app.QueryAsync($"{{ {statistics} posts(first: 1) {{ totalCount nodes {{ key organisation {{ acronym }} }} }} }} }}");

        // The matching posts' ids in order, their grouping facts, and the pages' posts.
        Assert.Equal(without + 3, app.Commands.Count);
    }

    [Fact]
    public async Task KeepsTheGroupsOfTwoStatisticsFieldsApartUnderOneFragment()
    {
        var data = await app.QueryAsync("""
            { byOrganisation: postStatistics(groupBy: [ORGANISATION]) { ...Members }
              geneva: postStatistics(where: { dutyStation: { key: { eq: "geneva" } } }, groupBy: [GRADE]) { ...Members } }
            fragment Members on PostGroup { count posts { totalCount } }
            """);

        foreach (var field in new[] { "byOrganisation", "geneva" })
        {
            Assert.All(data.GetProperty(field).EnumerateArray(), g =>
                Assert.Equal(g.GetProperty("count").GetInt32(), g.GetProperty("posts").GetProperty("totalCount").GetInt32()));
        }

        // Geneva's only grade is P-5, with ILO's and ITU's posts.
        Assert.Equal(2, Assert.Single(data.GetProperty("geneva").EnumerateArray()).GetProperty("count").GetInt32());
    }


    private static string[] Strings(JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];
}
