using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;

namespace PostsGraph.GraphQL.Comparison;

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

// One post reduced to what statistics group and aggregate, so that the GROUP BY works on plain
// columns (aggregating through the owned pay type would make EF Core add a subquery per group).
public sealed record PostFacts
{
    public int OrganisationId { get; init; }
    public int? GradeId { get; init; }
    public GradeCategory? GradeCategory { get; init; }
    public int? DutyStationId { get; init; }
    public string? CountryCode { get; init; }
    public AppointmentType? AppointmentType { get; init; }
    public int? DeadlineYear { get; init; }
    public string? Currency { get; init; }
    // As a double: SQLite cannot aggregate decimals in SQL (EF Core would read them row by row).
    // Amounts have at most two decimals, far inside a double's exact range; results are rounded back.
    public double? Amount { get; init; }
    public int? Years { get; init; }
}

// The values a group of posts shares; only the members asked for in groupBy are set.
public sealed record PostGroupKey
{
    public int? OrganisationId { get; init; }
    public int? GradeId { get; init; }
    public GradeCategory? GradeCategory { get; init; }
    public int? DutyStationId { get; init; }
    public string? CountryCode { get; init; }
    public AppointmentType? AppointmentType { get; init; }
    public int? DeadlineYear { get; init; }

    // Always part of the SQL grouping, so that pay is never aggregated across currencies.
    public string? Currency { get; init; }
}

public sealed record PayStatistics(string Currency, int Count, decimal Min, decimal Max, decimal Avg, decimal Sum);

public sealed record YearsStatistics(int Count, int Min, int Max, decimal Avg);

public sealed record PostGroup(PostGroupKey Key, IReadOnlyList<PostGroupBy> GroupedBy, int Count, int PostsWithoutPay, IReadOnlyList<PayStatistics> AnnualNetPay, YearsStatistics? MinYearsExperience);

// Grouped statistics over the posts a `where` selects, computed by one GROUP BY statement. The
// statement groups by the keys asked for plus the pay currency; groups are then merged on the keys
// alone, keeping one pay line per currency.
public static class PostStatistics
{
    private sealed class Row
    {
        public required PostGroupKey Key { get; init; }
        public int Count { get; init; }
        public double? PaySum { get; init; }
        public double? PayMin { get; init; }
        public double? PayMax { get; init; }
        public int YearsCount { get; init; }
        public int? YearsSum { get; init; }
        public int? YearsMin { get; init; }
        public int? YearsMax { get; init; }
    }

    public static async Task<List<PostGroup>> ComputeAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var groupBy = (context.GetArgument<List<PostGroupBy>?>("groupBy") ?? []).Distinct().ToList();
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var db = services.GetRequiredService<PostsDbContext>();
        return await services.GetRequiredService<StatisticsCache>().GetOrComputeAsync(
            db, where, groupBy, () => ComputeAsync(services, db, where, groupBy, context.CancellationToken), context.CancellationToken);
    }

    private static async Task<List<PostGroup>> ComputeAsync(
        IServiceProvider services, PostsDbContext db, Dictionary<string, object?>? where, List<PostGroupBy> groupBy, CancellationToken cancellationToken)
    {
        // The filter selects posts; the statistics read their plain columns (see PostRow).
        var posts = services.GetRequiredService<FilterTranslator>().Apply(db.Posts, where);
        var rowsOfPosts = where is null
            ? db.PostRows
            : db.PostRows.Where(r => posts.Select(p => p.Id).Contains(r.Id));
        // Grades and duty stations are joined only when a group key needs them.
        var facts = groupBy.Contains(PostGroupBy.GradeCategory) || groupBy.Contains(PostGroupBy.Country)
            ? from r in rowsOfPosts
              join g in db.Grades on r.GradeId equals g.Id into grades
              from g in grades.DefaultIfEmpty()
              join d in db.DutyStations on r.DutyStationId equals d.Id into stations
              from d in stations.DefaultIfEmpty()
              select new PostFacts
              {
                  OrganisationId = r.OrganisationId, GradeId = r.GradeId, GradeCategory = g == null ? null : g.Category,
                  DutyStationId = r.DutyStationId, CountryCode = d == null ? null : d.CountryCode, AppointmentType = r.AppointmentType,
                  DeadlineYear = r.Deadline == null ? null : r.Deadline.Value.Year, Currency = r.AnnualNetPayCurrency,
                  Amount = r.AnnualNetPayAmount, Years = r.MinYearsExperience,
              }
            : rowsOfPosts.Select(r => new PostFacts
            {
                OrganisationId = r.OrganisationId, GradeId = r.GradeId, DutyStationId = r.DutyStationId, AppointmentType = r.AppointmentType,
                DeadlineYear = r.Deadline == null ? null : r.Deadline.Value.Year, Currency = r.AnnualNetPayCurrency,
                Amount = r.AnnualNetPayAmount, Years = r.MinYearsExperience,
            });
        var rows = await facts.GroupBy(KeySelector(groupBy)).Select(g => new Row
        {
            Key = g.Key,
            Count = g.Count(),
            PaySum = g.Sum(f => f.Amount),
            PayMin = g.Min(f => f.Amount),
            PayMax = g.Max(f => f.Amount),
            YearsCount = g.Count(f => f.Years != null),
            YearsSum = g.Sum(f => f.Years),
            YearsMin = g.Min(f => f.Years),
            YearsMax = g.Max(f => f.Years),
        }).ToListAsync(cancellationToken);

        return rows
            .GroupBy(r => r.Key with { Currency = groupBy.Contains(PostGroupBy.Currency) ? r.Key.Currency : null })
            .Select(g => Merge(g.Key, groupBy, [.. g]))
            .OrderBy(g => g.Key.OrganisationId).ThenBy(g => g.Key.GradeCategory).ThenBy(g => g.Key.GradeId).ThenBy(g => g.Key.DutyStationId)
            .ThenBy(g => g.Key.CountryCode, StringComparer.Ordinal).ThenBy(g => g.Key.AppointmentType).ThenBy(g => g.Key.Currency is null).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .ThenBy(g => g.Key.DeadlineYear)
            .ToList();
    }

    private static PostGroup Merge(PostGroupKey key, List<PostGroupBy> groupBy, List<Row> rows)
    {
        var pay = rows.Where(r => r.Key.Currency is not null)
            .OrderBy(r => r.Key.Currency, StringComparer.Ordinal)
            .Select(r => new PayStatistics(r.Key.Currency!, r.Count, Money(r.PayMin!.Value), Money(r.PayMax!.Value), Math.Round(Money(r.PaySum!.Value) / r.Count, 2), Money(r.PaySum.Value)))
            .ToList();
        var withYears = rows.Where(r => r.YearsCount > 0).ToList();
        var years = withYears.Count == 0
            ? null
            : new YearsStatistics(
                withYears.Sum(r => r.YearsCount), withYears.Min(r => r.YearsMin!.Value), withYears.Max(r => r.YearsMax!.Value),
                Math.Round((decimal)withYears.Sum(r => r.YearsSum!.Value) / withYears.Sum(r => r.YearsCount), 2));
        return new PostGroup(key, groupBy, rows.Sum(r => r.Count), rows.Where(r => r.Key.Currency is null).Sum(r => r.Count), pay, years);
    }

    private static decimal Money(double value) => Math.Round((decimal)value, 2) / 1.00m;

    // f => new PostGroupKey { OrganisationId = f.OrganisationId, ..., Currency = f.Currency }
    private static Expression<Func<PostFacts, PostGroupKey>> KeySelector(List<PostGroupBy> groupBy)
    {
        var facts = Expression.Parameter(typeof(PostFacts), "f");
        var bindings = new List<MemberBinding>();
        void Bind(string member)
        {
            var property = typeof(PostGroupKey).GetProperty(member)!;
            var value = Expression.Property(facts, typeof(PostFacts).GetProperty(member)!);
            bindings.Add(Expression.Bind(property, value.Type == property.PropertyType ? value : Expression.Convert(value, property.PropertyType)));
        }

        foreach (var by in groupBy)
        {
            Bind(by switch
            {
                PostGroupBy.Organisation => nameof(PostGroupKey.OrganisationId),
                PostGroupBy.Grade => nameof(PostGroupKey.GradeId),
                PostGroupBy.GradeCategory => nameof(PostGroupKey.GradeCategory),
                PostGroupBy.DutyStation => nameof(PostGroupKey.DutyStationId),
                PostGroupBy.Country => nameof(PostGroupKey.CountryCode),
                PostGroupBy.AppointmentType => nameof(PostGroupKey.AppointmentType),
                PostGroupBy.DeadlineYear => nameof(PostGroupKey.DeadlineYear),
                _ => nameof(PostGroupKey.Currency),
            });
        }

        if (!groupBy.Contains(PostGroupBy.Currency))
        {
            Bind(nameof(PostGroupKey.Currency));
        }

        return Expression.Lambda<Func<PostFacts, PostGroupKey>>(Expression.MemberInit(Expression.New(typeof(PostGroupKey)), bindings), facts);
    }
}
