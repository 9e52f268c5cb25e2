using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Data;
using PostsGraph.Seed;
using PostsGraph.Synthetic;

namespace PostsGraph.Tests;

// Statistics are aggregated in memory from facts read once per database build. After the database is
// replaced by a few thousand generated posts (many groups, several currencies, posts without pay),
// they must equal what the posts themselves say, read here through the entities and grouped in the test.
public sealed class SyntheticStatisticsTests : IDisposable
{
    private readonly PostsGraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AggregatesEachGroupAsItsPostsSay()
    {
        // The host builds its database from seed/; the five posts' facts are read for that build.
        Assert.Equal(5, (await _app.QueryAsync("{ postStatistics { count } }")).GetProperty("postStatistics")[0].GetProperty("count").GetInt32());
        var model = SeedModel.Compile(new SeedReader(RepoPaths.Seed).Read());
        await _app.Services.GetRequiredService<IPostsDatabase>().ReplaceAsync(new SyntheticData(model.Reference, 3000, 11).WriteAsync, CancellationToken.None);

        var data = await _app.QueryAsync("""
            { postStatistics(where: { key: { startsWith: "syn-001" } }, groupBy: [ORGANISATION, GRADE]) {
                key { organisation { acronym } grade { code } } count postsWithoutPay
                annualNetPay { currency count min max sum } minYearsExperience { count min max } } }
            """);
        var served = data.GetProperty("postStatistics").EnumerateArray().ToDictionary(
            g => $"{g.GetProperty("key").GetProperty("organisation").GetProperty("acronym").GetString()}/{GradeOf(g)}", Describe);

        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PostsDbContext>();
        var posts = await db.Posts.Where(p => p.Key.StartsWith("syn-001")).Select(p => new
        {
            Organisation = p.Organisation!.Acronym, Grade = p.Grade == null ? null : p.Grade.Code,
            Currency = p.AnnualNetPay == null ? null : p.AnnualNetPay.CurrencyCode, Amount = p.AnnualNetPay == null ? (decimal?)null : p.AnnualNetPay.Amount,
            p.MinYearsExperience,
        }).ToListAsync();
        var expected = posts.GroupBy(p => $"{p.Organisation}/{p.Grade ?? "-"}").ToDictionary(g => g.Key, g => string.Join(" | ", [
            $"{g.Count()} posts, {g.Count(p => p.Currency == null)} without pay",
            .. g.Where(p => p.Currency != null).GroupBy(p => p.Currency!).OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => $"{c.Key} {c.Count()} {c.Min(p => p.Amount)!.Value:0.##} {c.Max(p => p.Amount)!.Value:0.##} {c.Sum(p => p.Amount)!.Value:0.##}"),
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

    private static string GradeOf(JsonElement group) =>
        group.GetProperty("key").GetProperty("grade") is { ValueKind: JsonValueKind.Object } grade ? grade.GetProperty("code").GetString()! : "-";

    private static string Describe(JsonElement group)
    {
        var years = group.GetProperty("minYearsExperience");
        return string.Join(" | ", [
            $"{group.GetProperty("count").GetInt32()} posts, {group.GetProperty("postsWithoutPay").GetInt32()} without pay",
            .. group.GetProperty("annualNetPay").EnumerateArray().Select(p =>
                $"{p.GetProperty("currency").GetString()} {p.GetProperty("count").GetInt32()} {p.GetProperty("min").GetDecimal():0.##} {p.GetProperty("max").GetDecimal():0.##} {p.GetProperty("sum").GetDecimal():0.##}"),
            years.ValueKind == JsonValueKind.Object
                ? $"years {years.GetProperty("count").GetInt32()} {years.GetProperty("min").GetInt32()} {years.GetProperty("max").GetInt32()}"
                : "no years",
        ]);
    }
}
