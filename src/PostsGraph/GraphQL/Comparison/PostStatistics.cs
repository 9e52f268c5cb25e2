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
        public decimal? PaySum { get; init; }
        public decimal? PayMin { get; init; }
        public decimal? PayMax { get; init; }
        public int YearsCount { get; init; }
        public int? YearsSum { get; init; }
        public int? YearsMin { get; init; }
        public int? YearsMax { get; init; }
    }

    public static async Task<List<PostGroup>> ComputeAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var groupBy = (context.GetArgument<List<PostGroupBy>?>("groupBy") ?? []).Distinct().ToList();
        var posts = services.GetRequiredService<FilterTranslator>()
            .Apply(services.GetRequiredService<PostsDbContext>().Posts, context.GetArgument<Dictionary<string, object?>?>("where"));

        var rows = await posts.GroupBy(KeySelector(groupBy)).Select(g => new Row
        {
            Key = g.Key,
            Count = g.Count(),
            PaySum = g.Sum(p => (decimal?)p.AnnualNetPay!.Amount),
            PayMin = g.Min(p => (decimal?)p.AnnualNetPay!.Amount),
            PayMax = g.Max(p => (decimal?)p.AnnualNetPay!.Amount),
            YearsCount = g.Count(p => p.MinYearsExperience != null),
            YearsSum = g.Sum(p => p.MinYearsExperience),
            YearsMin = g.Min(p => p.MinYearsExperience),
            YearsMax = g.Max(p => p.MinYearsExperience),
        }).ToListAsync(context.CancellationToken);

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
            .Select(r => new PayStatistics(r.Key.Currency!, r.Count, r.PayMin!.Value, r.PayMax!.Value, Math.Round(r.PaySum!.Value / r.Count, 2), r.PaySum.Value))
            .ToList();
        var withYears = rows.Where(r => r.YearsCount > 0).ToList();
        var years = withYears.Count == 0
            ? null
            : new YearsStatistics(
                withYears.Sum(r => r.YearsCount), withYears.Min(r => r.YearsMin!.Value), withYears.Max(r => r.YearsMax!.Value),
                Math.Round((decimal)withYears.Sum(r => r.YearsSum!.Value) / withYears.Sum(r => r.YearsCount), 2));
        return new PostGroup(key, groupBy, rows.Sum(r => r.Count), rows.Where(r => r.Key.Currency is null).Sum(r => r.Count), pay, years);
    }

    // p => new PostGroupKey { OrganisationId = p.OrganisationId, ..., Currency = p.AnnualNetPay.CurrencyCode }
    private static Expression<Func<Post, PostGroupKey>> KeySelector(List<PostGroupBy> groupBy)
    {
        var post = Expression.Parameter(typeof(Post), "p");
        Expression Path(params string[] members) => members.Aggregate((Expression)post, Expression.Property);
        var bindings = new List<MemberBinding>();
        void Bind(string member, Expression value)
        {
            var property = typeof(PostGroupKey).GetProperty(member)!;
            bindings.Add(Expression.Bind(property, value.Type == property.PropertyType ? value : Expression.Convert(value, property.PropertyType)));
        }

        foreach (var by in groupBy)
        {
            switch (by)
            {
                case PostGroupBy.Organisation: Bind(nameof(PostGroupKey.OrganisationId), Path(nameof(Post.OrganisationId))); break;
                case PostGroupBy.Grade: Bind(nameof(PostGroupKey.GradeId), Path(nameof(Post.GradeId))); break;
                case PostGroupBy.GradeCategory: Bind(nameof(PostGroupKey.GradeCategory), Path(nameof(Post.Grade), nameof(Grade.Category))); break;
                case PostGroupBy.DutyStation: Bind(nameof(PostGroupKey.DutyStationId), Path(nameof(Post.DutyStationId))); break;
                case PostGroupBy.Country: Bind(nameof(PostGroupKey.CountryCode), Path(nameof(Post.DutyStation), nameof(DutyStation.CountryCode))); break;
                case PostGroupBy.AppointmentType: Bind(nameof(PostGroupKey.AppointmentType), Path(nameof(Post.AppointmentType))); break;
                case PostGroupBy.DeadlineYear:
                    Bind(nameof(PostGroupKey.DeadlineYear), Expression.Property(Expression.Property(Path(nameof(Post.Deadline)), "Value"), nameof(DateOnly.Year)));
                    break;
            }
        }

        Bind(nameof(PostGroupKey.Currency), Path(nameof(Post.AnnualNetPay), nameof(AnnualNetPay.CurrencyCode)));
        return Expression.Lambda<Func<Post, PostGroupKey>>(Expression.MemberInit(Expression.New(typeof(PostGroupKey)), bindings), post);
    }
}
