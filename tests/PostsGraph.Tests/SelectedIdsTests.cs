using PostsGraph.GraphQL.Statistics;

namespace PostsGraph.Tests;

// Statistics read the ids a filter selects as one comma-separated value, in pieces of up to 64 KB:
// an id may be split between two pieces.
public sealed class SelectedIdsTests
{
    [Fact]
    public void ReadsTheSameIdsWhereverThePiecesSplitTheText()
    {
        var text = "12,345,6,7890"u8.ToArray();
        for (var split = 0; split <= text.Length; split++)
        {
            Assert.Equal([12, 345, 6, 7890], Parse(text[..split], text[split..]));
        }
    }

    [Fact]
    public void ReadsOneIdAndTheLargestId()
    {
        Assert.Equal([7], Parse("7"u8.ToArray()));
        Assert.Equal([int.MaxValue], Parse("2147483647"u8.ToArray()));
    }

    [Theory]
    [InlineData("12,,3")]
    [InlineData(",12")]
    [InlineData("12,")]
    [InlineData("12;3")]
    [InlineData("-1")]
    [InlineData("2147483648")]
    [InlineData("")]
    public void RefusesWhatIsNotIdsSeparatedByCommas(string text)
    {
        Assert.Throws<FormatException>(() => Parse(System.Text.Encoding.ASCII.GetBytes(text)));
    }

    private static List<int> Parse(params byte[][] pieces)
    {
        var text = new IdText();
        var ids = new List<int>();
        foreach (var piece in pieces)
        {
            var parsed = new int[IdText.MostIdsIn(piece.Length)];
            ids.AddRange(parsed.AsSpan(0, text.Parse(piece, parsed)).ToArray());
        }

        ids.Add(text.Last());
        return ids;
    }
}
