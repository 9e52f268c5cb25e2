using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Loading;

// The batch loaders of one request, one per relation, all on the request's DbContext.
public sealed class Loaders(PostsDbContext db)
{
    private readonly Dictionary<string, object> _loaders = [];

    public BatchLoader<int, Organisation> Organisations => One(db.Organisations, o => o.Id);
    public BatchLoader<int, Unit> Units => One(db.Units, u => u.Id);
    public BatchLoader<int, Grade> Grades => One(db.Grades, g => g.Id);
    public BatchLoader<int, DutyStation> DutyStations => One(db.DutyStations, d => d.Id);
    public BatchLoader<string, Country> Countries => One(db.Countries, c => c.Code);
    public BatchLoader<string, Language> Languages => One(db.Languages, l => l.Code);
    public BatchLoader<string, Currency> Currencies => One(db.Currencies, c => c.Code);
    public BatchLoader<int, SourceNotice> SourceNotices => One(db.SourceNotices, n => n.Id);

    public BatchLoader<int, List<Unit>> UnitsByOrganisation => Many(db.Units, u => u.OrganisationId, u => u.Depth);
    public BatchLoader<int, List<FieldEvidence>> EvidenceByPost => Many(db.FieldEvidence, e => e.PostId, e => e.Order);
    public BatchLoader<int, List<SalaryComponent>> SalaryByPost => Many(db.SalaryComponents, s => s.PostId, s => s.Order);
    public BatchLoader<int, List<Duty>> DutiesByPost => Many(db.Duties, d => d.PostId, d => d.Order);
    public BatchLoader<int, List<EducationRequirement>> EducationByPost => Many(db.EducationRequirements, r => r.PostId, r => r.Order);
    public BatchLoader<int, List<ExperienceRequirement>> ExperienceByPost => Many(db.ExperienceRequirements, r => r.PostId, r => r.Order);
    public BatchLoader<int, List<LanguageRequirement>> LanguagesByPost => Many(db.LanguageRequirements, r => r.PostId, r => r.Order);
    public BatchLoader<int, List<CertificationRequirement>> CertificationsByPost => Many(db.CertificationRequirements, r => r.PostId, r => r.Order);
    public BatchLoader<int, List<CompetencyRequirement>> CompetenciesByPost => Many(db.CompetencyRequirements, r => r.PostId, r => r.Order);

    private BatchLoader<TKey, T> One<TKey, T>(IQueryable<T> set, Expression<Func<T, TKey>> key) where TKey : notnull =>
        Get(typeof(T).Name, () => new BatchLoader<TKey, T>(async (keys, ct) =>
        {
            var compiled = key.Compile();
            return (await set.Where(In(key, keys)).ToListAsync(ct)).ToDictionary(compiled);
        }));

    private BatchLoader<int, List<T>> Many<T>(IQueryable<T> set, Expression<Func<T, int>> parent, Func<T, int> order) =>
        Get($"{typeof(T).Name}By{parent}", () => new BatchLoader<int, List<T>>(async (keys, ct) =>
        {
            var compiled = parent.Compile();
            var rows = await set.Where(In(parent, keys)).ToListAsync(ct);
            return rows.GroupBy(compiled).ToDictionary(g => g.Key, g => g.OrderBy(order).ToList());
        }));

    private BatchLoader<TKey, T> Get<TKey, T>(string name, Func<BatchLoader<TKey, T>> create) where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
        {
            _loaders[name] = loader = create();
        }

        return (BatchLoader<TKey, T>)loader;
    }

    // entity => keys.Contains(key(entity)): one query with the keys as a parameter, so EF Core
    // caches one plan whatever the keys are.
    private static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> key, IReadOnlyList<TKey> keys)
    {
        var parameter = Expression.Property(Expression.Constant(new KeyList<TKey>(keys.ToList())), nameof(KeyList<TKey>.Keys));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], parameter, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private sealed record KeyList<TKey>(List<TKey> Keys);
}

public static class LoaderContextExtensions
{
    public static Loaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Loaders>();
}
