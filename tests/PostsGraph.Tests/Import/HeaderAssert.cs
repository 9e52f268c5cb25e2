using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// Assertions on header facts: the value, and a quote the loader accepts (it occurs exactly once in
// the text, or its occurrence says which; whitespace runs compared as one space).
public static class HeaderAssert
{
    public static ReferenceFiles Reference { get; } = new SeedReader(RepoPaths.Seed).Read().Reference;

    public static PostFile Extract(string text) => HeaderExtractor.Extract(new NoticeText(text), Reference).Post;

    public static void Fact(ValueFact? fact, string value, string text)
    {
        Assert.NotNull(fact);
        Assert.Equal(value, fact.Value);
        Quoted(fact.Quote, text, fact.Occurrence);
    }

    public static void Duration(DurationFact? fact, int? months, string text)
    {
        Assert.NotNull(fact);
        Assert.Equal(months, fact.Months);
        Quoted(fact.Quote, text);
    }

    public static void Salary(SalaryFact fact, string kind, decimal amount, string currency, string period, string qualifier, string text)
    {
        Assert.Equal(
            (kind, amount, currency, period, qualifier),
            (fact.Kind, fact.Amount!.Value, fact.Currency, fact.Period, fact.Qualifier));
        Quoted(fact.Quote, text, fact.Occurrence);
    }

    public static void Quoted(string? quote, string text, int? occurrence = null)
    {
        Assert.NotNull(quote);
        var match = new QuoteLocator(text).Find(quote, occurrence);
        Assert.True(match.Success, $"quote \"{quote}\": {match.Problem}");
    }
}
