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
        Assert.Equal("quote occurs 2 times in the notice; lengthen it so that it points to one passage", match.Problem);
    }

    [Fact]
    public void TreatsNonBreakingSpacesAsWhitespace()
    {
        var match = new QuoteLocator("Salary:\u00a0USD\u00a07,382").Find("Salary: USD 7,382");

        Assert.True(match.Success);
        Assert.Equal((0, 17), (match.Start, match.End));
    }
}
