using System.Runtime.InteropServices;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;
using static PostsGraph.GraphQL.Statistics.PostStatistics;

namespace PostsGraph.GraphQL.Statistics;

// The fast path: the database gives only the ids the filter selects (SelectedIds, one value read in
// pieces); the posts' facts come from memory (PostFactsTable, read once per build) and are grouped
// and aggregated here, amounts in decimal.
public sealed class InMemoryStatistics(PostFactsTable table, FilterTranslator filter) : IPostStatistics
{
    public async Task<List<PostGroup>> ComputeAsync(
        PostsDbContext db, IDictionary<string, object?>? where, IReadOnlyList<PostGroupBy> groupBy, string build, CancellationToken cancellationToken)
    {
        var facts = await table.GetAsync(db, build, cancellationToken);
        var groups = new Groups([.. groupBy], facts);
        if (where is null)
        {
            foreach (ref readonly var post in facts.All)
            {
                groups.Add(post);
            }
        }
        else
        {
            var ids = filter.Apply(db.Posts, where).Select(p => p.Id);
            await SelectedIds.ForEachBatchAsync(db, ids, batch =>
            {
                foreach (var id in batch)
                {
                    if (facts.TryGet(id, out var post))
                    {
                        groups.Add(post);
                    }
                }
            }, cancellationToken);
        }

        return [.. groups.ToGroups()];
    }

    // The posts added so far, grouped under groupBy; a group's key is made once, with the group. A
    // post's group is found by one number made of its codes for the fields asked for, each code a digit
    // in a base that fits the build's codes for that field: one lookup per post. The numbers stay below
    // the product of those bases; should it pass 2^64 (several fields of tens of thousands of values
    // each), groups are found by the codes themselves, which is slower.
    internal sealed class Groups
    {
        private readonly List<PostGroupBy> _groupBy;
        private readonly PostFactsSet _facts;
        private readonly (int Dimension, ulong Radix)[] _digits;
        private readonly Dictionary<ulong, Group>? _byNumber;
        private readonly Dictionary<PostCodes, Group>? _byCodes;

        public Groups(List<PostGroupBy> groupBy, PostFactsSet facts)
        {
            _groupBy = groupBy;
            _facts = facts;
            _digits = [.. groupBy.Select(g => ((int)g, (ulong)facts.Radix(g)))];
            var product = UInt128.One;
            foreach (var (_, radix) in _digits)
            {
                product = UInt128.Min(product * radix, (UInt128)ulong.MaxValue + 1); // a radix is below 2^32
            }

            if (product <= ulong.MaxValue)
            {
                _byNumber = [];
            }
            else
            {
                _byCodes = new Dictionary<PostCodes, Group>(new SelectedCodes([.. _digits.Select(d => d.Dimension)]));
            }
        }

        public bool ByNumber => _byNumber is not null;

        public void Add(in PostFacts post)
        {
            ref var group = ref _byNumber is not null
                ? ref CollectionsMarshal.GetValueRefOrAddDefault(_byNumber, Number(post), out _)
                : ref CollectionsMarshal.GetValueRefOrAddDefault(_byCodes!, post.Codes, out _);
            group ??= new Group(KeyOf(post));
            group.Add(post);
        }

        public IEnumerable<PostGroup> ToGroups() =>
            ((IEnumerable<Group>?)_byNumber?.Values ?? _byCodes!.Values).Select(g => g.ToGroup(_groupBy, _facts));

        private ulong Number(in PostFacts post)
        {
            var number = 0UL;
            foreach (var (dimension, radix) in _digits)
            {
                number = (number * radix) + (uint)post.Codes[dimension];
            }

            return number;
        }

        private PostGroupKey KeyOf(in PostFacts post)
        {
            var codes = post.Codes;
            object? Value(PostGroupBy field) => _groupBy.Contains(field) ? _facts.Value(field, codes[(int)field]) : null;
            object? Row(PostGroupBy field) => _groupBy.Contains(field) ? _facts.Row(field, codes[(int)field]) : null;
            return new PostGroupKey
            {
                OrganisationId = (int?)Value(PostGroupBy.Organisation), Organisation = (Organisation?)Row(PostGroupBy.Organisation),
                GradeId = (int?)Value(PostGroupBy.Grade), Grade = (Grade?)Row(PostGroupBy.Grade),
                GradeCategory = (GradeCategory?)Value(PostGroupBy.GradeCategory),
                DutyStationId = (int?)Value(PostGroupBy.DutyStation), DutyStation = (DutyStation?)Row(PostGroupBy.DutyStation),
                CountryCode = (string?)Value(PostGroupBy.Country), Country = (Country?)Row(PostGroupBy.Country),
                AppointmentType = (AppointmentType?)Value(PostGroupBy.AppointmentType),
                DeadlineYear = (int?)Value(PostGroupBy.DeadlineYear), Currency = (string?)Value(PostGroupBy.Currency),
            };
        }

        // Two posts' codes for the fields asked for.
        private sealed class SelectedCodes(int[] dimensions) : IEqualityComparer<PostCodes>
        {
            public bool Equals(PostCodes x, PostCodes y)
            {
                foreach (var dimension in dimensions)
                {
                    if (x[dimension] != y[dimension])
                    {
                        return false;
                    }
                }

                return true;
            }

            public int GetHashCode(PostCodes codes)
            {
                var hash = default(HashCode);
                foreach (var dimension in dimensions)
                {
                    hash.Add(codes[dimension]);
                }

                return hash.ToHashCode();
            }
        }
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
            if (post is { Currency: > 0, Amount: { } amount })
            {
                PayIn(post.Currency, amount).Add(amount, post.Qualifier);
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

        private Pay PayIn(int currency, decimal first)
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

        public PostGroup ToGroup(List<PostGroupBy> groupBy, PostFactsSet facts) => new(
            key, groupBy, _count, _withoutPay,
            [.. _pay.Select(p => p.ToStatistics((string)facts.Value(PostGroupBy.Currency, p.Currency)!)).OrderBy(p => p.Currency, StringComparer.Ordinal)],
            _yearsCount == 0 ? null : new YearsStatistics(_yearsCount, _yearsMin, _yearsMax, Math.Round((decimal)_yearsSum / _yearsCount, 2)));
    }

    private sealed class Pay(int currency, decimal first)
    {
        public int Currency { get; } = currency; // its code
        public int Count { get; private set; }
        public decimal Min { get; private set; } = first;
        public decimal Max { get; private set; } = first;
        public decimal Sum { get; private set; }

        // How many of the figures are of each qualifier, by PayQualifier.
        private readonly int[] _qualifiers = new int[QualifierCounts.Qualifiers];

        public void Add(decimal amount, PayQualifier? qualifier)
        {
            Count++;
            if (qualifier is { } q)
            {
                _qualifiers[(int)q]++;
            }

            Sum += amount;
            Min = Math.Min(Min, amount);
            Max = Math.Max(Max, amount);
        }

        public PayStatistics ToStatistics(string currency) =>
            new(currency, Count, Money(Min), Money(Max), Math.Round(Money(Sum) / Count, 2), Money(Sum)) { Qualifiers = QualifierCounts.Of(_qualifiers) };
    }
}
