using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Data;
using PostsGraph.GraphQL.Statistics;
using PostsGraph.Seed;
using PostsGraph.Synthetic;

namespace PostsGraph.Tests;

// The fast statistics (ids from the database, facts from memory) must give what a plain EF Core
// GROUP BY over the same posts gives, for every way of grouping, with and without a filter, over a few
// thousand generated posts (many groups, several currencies, posts without pay, years or deadline).
public sealed class StatisticsOracleTests : IDisposable
{
    private readonly PostsGraphApp _app = new();

    public void Dispose() => _app.Dispose();

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
        var model = SeedModel.Compile(new SeedReader(RepoPaths.Seed).Read());
        await _app.Services.GetRequiredService<IPostsDatabase>().ReplaceAsync(new SyntheticData(model.Reference, 3000, 7).WriteAsync, CancellationToken.None);
        using var scope = _app.Services.CreateScope();
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
                var expected = Describe(await plain.ComputeAsync(db, where, groupBy, "oracle", CancellationToken.None));
                var actual = Describe(await fast.ComputeAsync(db, where, groupBy, "oracle", CancellationToken.None));
                Assert.True(expected.Count > (groupBy.Length == 0 ? 0 : 1), $"groupBy [{string.Join(", ", groupBy)}]: only {expected.Count} groups");
                Assert.True(expected.SequenceEqual(actual),
                    $"groupBy [{string.Join(", ", groupBy)}], where {System.Text.Json.JsonSerializer.Serialize(where)}:\n{string.Join("\n", expected.Except(actual).Take(3))}\nagainst\n{string.Join("\n", actual.Except(expected).Take(3))}");
            }
        }
    }

    // Each group as one line, in the order the API gives them.
    private static List<string> Describe(List<PostGroup> groups) => [.. PostStatistics.Ordered(groups).Select(g =>
        $"{g.Key.Organisation?.Acronym}/{g.Key.Grade?.Code}/{g.Key.GradeCategory}/{g.Key.DutyStation?.Key}/{g.Key.Country?.Code}/{g.Key.AppointmentType}/{g.Key.Currency}/{g.Key.DeadlineYear}: "
        + $"{g.Count} posts, {g.PostsWithoutPay} without pay; "
        + string.Join(", ", g.AnnualNetPay.Select(p => $"{p.Currency} {p.Count} {p.Min} {p.Max} {p.Avg} {p.Sum}"))
        + (g.MinYearsExperience is { } y ? $"; years {y.Count} {y.Min} {y.Max} {y.Avg}" : "; no years"))];
}
