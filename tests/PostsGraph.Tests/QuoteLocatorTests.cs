using PostsGraph.Seed;

namespace PostsGraph.Tests;

public sealed class QuoteLocatorTests
{
    private const string Notice = "Grade\n    P3\n  • Closing Date\n    03/08/2025\nGrade: P5 and P3 again";

    [Fact]
    public void MatchesAcrossLineBreaksAndGivesOffsetsInTheOriginalText()
    {
        var match = new QuoteLocator(Notice).Find("Closing Date 03/08/2025");

        Assert.True(match.Success);
        Assert.Equal("Closing Date\n    03/08/2025", Notice[match.Start..match.End]);
    }

    [Fact]
    public void RejectsAQuoteThatIsNotInTheNoticeAndSaysWhereItStopsMatching()
    {
        var match = new QuoteLocator(Notice).Find("Closing Date 04/08/2025");

        Assert.False(match.Success);
        Assert.StartsWith("quote not found in the notice (its first 14 characters match", match.Problem);
    }

    [Fact]
    public void RejectsAQuoteThatOccursMoreThanOnce()
    {
        var match = new QuoteLocator(Notice).Find("P3");

        Assert.False(match.Success);
        Assert.Equal("quote occurs 2 times in the notice; lengthen it so that it points to one passage, or say which with occurrence (1 to 2)", match.Problem);
    }

    [Fact]
    public void FindsTheOccurrenceItIsGiven()
    {
        var locator = new QuoteLocator(Notice);

        var first = locator.Find("P3", 1);
        var second = locator.Find("P3", 2);

        Assert.Equal(Notice.IndexOf("P3", StringComparison.Ordinal), first.Start);
        Assert.Equal(Notice.LastIndexOf("P3", StringComparison.Ordinal), second.Start);
        Assert.Equal("P3", Notice[second.Start..second.End]);
        Assert.Equal((2, 2), locator.OccurrenceAt("P3", second.Start));
        Assert.Equal((0, 2), locator.OccurrenceAt("P3", 3));
    }

    [Theory]
    [InlineData("P3", 3, "occurrence 3 does not exist: the quote occurs 2 times (1 to 2)")]
    [InlineData("P3", 0, "occurrence 0 does not exist: the quote occurs 2 times (1 to 2)")]
    [InlineData("Closing Date", 1, "occurrence 1 is given, but the quote occurs once; leave occurrence out")]
    public void RejectsAnOccurrenceThatPointsNowhereOrIsNotNeeded(string quote, int occurrence, string problem)
    {
        var match = new QuoteLocator(Notice).Find(quote, occurrence);

        Assert.False(match.Success);
        Assert.Equal(problem, match.Problem);
    }

    [Fact]
    public void TreatsNonBreakingSpacesAsWhitespace()
    {
        var match = new QuoteLocator("Salary:\u00a0USD\u00a07,382").Find("Salary: USD 7,382");

        Assert.True(match.Success);
        Assert.Equal((0, 17), (match.Start, match.End));
    }
}
