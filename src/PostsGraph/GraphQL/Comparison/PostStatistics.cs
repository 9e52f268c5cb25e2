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

// One post reduced to what statistics group and aggregate (PostFactsTable holds them per build).
public readonly record struct PostFacts(
    int OrganisationId, int? GradeId, GradeCategory? GradeCategory, int? DutyStationId, string? CountryCode,
    AppointmentType? AppointmentType, int? DeadlineYear, string? Currency, decimal? Amount, int? Years);

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
    public string? Currency { get; init; }
}

public sealed record PayStatistics(string Currency, int Count, decimal Min, decimal Max, decimal Avg, decimal Sum);

public sealed record YearsStatistics(int Count, int Min, int Max, decimal Avg);

public sealed record PostGroup(PostGroupKey Key, IReadOnlyList<PostGroupBy> GroupedBy, int Count, int PostsWithoutPay, IReadOnlyList<PayStatistics> AnnualNetPay, YearsStatistics? MinYearsExperience);

// Grouped statistics over the posts a `where` selects. The database gives the ids of the selected
// posts (the filter is the one `posts` uses); their facts come from memory (PostFactsTable) and are
// aggregated here, amounts in decimal. Pay is never aggregated across currencies: each group keeps
// one pay line per currency.
public static class PostStatistics
{
    public static async Task<List<PostGroup>> ComputeAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var groupBy = (context.GetArgument<List<PostGroupBy>?>("groupBy") ?? []).Distinct().ToList();
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var db = services.GetRequiredService<PostsDbContext>();
        return await services.GetRequiredService<StatisticsCache>().GetOrComputeAsync(
            db, where, groupBy, build => ComputeAsync(services, db, where, groupBy, build, context.CancellationToken), context.CancellationToken);
    }

    private static async Task<List<PostGroup>> ComputeAsync(
        IServiceProvider services, PostsDbContext db, Dictionary<string, object?>? where, List<PostGroupBy> groupBy, string build,
        CancellationToken cancellationToken)
    {
        var facts = await services.GetRequiredService<PostFactsTable>().GetAsync(db, build, cancellationToken);
        var groups = new Groups(groupBy);
        if (where is null)
        {
            foreach (var post in facts.Values)
            {
                groups.Add(post);
            }
        }
        else
        {
            var ids = services.GetRequiredService<FilterTranslator>().Apply(db.Posts, where).Select(p => p.Id);
            await AddSelectedAsync(db, ids, facts, groups, cancellationToken);
        }

        return groups.ToGroups()
            .OrderBy(g => g.Key.OrganisationId).ThenBy(g => g.Key.GradeCategory).ThenBy(g => g.Key.GradeId).ThenBy(g => g.Key.DutyStationId)
            .ThenBy(g => g.Key.CountryCode, StringComparer.Ordinal).ThenBy(g => g.Key.AppointmentType).ThenBy(g => g.Key.Currency is null).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .ThenBy(g => g.Key.DeadlineYear)
            .ToList();
    }

    // The selected posts are added as their ids are read, from the command EF Core makes for the
    // query: materialising the ids through EF Core cost about 1.5 times as much (31 against 21 ms for
    // 100,000 ids on SQLite, one client), and a list of them is garbage on the large object heap.
    private static async Task AddSelectedAsync(
        PostsDbContext db, IQueryable<int> ids, IReadOnlyDictionary<int, PostFacts> facts, Groups groups, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = ids.CreateDbCommand();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (facts.TryGetValue(reader.GetInt32(0), out var post))
                {
                    groups.Add(post);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // The posts added so far, grouped under groupBy: a post's group is found by the values of the
    // fields asked for (one lookup per post), and a group's key is made once, with the group.
    private sealed class Groups(List<PostGroupBy> groupBy)
    {
        private readonly bool _organisation = groupBy.Contains(PostGroupBy.Organisation);
        private readonly bool _grade = groupBy.Contains(PostGroupBy.Grade);
        private readonly bool _category = groupBy.Contains(PostGroupBy.GradeCategory);
        private readonly bool _station = groupBy.Contains(PostGroupBy.DutyStation);
        private readonly bool _country = groupBy.Contains(PostGroupBy.Country);
        private readonly bool _type = groupBy.Contains(PostGroupBy.AppointmentType);
        private readonly bool _year = groupBy.Contains(PostGroupBy.DeadlineYear);
        private readonly bool _currency = groupBy.Contains(PostGroupBy.Currency);
        private readonly Dictionary<Values, Group> _groups = [];

        public void Add(in PostFacts post)
        {
            var values = new Values(
                _organisation ? post.OrganisationId : null, _grade ? post.GradeId : null, _category ? post.GradeCategory : null,
                _station ? post.DutyStationId : null, _country ? post.CountryCode : null, _type ? post.AppointmentType : null,
                _year ? post.DeadlineYear : null, _currency ? post.Currency : null);
            if (!_groups.TryGetValue(values, out var group))
            {
                _groups[values] = group = new Group(new PostGroupKey
                {
                    OrganisationId = values.OrganisationId, GradeId = values.GradeId, GradeCategory = values.GradeCategory,
                    DutyStationId = values.DutyStationId, CountryCode = values.CountryCode, AppointmentType = values.AppointmentType,
                    DeadlineYear = values.DeadlineYear, Currency = values.Currency,
                });
            }

            group.Add(post);
        }

        public IEnumerable<PostGroup> ToGroups() => _groups.Values.Select(g => g.ToGroup(groupBy));

        // A value tuple of eight boxes its last member to hash and compare it, once per post.
        private readonly record struct Values(
            int? OrganisationId, int? GradeId, GradeCategory? GradeCategory, int? DutyStationId, string? CountryCode,
            AppointmentType? AppointmentType, int? DeadlineYear, string? Currency);
    }

    private sealed class Group(PostGroupKey key)
    {
        private readonly List<Pay> _pay = new(1); // one per currency: nearly always one
        private int _count;
        private int _withoutPay;
        private int _yearsCount;
        private long _yearsSum;
        private int _yearsMin = int.MaxValue;
        private int _yearsMax = int.MinValue;

        public void Add(in PostFacts post)
        {
            _count++;
            if (post is { Currency: { } currency, Amount: { } amount })
            {
                PayIn(currency, amount).Add(amount);
            }
            else
            {
                _withoutPay++;
            }

            if (post.Years is { } years)
            {
                _yearsCount++;
                _yearsSum += years;
                _yearsMin = Math.Min(_yearsMin, years);
                _yearsMax = Math.Max(_yearsMax, years);
            }
        }

        private Pay PayIn(string currency, decimal first)
        {
            foreach (var pay in _pay)
            {
                if (pay.Currency == currency)
                {
                    return pay;
                }
            }

            _pay.Add(new Pay(currency, first));
            return _pay[^1];
        }

        public PostGroup ToGroup(List<PostGroupBy> groupBy) => new(
            key, groupBy, _count, _withoutPay,
            [.. _pay.OrderBy(p => p.Currency, StringComparer.Ordinal)
                .Select(p => new PayStatistics(p.Currency, p.Count, Money(p.Min), Money(p.Max), Math.Round(Money(p.Sum) / p.Count, 2), Money(p.Sum)))],
            _yearsCount == 0 ? null : new YearsStatistics(_yearsCount, _yearsMin, _yearsMax, Math.Round((decimal)_yearsSum / _yearsCount, 2)));
    }

    private sealed class Pay(string currency, decimal first)
    {
        public string Currency { get; } = currency;
        public int Count { get; private set; }
        public decimal Min { get; private set; } = first;
        public decimal Max { get; private set; } = first;
        public decimal Sum { get; private set; }

        public void Add(decimal amount)
        {
            Count++;
            Sum += amount;
            Min = Math.Min(Min, amount);
            Max = Math.Max(Max, amount);
        }
    }

    private static decimal Money(decimal value) => Math.Round(value, 2) / 1.00m;
}
