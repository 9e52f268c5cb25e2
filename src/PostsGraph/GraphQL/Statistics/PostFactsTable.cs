using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Statistics;

// The facts statistics aggregate, for every post of one database build, held in memory. Posts
// change only when the database is rebuilt, so a request asks the database only for the ids its
// filter selects, which costs a fraction of grouping the posts there (bench/findings.md). Read once
// per build, on the first statistics request that needs it, with the rows a group's key names
// (organisations, grades, duty stations, countries: a few hundred), so that a response of thousands
// of groups resolves them without a batch loader per key.
public sealed class PostFactsTable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile PostFactsSet? _loaded;

    public async Task<PostFactsSet> GetAsync(PostsDbContext db, string build, CancellationToken cancellationToken)
    {
        if (_loaded is { } loaded && loaded.Build == build)
        {
            return loaded;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded is { } other && other.Build == build)
            {
                return other;
            }

            _loaded = null;
            return _loaded = await LoadAsync(db, build, cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private static async Task<PostFactsSet> LoadAsync(PostsDbContext db, string build, CancellationToken cancellationToken)
    {
        var set = new PostFactsSet.Builder(build);
        await foreach (var r in FactRow.All(db).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var codes = default(PostCodes);
            codes[(int)PostGroupBy.Organisation] = set.Code(PostGroupBy.Organisation, r.OrganisationId);
            codes[(int)PostGroupBy.Grade] = set.Code(PostGroupBy.Grade, r.GradeId);
            codes[(int)PostGroupBy.GradeCategory] = set.Code(PostGroupBy.GradeCategory, r.GradeCategory);
            codes[(int)PostGroupBy.DutyStation] = set.Code(PostGroupBy.DutyStation, r.DutyStationId);
            codes[(int)PostGroupBy.Country] = set.Code(PostGroupBy.Country, r.CountryCode);
            codes[(int)PostGroupBy.AppointmentType] = set.Code(PostGroupBy.AppointmentType, r.AppointmentType);
            codes[(int)PostGroupBy.DeadlineYear] = set.Code(PostGroupBy.DeadlineYear, r.Deadline?.Year);
            codes[(int)PostGroupBy.Currency] = set.Code(PostGroupBy.Currency, r.Currency);
            set.Add(r.Id, new PostFacts(codes, r.Amount is { } amount ? (decimal)amount : null, r.Years, r.Qualifier));
        }

        set.Refer(PostGroupBy.Organisation, await db.Organisations.ToDictionaryAsync(o => (object)o.Id, o => (object)o, cancellationToken));
        set.Refer(PostGroupBy.Grade, await db.Grades.ToDictionaryAsync(g => (object)g.Id, g => (object)g, cancellationToken));
        set.Refer(PostGroupBy.DutyStation, await db.DutyStations.ToDictionaryAsync(d => (object)d.Id, d => (object)d, cancellationToken));
        set.Refer(PostGroupBy.Country, await db.Countries.ToDictionaryAsync(c => (object)c.Code, c => (object)c, cancellationToken));
        return set.Build();
    }
}

// A post's facts as statistics read them, in the database: its own columns (PostRow, where the owned
// pay is plain columns that EF Core can group) with its grade's category and its duty station's country.
public sealed class FactRow
{
    public int Id { get; init; }
    public int OrganisationId { get; init; }
    public int? GradeId { get; init; }
    public GradeCategory? GradeCategory { get; init; }
    public int? DutyStationId { get; init; }
    public string? CountryCode { get; init; }
    public AppointmentType? AppointmentType { get; init; }
    public DateOnly? Deadline { get; init; }
    public string? Currency { get; init; }
    public double? Amount { get; init; }
    public PayQualifier? Qualifier { get; init; }
    public int? Years { get; init; }

    public static IQueryable<FactRow> All(PostsDbContext db) =>
        from r in db.PostRows
        join g in db.Grades on r.GradeId equals g.Id into grades
        from g in grades.DefaultIfEmpty()
        join d in db.DutyStations on r.DutyStationId equals d.Id into stations
        from d in stations.DefaultIfEmpty()
        select new FactRow
        {
            Id = r.Id, OrganisationId = r.OrganisationId, GradeId = r.GradeId, GradeCategory = g == null ? null : g.Category,
            DutyStationId = r.DutyStationId, CountryCode = d == null ? null : d.CountryCode, AppointmentType = r.AppointmentType,
            Deadline = r.Deadline, Currency = r.AnnualNetPayCurrency, Amount = r.AnnualNetPayAmount, Qualifier = r.AnnualNetPayQualifier, Years = r.MinYearsExperience,
        };
}

// One post's value of each PostGroupBy, as a code numbered per build (0: the post states none).
[InlineArray(PostFactsSet.Dimensions)]
public struct PostCodes
{
    private int _first;
}

// One post reduced to what statistics group and aggregate. Its pay is in the currency its Currency
// code names.
public readonly record struct PostFacts(PostCodes Codes, decimal? Amount, int? Years, PayQualifier? Qualifier = null)
{
    public int Currency => Codes[(int)PostGroupBy.Currency];
}

// The facts of every post of one build, by post id, and the value each code stands for.
public sealed class PostFactsSet
{
    public const int Dimensions = 8;

    private readonly object?[][] _values; // by dimension, then code; code 0 is null
    private readonly object?[][] _rows; // the same for the row a value is the key of; empty where values are not keys
    private readonly PostFacts[] _facts;
    private readonly int[] _indexById; // a post's index in _facts plus one; 0: no such post
    private readonly Dictionary<int, int>? _sparse; // the same, when ids are too sparse for an array

    private PostFactsSet(string build, object?[][] values, object?[][] rows, PostFacts[] facts, int[] indexById, Dictionary<int, int>? sparse)
    {
        Build = build;
        _values = values;
        _rows = rows;
        _facts = facts;
        _indexById = indexById;
        _sparse = sparse;
    }

    public string Build { get; }

    public ReadOnlySpan<PostFacts> All => _facts;

    // How many codes a dimension has, counting 0.
    public int Radix(PostGroupBy dimension) => _values[(int)dimension].Length;

    public object? Value(PostGroupBy dimension, int code) => _values[(int)dimension][code];

    // The row whose key a code's value is (an Organisation, Grade, DutyStation or Country), read with
    // the facts; null for code 0, for other dimensions, and for a key with no row.
    public object? Row(PostGroupBy dimension, int code) => _rows[(int)dimension] is { Length: > 0 } rows ? rows[code] : null;

    public bool TryGet(int id, out PostFacts facts)
    {
        if ((uint)id < (uint)_indexById.Length && _indexById[id] is var index and > 0
            || _sparse is not null && _sparse.TryGetValue(id, out index))
        {
            facts = _facts[index - 1];
            return true;
        }

        facts = default;
        return false;
    }

    public sealed class Builder(string build)
    {
        private readonly List<object?>[] _values = [.. Enumerable.Range(0, Dimensions).Select(_ => new List<object?> { null })];
        private readonly Dictionary<object, int>[] _codes = [.. Enumerable.Range(0, Dimensions).Select(_ => new Dictionary<object, int>())];
        private readonly List<(int Id, PostFacts Facts)> _posts = [];
        private readonly object?[][] _rows = [.. Enumerable.Range(0, Dimensions).Select(_ => Array.Empty<object?>())];

        public int Code(PostGroupBy dimension, object? value)
        {
            if (value is null)
            {
                return 0;
            }

            var codes = _codes[(int)dimension];
            if (!codes.TryGetValue(value, out var code))
            {
                var values = _values[(int)dimension];
                codes[value] = code = values.Count;
                values.Add(value);
            }

            return code;
        }

        public void Add(int id, PostFacts facts) => _posts.Add((id, facts));

        // The rows the dimension's values are the keys of; call once every post is added.
        public void Refer(PostGroupBy dimension, Dictionary<object, object> rowsByKey) =>
            _rows[(int)dimension] = [.. _values[(int)dimension].Select(value => value is null ? null : rowsByKey.GetValueOrDefault(value))];

        // Ids are the database's keys, numbered from 1 when it is built, so an array by id is dense; a
        // dictionary serves should they ever be sparse.
        public PostFactsSet Build()
        {
            var maxId = _posts.Count == 0 ? 0 : _posts.Max(p => p.Id);
            var dense = _posts.All(p => p.Id >= 0) && maxId <= (4L * _posts.Count) + 1024;
            var indexById = new int[dense ? maxId + 1 : 0];
            var sparse = dense ? null : new Dictionary<int, int>(_posts.Count);
            var facts = new PostFacts[_posts.Count];
            for (var i = 0; i < _posts.Count; i++)
            {
                facts[i] = _posts[i].Facts;
                if (sparse is null)
                {
                    indexById[_posts[i].Id] = i + 1;
                }
                else
                {
                    sparse[_posts[i].Id] = i + 1;
                }
            }

            return new PostFactsSet(build, [.. _values.Select(v => v.ToArray())], _rows, facts, indexById, sparse);
        }
    }
}
