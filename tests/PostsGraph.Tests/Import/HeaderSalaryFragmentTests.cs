using static PostsGraph.Tests.Import.HeaderAssert;

namespace PostsGraph.Tests.Import;

// Pay statements on short fragments written for these tests.
public sealed class HeaderSalaryFragmentTests
{
    [Theory]
    [InlineData("Minimum Net Annual Salary: €95,120.00", "NET_TOTAL", "95120.00", "EUR", "ANNUAL", "MINIMUM")]
    [InlineData("Total estimated monthly remuneration: USD 6,410", "NET_TOTAL", "6410", "USD", "MONTHLY", "ESTIMATE")]
    [InlineData("Monthly salary: USD 7,382", "NET_TOTAL", "7382", "USD", "MONTHLY", "EXACT")]
    [InlineData("Salary: 3,120.50Euro (EUR) Monthly", "NET_TOTAL", "3120.50", "EUR", "MONTHLY", "EXACT")]
    [InlineData("Net salary: CHF 120,000 per annum", "NET_TOTAL", "120000", "CHF", "ANNUAL", "EXACT")]
    [InlineData("Net annual salary: CHF 98'500", "NET_TOTAL", "98500", "CHF", "ANNUAL", "EXACT")]
    [InlineData("Net annual salary: EUR 101 250", "NET_TOTAL", "101250", "EUR", "ANNUAL", "EXACT")]
    [InlineData("Salary: £45,000 per annum", "NET_TOTAL", "45000", "GBP", "ANNUAL", "EXACT")]
    [InlineData("Net base salary starting at USD 70,000 a year", "NET_BASE_SALARY", "70000", "USD", "ANNUAL", "FROM")]
    [InlineData("Indicative remuneration:\n  USD\n  8,050 monthly", "NET_TOTAL", "8050", "USD", "MONTHLY", "ESTIMATE")]
    // Numbers and words as French and Spanish notices write them (fragments written for these tests).
    [InlineData("Salaire annuel net minimum : 109 036,00 €", "NET_TOTAL", "109036.00", "EUR", "ANNUAL", "MINIMUM")]
    [InlineData("Rémunération mensuelle estimée : 7\u202f382 dollars des États-Unis", "NET_TOTAL", "7382", "USD", "MONTHLY", "ESTIMATE")]
    [InlineData("Traitement de base : à partir de 88\u00a0000 USD par an", "NET_BASE_SALARY", "88000", "USD", "ANNUAL", "FROM")]
    [InlineData("Sueldo neto mensual: 6.410,50 dólares", "NET_TOTAL", "6410.50", "USD", "MONTHLY", "EXACT")]
    [InlineData("Remuneración anual mínima: USD 95,120", "NET_TOTAL", "95120", "USD", "ANNUAL", "MINIMUM")]
    [InlineData("Net annual salary: CHF 98\u2009500", "NET_TOTAL", "98500", "CHF", "ANNUAL", "EXACT")]
    [InlineData("Monthly salary: USD7,382", "NET_TOTAL", "7382", "USD", "MONTHLY", "EXACT")]
    public void ReadsAPayStatement(string text, string kind, string amount, string currency, string period, string qualifier) =>
        Salary(Assert.Single(Extract(text).Salary!), kind, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, period, qualifier, text);

    [Fact]
    public void ReadsABaseSalaryPlusPostAdjustmentAsTwoFiguresOfOneStatement()
    {
        const string text = "Benefits\nAnnual salary from $ 88,000 + post adjustment $ 50,000\nOther allowances apply.";
        var salary = Extract(text).Salary!;

        Assert.Collection(salary,
            s => Salary(s, "NET_BASE_SALARY", 88000m, "USD", "ANNUAL", "FROM", text),
            s => Salary(s, "POST_ADJUSTMENT", 50000m, "USD", "ANNUAL", "FROM", text));
        Assert.Equal(["Annual salary from", "post adjustment"], salary.Select(s => s.Label));
    }

    [Fact]
    public void KeepsTheNoticesWordsForTheFigureAsItsLabel()
    {
        var salary = Assert.Single(Extract("Type of Appointment: Fixed-term Minimum Net Annual Salary: €95,120.00 Contract Duration: 2 years").Salary!);

        Assert.Equal("Minimum Net Annual Salary", salary.Label);
        Assert.Equal("Minimum Net Annual Salary: €95,120.00", salary.Quote);
    }

    [Theory]
    [InlineData("The new building cost USD 5,000,000 to build.")]
    [InlineData("Posting Date: 13/02/2026")]
    [InlineData("GS-level posts are subject to local recruitment only.")]
    public void FindsNoPayWhereNoneIsStated(string text) => Assert.Empty(Extract(text).Salary!);
}
