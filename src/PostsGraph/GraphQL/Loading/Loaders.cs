using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;

namespace PostsGraph.GraphQL.Loading;

// The batch loaders of one request, one per relation, all on the request's DbContext. Each is made
// on first use and kept, since resolvers ask for it once per object.
public sealed class Loaders(PostsDbContext db)
{
    public BatchLoader<int, Organisation> Organisations => field ??= One(db.Organisations, Keys.Organisation);
    public BatchLoader<int, Unit> Units => field ??= One(db.Units, Keys.Unit);
    public BatchLoader<int, Grade> Grades => field ??= One(db.Grades, Keys.Grade);
    public BatchLoader<int, DutyStation> DutyStations => field ??= One(db.DutyStations, Keys.DutyStation);
    public BatchLoader<string, Country> Countries => field ??= One(db.Countries, Keys.Country);
    public BatchLoader<string, Language> Languages => field ??= One(db.Languages, Keys.Language);
    public BatchLoader<string, Currency> Currencies => field ??= One(db.Currencies, Keys.Currency);
    public BatchLoader<int, SourceNotice> SourceNotices => field ??= One(db.SourceNotices, Keys.SourceNotice);

    public BatchLoader<int, List<Unit>> UnitsByOrganisation => field ??= Many(db.Units, Keys.UnitOrganisation, u => u.Depth);
    public BatchLoader<int, List<FieldEvidence>> EvidenceByPost => field ??= Many(db.FieldEvidence, Keys.EvidencePost, e => e.Order);
    public BatchLoader<int, List<SalaryComponent>> SalaryByPost => field ??= Many(db.SalaryComponents, Keys.SalaryPost, s => s.Order);
    public BatchLoader<int, List<PostIdentifier>> IdentifiersByPost => field ??= Many(db.Identifiers, Keys.IdentifierPost, i => i.Order);
    public BatchLoader<int, List<Duty>> DutiesByPost => field ??= Many(db.Duties, Keys.DutyPost, d => d.Order);
    public BatchLoader<int, List<EducationRequirement>> EducationByPost => field ??= Many(db.EducationRequirements, Keys.EducationPost, r => r.Order);
    public BatchLoader<int, List<ExperienceRequirement>> ExperienceByPost => field ??= Many(db.ExperienceRequirements, Keys.ExperiencePost, r => r.Order);
    public BatchLoader<int, List<LanguageRequirement>> LanguagesByPost => field ??= Many(db.LanguageRequirements, Keys.LanguagePost, r => r.Order);
    public BatchLoader<int, List<CertificationRequirement>> CertificationsByPost => field ??= Many(db.CertificationRequirements, Keys.CertificationPost, r => r.Order);
    public BatchLoader<int, List<CompetencyRequirement>> CompetenciesByPost => field ??= Many(db.CompetencyRequirements, Keys.CompetencyPost, r => r.Order);
    public BatchLoader<int, List<Condition>> ConditionsByPost => field ??= Many(db.Conditions, Keys.ConditionPost, c => c.Order);

    // The searches of the request's `posts(search:)` fields, by their place in the response (Search.SearchMatches).
    public Dictionary<string, Search.SearchQuery> Searches { get; } = [];

    private readonly Dictionary<string, object> _filtered = [];
    private readonly Dictionary<object, object> _kept = [];

    // A loader made once per request for `key` (a field of the document and its arguments), so that
    // every parent of a level that asks for that field shares it.
    public T Keep<T>(object key, Func<T> make) where T : class =>
        (T)(_kept.TryGetValue(key, out var kept) ? kept : _kept[key] = make());

    // A parent's children, filtered and ordered by the field's `where` and `order` in SQL, batched
    // over every parent that asks with the same arguments. Without arguments, the plain loader.
    public IDataLoaderResult<List<T>> Children<T>(
        IResolveFieldContext context, BatchLoader<int, List<T>> plain, Expression<Func<T, int>> parent, int parentId, params object?[] defaultOrder)
        where T : class
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = context.GetArgument<List<object?>?>("order");
        if (where is null && order is null)
        {
            return plain.Load(parentId).Then(list => list ?? []);
        }

        var key = $"{context.ParentType.Name}.{context.FieldDefinition.Name}|{JsonSerializer.Serialize(where)}|{JsonSerializer.Serialize(order)}";
        if (!_filtered.TryGetValue(key, out var loader))
        {
            var filter = context.RequestServices!.GetRequiredService<FilterTranslator>();
            var sort = context.RequestServices!.GetRequiredService<SortTranslator>();
            var parentOf = Compiled(parent);
            loader = new BatchLoader<int, List<T>>(async (keys, ct) =>
            {
                var query = sort.Apply(filter.Apply(db.Set<T>().Where(KeyFilter.In(parent, keys)), where), order, defaultOrder);
                return (await query.ToListAsync(ct)).GroupBy(parentOf).ToDictionary(g => g.Key, g => g.ToList());
            });
            _filtered[key] = loader;
        }

        return ((BatchLoader<int, List<T>>)loader).Load(parentId).Then(list => list ?? []);
    }

    private static BatchLoader<TKey, T> One<TKey, T>(IQueryable<T> set, Expression<Func<T, TKey>> key) where TKey : notnull
    {
        var keyOf = Compiled(key);
        return new BatchLoader<TKey, T>(async (keys, ct) => (await set.Where(KeyFilter.In(key, keys)).ToListAsync(ct)).ToDictionary(keyOf));
    }

    private static BatchLoader<int, List<T>> Many<T>(IQueryable<T> set, Expression<Func<T, int>> parent, Func<T, int> order)
    {
        var parentOf = Compiled(parent);
        return new BatchLoader<int, List<T>>(async (keys, ct) =>
        {
            var rows = await set.Where(KeyFilter.In(parent, keys)).ToListAsync(ct);
            return rows.GroupBy(parentOf).ToDictionary(g => g.Key, g => g.OrderBy(order).ToList());
        });
    }

    // Compiling an expression makes a dynamic method, far dearer than the query it serves: each key
    // expression is compiled once per process, not once per request.
    private static readonly ConditionalWeakTable<LambdaExpression, Delegate> CompiledKeys = [];

    private static Func<T, TKey> Compiled<T, TKey>(Expression<Func<T, TKey>> key) =>
        (Func<T, TKey>)CompiledKeys.GetValue(key, static k => k.Compile());

    // The key expressions, made once so that their compiled forms can be kept.
    private static class Keys
    {
        public static readonly Expression<Func<Organisation, int>> Organisation = o => o.Id;
        public static readonly Expression<Func<Unit, int>> Unit = u => u.Id;
        public static readonly Expression<Func<Grade, int>> Grade = g => g.Id;
        public static readonly Expression<Func<DutyStation, int>> DutyStation = d => d.Id;
        public static readonly Expression<Func<Country, string>> Country = c => c.Code;
        public static readonly Expression<Func<Language, string>> Language = l => l.Code;
        public static readonly Expression<Func<Currency, string>> Currency = c => c.Code;
        public static readonly Expression<Func<SourceNotice, int>> SourceNotice = n => n.Id;
        public static readonly Expression<Func<Unit, int>> UnitOrganisation = u => u.OrganisationId;
        public static readonly Expression<Func<FieldEvidence, int>> EvidencePost = e => e.PostId;
        public static readonly Expression<Func<SalaryComponent, int>> SalaryPost = s => s.PostId;
        public static readonly Expression<Func<PostIdentifier, int>> IdentifierPost = i => i.PostId;
        public static readonly Expression<Func<Duty, int>> DutyPost = d => d.PostId;
        public static readonly Expression<Func<EducationRequirement, int>> EducationPost = r => r.PostId;
        public static readonly Expression<Func<ExperienceRequirement, int>> ExperiencePost = r => r.PostId;
        public static readonly Expression<Func<LanguageRequirement, int>> LanguagePost = r => r.PostId;
        public static readonly Expression<Func<CertificationRequirement, int>> CertificationPost = r => r.PostId;
        public static readonly Expression<Func<CompetencyRequirement, int>> CompetencyPost = r => r.PostId;
        public static readonly Expression<Func<Condition, int>> ConditionPost = c => c.PostId;
    }
}

public static class LoaderContextExtensions
{
    // Found once per request and kept in its user context: a response can ask for them thousands of
    // times (a statistics key per group), and each resolution from the request's service scope
    // takes the scope's lock.
    public static Loaders Loaders(this IResolveFieldContext context) => context.UserContext is RequestContext request
        ? request.Loaders ??= context.RequestServices!.GetRequiredService<Loaders>()
        : context.RequestServices!.GetRequiredService<Loaders>();
}
