using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.Export;
using PostsGraph.GraphQL.Statistics;
using PostsGraph.Seed;
using PostsGraph.Synthetic;

namespace PostsGraph.Tests;

// Statistics over a few thousand generated posts (many groups, several currencies, posts without pay,
// years or deadline), which replace the seed's database once for the class.
public sealed class SyntheticDataset : IAsyncLifetime
{
    // No periodic check while the generated posts replace the database: the watcher rebuilds from seed/ a database it finds unsound.
    public PostsGraphApp App { get; } = new() { Settings = { ["Seed:CheckInterval"] = "1.00:00:00" } };

    // What the statistics counted on the seed's database, before it was replaced.
    public int SeedPostsCounted { get; private set; }

    public async Task InitializeAsync()
    {
        // The host builds its database from seed/; the five posts' facts are read for that build, so
        // the tests also show that they are read again for the new one.
        SeedPostsCounted = (await App.QueryAsync("{ postStatistics { count } }")).GetProperty("postStatistics")[0].GetProperty("count").GetInt32();
        var model = SeedModel.Compile(new SeedReader(RepoPaths.Seed).Read());
        await App.Services.GetRequiredService<IPostsDatabase>().ReplaceAsync(new SyntheticData(model.Reference, 3000, 11).WriteAsync, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

// Statistics are aggregated in memory from facts read once per database build. Over the generated
// posts they must equal what the posts themselves say, read through the entities and grouped in the
// test, and what a plain EF Core GROUP BY over the same posts gives.
public sealed class SyntheticStatisticsTests(SyntheticDataset dataset) : IClassFixture<SyntheticDataset>
{
    private PostsGraphApp App => dataset.App;

    [Fact]
    public async Task AggregatesEachGroupAsItsPostsSay()
    {
        Assert.Equal(5, dataset.SeedPostsCounted);

        var data = await App.QueryAsync("""
            { postStatistics(where: { key: { startsWith: "syn-001" } }, groupBy: [ORGANISATION, GRADE]) {
                key { organisation { acronym } grade { code } } count postsWithoutPay
                annualNetPay { currency count min max sum qualifiers { qualifier count } } minYearsExperience { count min max } } }
            """);
        var served = data.GetProperty("postStatistics").EnumerateArray().ToDictionary(
            g => $"{g.GetProperty("key").GetProperty("organisation").GetProperty("acronym").GetString()}/{GradeOf(g)}", Describe);

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PostsDbContext>();
        var posts = await db.Posts.Where(p => p.Key.StartsWith("syn-001")).Select(p => new
        {
            Organisation = p.Organisation!.Acronym, Grade = p.Grade == null ? null : p.Grade.Code,
            Currency = p.AnnualNetPay == null ? null : p.AnnualNetPay.CurrencyCode, Amount = p.AnnualNetPay == null ? (decimal?)null : p.AnnualNetPay.Amount,
            Qualifier = p.AnnualNetPay == null ? (PayQualifier?)null : p.AnnualNetPay.Qualifier,
            p.MinYearsExperience,
        }).ToListAsync();
        var expected = posts.GroupBy(p => $"{p.Organisation}/{p.Grade ?? "-"}").ToDictionary(g => g.Key, g => string.Join(" | ", [
            $"{g.Count()} posts, {g.Count(p => p.Currency == null)} without pay",
            .. g.Where(p => p.Currency != null).GroupBy(p => p.Currency!).OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => $"{c.Key} {c.Count()} {c.Min(p => p.Amount)!.Value:0.##} {c.Max(p => p.Amount)!.Value:0.##} {c.Sum(p => p.Amount)!.Value:0.##} "
                    + string.Join(",", c.GroupBy(p => p.Qualifier!.Value).OrderBy(q => q.Key).Select(q => $"{ExportText.Name(q.Key)}:{q.Count()}"))),
            g.Any(p => p.MinYearsExperience != null)
                ? $"years {g.Count(p => p.MinYearsExperience != null)} {g.Min(p => p.MinYearsExperience)} {g.Max(p => p.MinYearsExperience)}"
                : "no years",
        ]));

        // Keys syn-001000 to syn-001999: a thousand posts, spread over many groups.
        Assert.Equal(1000, posts.Count);
        Assert.True(expected.Count > 50, $"only {expected.Count} groups");
        Assert.True(posts.Select(p => p.Currency).Distinct().Count() > 2, "too few currencies");
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), served.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task GeneratesPostsWhoseDerivedValuesAgreeWithTheirFacts()
    {
        // As the loader derives them for curated posts: dutyCount is the number of duties, the vacancy
        // number is the first identifier, and the years are the required minimum (with an advanced
        // degree) and that plus a first-degree route's additional years.
        var data = await App.QueryAsync("""
            { posts(first: 30, where: { key: { startsWith: "syn-" } }) { nodes { vacancyNumber dutyCount duties { text } identifiers { kind value }
                minYearsExperience minYearsExperienceWithFirstDegree
                experience { necessity minYears withEducation } education { level inLieuOf additionalYears } } } }
            """);

        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(30, posts.Count);
        Assert.All(posts, p =>
        {
            Assert.Equal(p.GetProperty("duties").GetArrayLength(), p.GetProperty("dutyCount").GetInt32());
            var identifier = Assert.Single(p.GetProperty("identifiers").EnumerateArray());
            Assert.Equal("VACANCY_NUMBER", identifier.GetProperty("kind").GetString());
            Assert.Equal(p.GetProperty("vacancyNumber").GetString(), identifier.GetProperty("value").GetString());
            var required = p.GetProperty("experience").EnumerateArray()
                .Where(e => e.GetProperty("necessity").GetString() == "REQUIRED" && e.GetProperty("minYears").ValueKind == JsonValueKind.Number)
                .Max(e => e.GetProperty("minYears").GetInt32());
            Assert.Equal(required, p.GetProperty("minYearsExperience").GetInt32());
            var route = p.GetProperty("education").EnumerateArray().SingleOrDefault(e => e.GetProperty("level").GetString() == "FIRST_DEGREE");
            Assert.Equal(
                route.ValueKind == JsonValueKind.Undefined ? null : required + route.GetProperty("additionalYears").GetInt32(),
                p.GetProperty("minYearsExperienceWithFirstDegree") is { ValueKind: JsonValueKind.Number } y ? y.GetInt32() : (int?)null);
        });
        Assert.Contains(posts, p => p.GetProperty("minYearsExperienceWithFirstDegree").ValueKind == JsonValueKind.Null);
        Assert.Contains(posts, p => p.GetProperty("minYearsExperienceWithFirstDegree").ValueKind == JsonValueKind.Number);
    }

    private static string GradeOf(JsonElement group) =>
        group.GetProperty("key").GetProperty("grade") is { ValueKind: JsonValueKind.Object } grade ? grade.GetProperty("code").GetString()! : "-";

    private static string Describe(JsonElement group)
    {
        var years = group.GetProperty("minYearsExperience");
        return string.Join(" | ", [
            $"{group.GetProperty("count").GetInt32()} posts, {group.GetProperty("postsWithoutPay").GetInt32()} without pay",
            .. group.GetProperty("annualNetPay").EnumerateArray().Select(p =>
                $"{p.GetProperty("currency").GetString()} {p.GetProperty("count").GetInt32()} {p.GetProperty("min").GetDecimal():0.##} {p.GetProperty("max").GetDecimal():0.##} {p.GetProperty("sum").GetDecimal():0.##} "
                + string.Join(",", p.GetProperty("qualifiers").EnumerateArray().Select(q => $"{q.GetProperty("qualifier").GetString()}:{q.GetProperty("count").GetInt32()}"))),
            years.ValueKind == JsonValueKind.Object
                ? $"years {years.GetProperty("count").GetInt32()} {years.GetProperty("min").GetInt32()} {years.GetProperty("max").GetInt32()}"
                : "no years",
        ]);
    }

    private static readonly PostGroupBy[][] Groupings =
    [
        [],
        [PostGroupBy.Organisation],
        [PostGroupBy.Grade],
        [PostGroupBy.GradeCategory, PostGroupBy.Currency],
        [PostGroupBy.DutyStation, PostGroupBy.AppointmentType],
        [PostGroupBy.Country, PostGroupBy.DeadlineYear],
        [PostGroupBy.Organisation, PostGroupBy.Grade, PostGroupBy.DutyStation, PostGroupBy.Currency],
        [PostGroupBy.Organisation, PostGroupBy.Grade, PostGroupBy.GradeCategory, PostGroupBy.DutyStation, PostGroupBy.Country,
            PostGroupBy.AppointmentType, PostGroupBy.Currency, PostGroupBy.DeadlineYear],
    ];

    [Fact]
    public async Task GivesWhatAPlainGroupByGives()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PostsDbContext>();
        var fast = scope.ServiceProvider.GetRequiredService<IPostStatistics>();
        var plain = scope.ServiceProvider.GetRequiredService<QueryStatistics>();
        Assert.IsType<InMemoryStatistics>(fast);

        Dictionary<string, object?>?[] filters =
        [
            null,
            new() { ["key"] = new Dictionary<string, object?> { ["startsWith"] = "syn-001" } },
            new() { ["annualNetPay"] = new Dictionary<string, object?> { ["amount"] = new Dictionary<string, object?> { ["gte"] = 90000m } } },
        ];
        foreach (var groupBy in Groupings)
        {
            foreach (var where in filters)
            {
                var expected = Lines(await plain.ComputeAsync(db, where, groupBy, "oracle", CancellationToken.None));
                var actual = Lines(await fast.ComputeAsync(db, where, groupBy, "oracle", CancellationToken.None));
                Assert.True(expected.Count > (groupBy.Length == 0 ? 0 : 1), $"groupBy [{string.Join(", ", groupBy)}]: only {expected.Count} groups");
                Assert.True(expected.SequenceEqual(actual),
                    $"groupBy [{string.Join(", ", groupBy)}], where {System.Text.Json.JsonSerializer.Serialize(where)}:\n{string.Join("\n", expected.Except(actual).Take(3))}\nagainst\n{string.Join("\n", actual.Except(expected).Take(3))}");
            }
        }
    }

    // Each group as one line, in the order the API gives them.
    private static List<string> Lines(List<PostGroup> groups) => [.. PostStatistics.Ordered(groups).Select(g =>
        $"{g.Key.Organisation?.Acronym}/{g.Key.Grade?.Code}/{g.Key.GradeCategory}/{g.Key.DutyStation?.Key}/{g.Key.Country?.Code}/{g.Key.AppointmentType}/{g.Key.Currency}/{g.Key.DeadlineYear}: "
        + $"{g.Count} posts, {g.PostsWithoutPay} without pay; "
        + string.Join(", ", g.AnnualNetPay.Select(p => $"{p.Currency} {p.Count} {p.Min} {p.Max} {p.Avg} {p.Sum} {string.Join(",", p.Qualifiers)}"))
        + (g.MinYearsExperience is { } y ? $"; years {y.Count} {y.Min} {y.Max} {y.Avg}" : "; no years"))];
}
