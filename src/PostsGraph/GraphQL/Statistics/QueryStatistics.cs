using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;
using static PostsGraph.GraphQL.Statistics.PostStatistics;

namespace PostsGraph.GraphQL.Statistics;

// The plain path: one EF Core GROUP BY over the filtered posts, by the fields asked for and the pay's
// currency, then the currencies of a group put together here. It needs nothing of the provider, so it
// serves a database InMemoryStatistics cannot read ids from, and the tests hold the fast path to it.
public sealed class QueryStatistics(FilterTranslator filter) : IPostStatistics
{
    public async Task<List<PostGroup>> ComputeAsync(
        PostsDbContext db, IDictionary<string, object?>? where, IReadOnlyList<PostGroupBy> groupBy, string build, CancellationToken cancellationToken)
    {
        bool organisation = groupBy.Contains(PostGroupBy.Organisation), grade = groupBy.Contains(PostGroupBy.Grade),
            category = groupBy.Contains(PostGroupBy.GradeCategory), station = groupBy.Contains(PostGroupBy.DutyStation),
            country = groupBy.Contains(PostGroupBy.Country), appointment = groupBy.Contains(PostGroupBy.AppointmentType),
            year = groupBy.Contains(PostGroupBy.DeadlineYear);
        var selected = filter.Apply(db.Posts, where).Select(p => p.Id);
        var rows = await FactRow.All(db)
            .Where(r => selected.Contains(r.Id))
            .Select(r => new
            {
                OrganisationId = organisation ? r.OrganisationId : (int?)null,
                GradeId = grade ? r.GradeId : null,
                GradeCategory = category ? r.GradeCategory : null,
                DutyStationId = station ? r.DutyStationId : null,
                CountryCode = country ? r.CountryCode : null,
                AppointmentType = appointment ? r.AppointmentType : null,
                DeadlineYear = year && r.Deadline != null ? r.Deadline.Value.Year : (int?)null,
                r.Currency,
                r.Amount,
                r.Qualifier,
                r.Years,
            })
            .GroupBy(p => new { p.OrganisationId, p.GradeId, p.GradeCategory, p.DutyStationId, p.CountryCode, p.AppointmentType, p.DeadlineYear, p.Currency })
            .Select(g => new
            {
                g.Key, Count = g.Count(), Paid = g.Count(p => p.Amount != null), Min = g.Min(p => p.Amount), Max = g.Max(p => p.Amount), Sum = g.Sum(p => p.Amount),
                Estimate = g.Count(p => p.Amount != null && p.Qualifier == PayQualifier.Estimate), Minimum = g.Count(p => p.Amount != null && p.Qualifier == PayQualifier.Minimum),
                From = g.Count(p => p.Amount != null && p.Qualifier == PayQualifier.From), Exact = g.Count(p => p.Amount != null && p.Qualifier == PayQualifier.Exact),
                YearsCount = g.Count(p => p.Years != null), YearsMin = g.Min(p => p.Years), YearsMax = g.Max(p => p.Years), YearsSum = g.Sum(p => (long?)p.Years),
            })
            .ToListAsync(cancellationToken);

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, cancellationToken);
        var grades = await db.Grades.ToDictionaryAsync(g => g.Id, cancellationToken);
        var stations = await db.DutyStations.ToDictionaryAsync(d => d.Id, cancellationToken);
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken);
        var byCurrency = groupBy.Contains(PostGroupBy.Currency);
        return [.. rows.GroupBy(r => (r.Key.OrganisationId, r.Key.GradeId, r.Key.GradeCategory, r.Key.DutyStationId, r.Key.CountryCode, r.Key.AppointmentType, r.Key.DeadlineYear,
            Currency: byCurrency ? r.Key.Currency : null)).Select(g =>
        {
            var key = g.Key;
            var years = g.Where(r => r.YearsCount > 0).ToList();
            return new PostGroup(
                new PostGroupKey
                {
                    OrganisationId = key.OrganisationId, Organisation = key.OrganisationId is { } o ? organisations[o] : null,
                    GradeId = key.GradeId, Grade = key.GradeId is { } gr ? grades[gr] : null,
                    GradeCategory = key.GradeCategory,
                    DutyStationId = key.DutyStationId, DutyStation = key.DutyStationId is { } d ? stations[d] : null,
                    CountryCode = key.CountryCode, Country = key.CountryCode is { } c ? countries[c] : null,
                    AppointmentType = key.AppointmentType, DeadlineYear = key.DeadlineYear, Currency = key.Currency,
                },
                groupBy,
                g.Sum(r => r.Count),
                g.Sum(r => r.Count - r.Paid),
                [.. g.Where(r => r.Paid > 0).OrderBy(r => r.Key.Currency, StringComparer.Ordinal).Select(r => new PayStatistics(
                    r.Key.Currency!, r.Paid, Money((decimal)r.Min!.Value), Money((decimal)r.Max!.Value), Math.Round(Money((decimal)r.Sum!.Value) / r.Paid, 2), Money((decimal)r.Sum.Value))
                {
                    Qualifiers = QualifierCounts.Of([r.Estimate, r.Minimum, r.From, r.Exact]),
                })],
                years.Count == 0 ? null : new YearsStatistics(
                    years.Sum(r => r.YearsCount), years.Min(r => r.YearsMin!.Value), years.Max(r => r.YearsMax!.Value),
                    Math.Round((decimal)years.Sum(r => r.YearsSum!.Value) / years.Sum(r => r.YearsCount), 2)));
        })];
    }
}
