using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Loading;
using static PostsGraph.Export.PostProfileRow;

namespace PostsGraph.Export;

// CSV rows: the same posts in the same order as the profiles, but each list is read as only the
// columns its row cell shows (RowItems.cs), and the row is made in place.
public sealed partial class ProfileSource
{
    public async IAsyncEnumerable<PostProfileRow> ReadRowsAsync(
        IDictionary<string, object?>? where, IEnumerable<object?>? order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (ids, posts) in BatchesAsync(where, order, cancellationToken))
        {
            var lists = new RowLists(
                await ItemsAsync(db.Duties, ids, d => d.PostId, d => d.Order, d => new DutyRowItem(d.PostId, d.Themes), cancellationToken),
                await ItemsAsync(db.EducationRequirements, ids, r => r.PostId, r => r.Order, r => new EducationRowItem(
                    r.PostId, r.Necessity, r.Level, r.InLieuOf, r.AdditionalYears, r.ReplacesYearsOfExperience), cancellationToken),
                await ItemsAsync(db.ExperienceRequirements, ids, r => r.PostId, r => r.Order, r => new ExperienceRowItem(
                    r.PostId, r.Necessity, r.MinYears, r.WithEducation, r.Scopes), cancellationToken),
                await ItemsAsync(db.LanguageRequirements, ids, r => r.PostId, r => r.Order, r => new LanguageRowItem(
                    r.PostId, r.Necessity, r.AnyOf, r.Level), cancellationToken),
                await ItemsAsync(db.CertificationRequirements, ids, r => r.PostId, r => r.Order, r => new CertificationRowItem(
                    r.PostId, r.Necessity, r.Name), cancellationToken),
                await ItemsAsync(db.CompetencyRequirements, ids, r => r.PostId, r => r.Order, r => new CompetencyRowItem(
                    r.PostId, r.Framework, r.Name), cancellationToken),
                await ItemsAsync(db.Conditions, ids, c => c.PostId, c => c.Order, c => new ConditionRowItem(c.PostId, c.Kind, c.Months, c.Years), cancellationToken));
            foreach (var id in ids)
            {
                yield return Row(posts[id], id, lists);
            }
        }
    }

    private sealed record RowLists(
        ILookup<int, DutyRowItem> Duties, ILookup<int, EducationRowItem> Education, ILookup<int, ExperienceRowItem> Experience,
        ILookup<int, LanguageRowItem> Languages, ILookup<int, CertificationRowItem> Certifications,
        ILookup<int, CompetencyRowItem> Competencies, ILookup<int, ConditionRowItem> Conditions);

    private async Task<ILookup<int, TItem>> ItemsAsync<T, TItem>(
        IQueryable<T> set, List<int> ids, Expression<Func<T, int>> postId, Expression<Func<T, int>> order, Expression<Func<T, TItem>> item,
        CancellationToken cancellationToken)
        where TItem : IRowItem =>
        (await set.Where(KeyFilter.In(postId, ids)).OrderBy(postId).ThenBy(order).Select(item).ToListAsync(cancellationToken))
        .ToLookup(i => i.PostId);

    private static PostProfileRow Row(PostProfile post, int id, RowLists lists) => new()
    {
        Key = post.Key,
        Id = post.Id,
        Title = post.Title,
        Organisation = post.Organisation.Acronym,
        Unit = post.Unit?.Name,
        Grade = post.Grade?.Code,
        GradeCategory = post.Grade == null ? null : Name(post.Grade.Category),
        DutyStation = post.DutyStation?.City,
        Country = post.DutyStation?.CountryCode,
        AppointmentType = post.AppointmentType == null ? null : Name(post.AppointmentType.Value),
        DurationMonths = post.DurationMonths,
        PostedOn = Date(post.PostedOn),
        Deadline = Date(post.Deadline),
        VacancyNumber = post.VacancyNumber,
        PositionNumber = post.PositionNumber,
        ReportsTo = post.ReportsTo,
        AnnualNetPay = post.AnnualNetPay?.Amount,
        AnnualNetPayCurrency = post.AnnualNetPay?.Currency,
        AnnualNetPayBasis = post.AnnualNetPay == null ? null : Name(post.AnnualNetPay.Basis),
        AnnualNetPayQualifier = post.AnnualNetPay == null ? null : Name(post.AnnualNetPay.Qualifier),
        PostAdjustmentRate = post.PostAdjustmentRate,
        NoPayReason = post.NoPayReason,
        MinYearsExperience = post.MinYearsExperience,
        TopEducationLevel = post.TopEducationLevel == null ? null : Name(post.TopEducationLevel.Value),
        Duties = lists.Duties[id].Count(),
        DutyThemes = Join(lists.Duties[id].SelectMany(d => d.Themes).GroupBy(t => t).OrderBy(g => g.Key), g => $"{Name(g.Key)}:{Number(g.Count())}"),
        Education = Join(lists.Education[id], e => e.ToString()),
        Experience = Join(lists.Experience[id], e => e.ToString()),
        LanguagesRequired = Join(lists.Languages[id].Where(l => l.Necessity == Necessity.Required), l => l.ToString()),
        LanguagesDesirable = Join(lists.Languages[id].Where(l => l.Necessity == Necessity.Desirable), l => l.ToString()),
        Certifications = Join(lists.Certifications[id], c => c.ToString()),
        Competencies = Join(lists.Competencies[id], c => c.ToString()),
        Conditions = Join(lists.Conditions[id], c => c.ToString()),
        SourceNotice = post.Source.FileName,
    };
}
