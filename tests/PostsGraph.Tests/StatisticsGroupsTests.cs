using PostsGraph.GraphQL.Statistics;

namespace PostsGraph.Tests;

// Statistics find a post's group by one number made of its codes for the fields grouped by; when the
// fields have so many values that such numbers could pass 2^64, by the codes themselves. Both ways
// must put two posts in one group exactly when they share every value asked for.
public sealed class StatisticsGroupsTests
{
    // Posts 0 to 69,999 have the value i in each of four fields: with "none", 70,001 codes a field,
    // and 70,001^4 (about 2.4 x 10^19) is past 2^64.
    private const int Posts = 70_000;

    private static readonly PostGroupBy[] Fields = [PostGroupBy.Organisation, PostGroupBy.Grade, PostGroupBy.DutyStation, PostGroupBy.Country];

    [Fact]
    public void GroupsByTheCodesWhenTheNumbersCouldPass2To64()
    {
        var groups = Group([.. Fields]);

        Assert.False(groups.ByNumber);
        var result = groups.ToGroups().ToList();
        // Post 0's twin joins it; each post that differs from post 0 in one field only is a group of its own.
        Assert.Equal(Posts + 4, result.Count);
        var zero = Assert.Single(result, g => g is { Key: { OrganisationId: 0, GradeId: 0, DutyStationId: 0, CountryCode: "C0" } });
        Assert.Equal(2, zero.Count);
        Assert.Equal(Posts + 5, result.Sum(g => g.Count)); // every post counted once
    }

    [Fact]
    public void GroupsByNumberWhenTheyFit()
    {
        var groups = Group([PostGroupBy.Organisation, PostGroupBy.Grade]);

        Assert.True(groups.ByNumber);
        var result = groups.ToGroups().ToList();
        // Post 0, its twin and the two that differ from it in duty station or country share organisation
        // and grade; the two that differ in organisation or grade are groups of their own.
        Assert.Equal(Posts + 2, result.Count);
        Assert.Equal(4, Assert.Single(result, g => g is { Key: { OrganisationId: 0, GradeId: 0 } }).Count);
        Assert.All(result, g => Assert.Null(g.Key.CountryCode));
    }

    // Facts are found by post id in an array, or in a dictionary when the ids are too sparse for one.
    [Theory]
    [InlineData(2)]
    [InlineData(5_000_000)]
    public void FindsEachPostsFactsByItsIdAndNoOthers(int secondId)
    {
        var set = new PostFactsSet.Builder("test");
        foreach (var (id, organisation) in new[] { (1, "A"), (secondId, "B") })
        {
            var codes = default(PostCodes);
            codes[(int)PostGroupBy.Organisation] = set.Code(PostGroupBy.Organisation, organisation);
            set.Add(id, new PostFacts(codes, null, null));
        }

        var facts = set.Build();

        Assert.True(facts.TryGet(secondId, out var second));
        Assert.Equal("B", facts.Value(PostGroupBy.Organisation, second.Codes[(int)PostGroupBy.Organisation]));
        Assert.True(facts.TryGet(1, out var first));
        Assert.Equal("A", facts.Value(PostGroupBy.Organisation, first.Codes[(int)PostGroupBy.Organisation]));
        Assert.All(new[] { 0, 3, secondId + 1, -1 }, id => Assert.False(facts.TryGet(id, out _)));
    }

    private static InMemoryStatistics.Groups Group(List<PostGroupBy> groupBy)
    {
        var set = new PostFactsSet.Builder("test");
        var id = 1;
        void Add(int organisation, int grade, int station, string country)
        {
            var codes = default(PostCodes);
            codes[(int)PostGroupBy.Organisation] = set.Code(PostGroupBy.Organisation, organisation);
            codes[(int)PostGroupBy.Grade] = set.Code(PostGroupBy.Grade, grade);
            codes[(int)PostGroupBy.DutyStation] = set.Code(PostGroupBy.DutyStation, station);
            codes[(int)PostGroupBy.Country] = set.Code(PostGroupBy.Country, country);
            set.Add(id++, new PostFacts(codes, null, null));
        }

        for (var i = 0; i < Posts; i++)
        {
            Add(i, i, i, $"C{i}");
        }

        Add(0, 0, 0, "C0"); // post 0's twin
        Add(1, 0, 0, "C0"); // post 0 but for its organisation (1 is post 1's, a value already coded)
        Add(0, 1, 0, "C0");
        Add(0, 0, 1, "C0");
        Add(0, 0, 0, "C1");

        var facts = set.Build();
        var groups = new InMemoryStatistics.Groups(groupBy, facts);
        foreach (ref readonly var post in facts.All)
        {
            groups.Add(post);
        }

        return groups;
    }
}
