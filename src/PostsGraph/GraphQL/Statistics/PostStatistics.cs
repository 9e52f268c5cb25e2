using GraphQL;
using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Statistics;

public enum PostGroupBy
{
    Organisation,
    Grade,
    GradeCategory,
    DutyStation,
    Country,
    AppointmentType,
    Currency,
    DeadlineYear,
}

// The values a group of posts shares; only the members asked for in groupBy are set. The rows its
// keys name come with it where the facts of the build hold them.
public sealed record PostGroupKey
{
    public int? OrganisationId { get; init; }
    public Organisation? Organisation { get; init; }
    public int? GradeId { get; init; }
    public Grade? Grade { get; init; }
    public GradeCategory? GradeCategory { get; init; }
    public int? DutyStationId { get; init; }
    public DutyStation? DutyStation { get; init; }
    public string? CountryCode { get; init; }
    public Country? Country { get; init; }
    public AppointmentType? AppointmentType { get; init; }
    public int? DeadlineYear { get; init; }
    public string? Currency { get; init; }
}

public sealed record PayStatistics(string Currency, int Count, decimal Min, decimal Max, decimal Avg, decimal Sum)
{
    // How firm the figures are: how many of them are estimates, minimums, "from" figures and exact.
    public IReadOnlyList<QualifierCount> Qualifiers { get; init; } = [];
}

public sealed record QualifierCount(PayQualifier Qualifier, int Count);

public static class QualifierCounts
{
    public static readonly int Qualifiers = Enum.GetValues<PayQualifier>().Length;

    // The non-zero counts, by PayQualifier (from the weakest figure to the firmest).
    public static List<QualifierCount> Of(IReadOnlyList<int> counts) =>
        [.. Enum.GetValues<PayQualifier>().Where(q => counts[(int)q] > 0).Select(q => new QualifierCount(q, counts[(int)q]))];
}

public sealed record YearsStatistics(int Count, int Min, int Max, decimal Avg);

public sealed record PostGroup(PostGroupKey Key, IReadOnlyList<PostGroupBy> GroupedBy, int Count, int PostsWithoutPay, IReadOnlyList<PayStatistics> AnnualNetPay, YearsStatistics? MinYearsExperience)
{
    // The `where` of the statistics the group belongs to: its posts are those it selects with the group's key.
    public IDictionary<string, object?>? Where { get; init; }
}

// postStatistics: grouped statistics over the posts a `where` selects (the filter `posts` uses), computed
// under a slot of StatisticsGate and kept per database build (StatisticsCache). Pay is never aggregated
// across currencies: each group keeps one pay line per currency.
public static class PostStatistics
{
    public static async Task<List<PostGroup>> ComputeAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var groupBy = (context.GetArgument<List<PostGroupBy>?>("groupBy") ?? []).Distinct().ToList();
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        if (context.UserContext is RequestContext request)
        {
            // Computed, built and written under a slot (StatisticsGate).
            await services.GetRequiredService<StatisticsGate>().EnterAsync(request, context.CancellationToken);
        }

        var db = services.GetRequiredService<PostsDbContext>();
        var statistics = services.GetRequiredService<IPostStatistics>();
        return await services.GetRequiredService<StatisticsCache>().GetOrComputeAsync(
            db, where, groupBy, async build => [.. Ordered(await statistics.ComputeAsync(db, where, groupBy, build, context.CancellationToken)).Select(g => g with { Where = where })],
            context.CancellationToken);
    }

    // Groups in the order of their keys: organisation, grade category, grade, duty station, country,
    // appointment type, currency (groups without one last), deadline year.
    public static List<PostGroup> Ordered(IEnumerable<PostGroup> groups) => groups
        .OrderBy(g => g.Key.OrganisationId).ThenBy(g => g.Key.GradeCategory).ThenBy(g => g.Key.GradeId).ThenBy(g => g.Key.DutyStationId)
        .ThenBy(g => g.Key.CountryCode, StringComparer.Ordinal).ThenBy(g => g.Key.AppointmentType).ThenBy(g => g.Key.Currency is null).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
        .ThenBy(g => g.Key.DeadlineYear)
        .ToList();

    // Amounts to the cent, without trailing zeros.
    public static decimal Money(decimal value) => Math.Round(value, 2) / 1.00m;
}

// Computes the groups of the posts `where` selects in one database build, in any order.
public interface IPostStatistics
{
    Task<List<PostGroup>> ComputeAsync(
        PostsDbContext db, IDictionary<string, object?>? where, IReadOnlyList<PostGroupBy> groupBy, string build, CancellationToken cancellationToken);
}
