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
    // A starting salary is the grade's first step: the minimum.
    [InlineData("Net base salary starting at USD 70,000 a year", "NET_BASE_SALARY", "70000", "USD", "ANNUAL", "MINIMUM")]
    [InlineData("Indicative remuneration:\n  USD\n  8,050 monthly", "NET_TOTAL", "8050", "USD", "MONTHLY", "ESTIMATE")]
    // Numbers and words as French and Spanish notices write them (fragments written for these tests).
    [InlineData("Salaire annuel net minimum : 109 036,00 €", "NET_TOTAL", "109036.00", "EUR", "ANNUAL", "MINIMUM")]
    [InlineData("Rémunération mensuelle estimée : 7\u202f382 dollars des États-Unis", "NET_TOTAL", "7382", "USD", "MONTHLY", "ESTIMATE")]
    [InlineData("Traitement de base : à partir de 88\u00a0000 USD par an", "NET_BASE_SALARY", "88000", "USD", "ANNUAL", "FROM")]
    [InlineData("Sueldo neto mensual: 6.410,50 dólares", "NET_TOTAL", "6410.50", "USD", "MONTHLY", "EXACT")]
    [InlineData("Remuneración anual mínima: USD 95,120", "NET_TOTAL", "95120", "USD", "ANNUAL", "MINIMUM")]
    [InlineData("Net annual salary: CHF 98\u2009500", "NET_TOTAL", "98500", "CHF", "ANNUAL", "EXACT")]
    [InlineData("Monthly salary: USD7,382", "NET_TOTAL", "7382", "USD", "MONTHLY", "EXACT")]
    // Points between groups of three digits are thousands; a quetzal sign; a range is its low end.
    [InlineData("Sueldo base neto mínimo: USD 71.910 anuales", "NET_BASE_SALARY", "71910", "USD", "ANNUAL", "MINIMUM")]
    [InlineData("Sueldo base neto\nCOP 9.850.000 mensuales", "NET_BASE_SALARY", "9850000", "COP", "MONTHLY", "EXACT")]
    [InlineData("Remuneración: aproximadamente Q 18 500 al mes (total neto)", "NET_TOTAL", "18500", "GTQ", "MONTHLY", "ESTIMATE")]
    [InlineData("Salary range\tBDT 245,300 – 291,800 per month (net base salary)", "NET_BASE_SALARY", "245300", "BDT", "MONTHLY", "FROM")]
    [InlineData("Sueldo base neto anual: entre USD 52.300 y USD 64.800, según experiencia", "NET_BASE_SALARY", "52300", "USD", "ANNUAL", "FROM")]
    [InlineData("The monthly basic salary ranges from EUR 4 593,41 to EUR 5 198,96 depending on step.", "NET_BASE_SALARY", "4593.41", "EUR", "MONTHLY", "FROM")]
    // What the rest of the clause says: base salary, step 1, the period.
    [InlineData("| Remuneration | KES 318,452 net base salary per month, starting at step 1 |", "NET_BASE_SALARY", "318452", "KES", "MONTHLY", "MINIMUM")]
    [InlineData("Basic monthly salary (step 1): €6.219,45", "NET_BASE_SALARY", "6219.45", "EUR", "MONTHLY", "MINIMUM")]
    [InlineData("Traitement de base mensuel : 4 112,35 € (grade B3, échelon 1)", "NET_BASE_SALARY", "4112.35", "EUR", "MONTHLY", "MINIMUM")]
    [InlineData("Appointment at grade AST 2, with a monthly basic salary of EUR 3 512,40 (first step).", "NET_BASE_SALARY", "3512.40", "EUR", "MONTHLY", "MINIMUM")]
    [InlineData("Traitement de base mensuel net : environ XOF 2 145 000", "NET_BASE_SALARY", "2145000", "XOF", "MONTHLY", "ESTIMATE")]
    // A sentence that runs onto the figure's line; a salary the notice pairs with a post adjustment
    // is the base salary, one that includes it the total.
    [InlineData("The basic monthly salary for grade\nAD 7, step 1, is EUR 7 243,86, subject to EU tax.", "NET_BASE_SALARY", "7243.86", "EUR", "MONTHLY", "MINIMUM")]
    [InlineData("Salary: USD 76,426 net per annum (minimum), plus post adjustment", "NET_BASE_SALARY", "76426", "USD", "ANNUAL", "MINIMUM")]
    [InlineData("Annual Salary: (Net of tax) US$ 139,414 at single rate\nPost Adjustment: 81.9 % of the above figure.", "NET_BASE_SALARY", "139414", "USD", "ANNUAL", "EXACT")]
    [InlineData("Remuneration: approximately USD 118,950 per year, net of tax and inclusive of post adjustment", "NET_TOTAL", "118950", "USD", "ANNUAL", "ESTIMATE")]
    [InlineData("Sueldo\tDe S/ 9.850 a S/ 12.400 netos mensuales", "NET_TOTAL", "9850", "PEN", "MONTHLY", "FROM")]
    [InlineData("| Rémunération annuelle indicative | environ 123 400 USD nets d'impôts (ajustement de poste compris) |", "NET_TOTAL", "123400", "USD", "ANNUAL", "ESTIMATE")]
    [InlineData("Rango salarial anual\nUSD 98.500 – USD 131.000", "NET_TOTAL", "98500", "USD", "ANNUAL", "FROM")]
    // An abbreviation's point is no sentence end; the CFA franc is read only with the code beside it.
    [InlineData("Remuneración: aprox. COP 9.845.300 netos mensuales", "NET_TOTAL", "9845300", "COP", "MONTHLY", "ESTIMATE")]
    [InlineData("Traitement : 28 475 600 FCFA (XOF) net par an", "NET_TOTAL", "28475600", "XOF", "ANNUAL", "EXACT")]
    // A code in brackets after the figure; points as thousands before a sentence's comma.
    [InlineData("La remuneración mensual neta aproximada es de Bs 19.460 (BOB), más seguro médico.", "NET_TOTAL", "19460", "BOB", "MONTHLY", "ESTIMATE")]
    [InlineData("El sueldo básico neto anual es de GTQ 318.756, al que se añaden los beneficios.", "NET_BASE_SALARY", "318756", "GTQ", "ANNUAL", "EXACT")]
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

    // A post adjustment after its label on the line above, and in French and Spanish words.
    [Theory]
    [InlineData("Net base salary\nUSD 63,780 per annum, starting at step I\n\nPost adjustment\nApproximately USD 17,220 per annum (the multiplier is reviewed monthly)", 63780, 17220)]
    [InlineData("Traitement net de base minimum : 74 328 $ US par an. S'y ajoute une indemnité de poste, estimée à 26 014 $ US par an.", 74328, 26014)]
    [InlineData("Sueldo base neto mínimo: USD 71.910 anuales, al que se añade un ajuste por lugar de destino estimado en USD 29.483 anuales (cifra sujeta a variaciones mensuales).", 71910, 29483)]
    // A table's rows; a figure whose clause goes on to describe the post adjustment keeps its own
    // qualifier ("minimum", not the adjustment's "estimé"); a header printed twice states its pay once.
    [InlineData("Remuneration\n| Net base salary (step 1) | USD 74,839 per annum |\n| Post adjustment | approximately USD 28,590 per annum |", 74839, 28590)]
    [InlineData("Traitement : 74 216 USD par an (traitement net de base minimum, échelon 1), auquel s'ajoute un ajustement de poste estimé à 59 818 USD par an\n\n"
        + "Récapitulatif\nTraitement : 74 216 USD par an (traitement net de base minimum, échelon 1), auquel s'ajoute un ajustement de poste estimé à 59 818 USD par an", 74216, 59818)]
    public void ReadsABaseSalaryAndAPostAdjustmentStatedApart(string text, int salary, int postAdjustment)
    {
        var statements = Extract(text).Salary!;

        Assert.Collection(statements,
            s => Salary(s, "NET_BASE_SALARY", salary, "USD", "ANNUAL", "MINIMUM", text),
            s => Salary(s, "POST_ADJUSTMENT", postAdjustment, "USD", "ANNUAL", "ESTIMATE", text));
        Assert.DoesNotContain(statements, s => s.Label?.Contains('|') == true);
    }

    // A post adjustment named across a line break and described before its figure ("variable que
    // asciende actualmente a"), in the sentence of a minimum salary, is exact: "mínimo" is the salary's.
    [Fact]
    public void ReadsAPostAdjustmentDescribedBeforeItsFigure()
    {
        const string text = "Remuneración\nEl OIEA ofrece un sueldo básico neto anual, libre de impuestos, de USD 91.476 como mínimo\n"
            + "(escalón I), sujeto a deducciones obligatorias, más un ajuste\npor lugar de destino variable que asciende actualmente a USD 41.530 anuales.";

        Assert.Collection(Extract(text).Salary!,
            s => Salary(s, "NET_BASE_SALARY", 91476m, "USD", "ANNUAL", "MINIMUM", text),
            s => Salary(s, "POST_ADJUSTMENT", 41530m, "USD", "ANNUAL", "EXACT", text));
    }

    // A job site's estimate of the pay, which it says is its own, is not a statement of the notice.
    [Fact]
    public void ReadsNoFigureAJobSiteSaysItEstimated() =>
        Assert.Empty(Extract("Salary\n\nThis post should pay between 120,000 USD and 150,000 USD a year.\n\n"
            + "Note that the salary shown here is an estimate made by this site from the grade and the duty station.").Salary ?? []);

    // A board's pay widget ("… / YEAR" beside "Posted: 5 days ago") is the board's, not the notice's.
    [Fact]
    public void ReadsNoPayFromAJobBoardsWidget() =>
        Assert.Empty(Extract("AGENT DE SÉCURITÉ\n\n• Salary:\n   $88,000 - $110,000 / YEAR\n• Posted:\n   5 days ago\n\nDESCRIPTION").Salary ?? []);

    [Fact]
    public void ReadsNoCfaFrancWithoutItsCode() =>
        Assert.Empty(Extract("Traitement : 28 475 600 FCFA net par an").Salary ?? []);

    // "US $29,860": the "US" before the sign does not hide the post adjustment's label.
    [Fact]
    public void ReadsAPostAdjustmentWrittenUsDollarSign()
    {
        const string text = "The annual salary consists of a net base salary of US $62,471 plus post adjustment of US $29,860.";

        Assert.Collection(Extract(text).Salary!,
            s => Salary(s, "NET_BASE_SALARY", 62471m, "USD", "ANNUAL", "EXACT", text),
            s => Salary(s, "POST_ADJUSTMENT", 29860m, "USD", "ANNUAL", "EXACT", text));
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

    // An allowance the notice names after its figure is no pay; a living allowance, which is the
    // pay of some posts, is.
    [Fact]
    public void TakesNoAllowanceForThePay()
    {
        const string text = "Conditions: €4200 per month salary, 5 days of leave a month and 7 days of R&R every 2 months with a €900 R&R allowance each cycle.";
        Salary(Assert.Single(Extract(text).Salary!), "NET_TOTAL", 4200m, "EUR", "MONTHLY", "EXACT", text);

        const string living = "Pay: USD 1,950 monthly living allowance.";
        Salary(Assert.Single(Extract(living).Salary!), "NET_TOTAL", 1950m, "USD", "MONTHLY", "EXACT", living);
    }

    // A currency's code written as a word before an amount with thousands ("Php 876,102.00"), but
    // not an English word that is also a code ("All 1,200 staff").
    [Fact]
    public void ReadsACurrencyCodeWrittenAsAWord()
    {
        const string text = "**Salary: Php 912,340.00 per annum net of taxes**";
        Salary(Assert.Single(Extract(text).Salary!), "NET_TOTAL", 912340.00m, "PHP", "ANNUAL", "EXACT", text);
        Assert.Empty(Extract("Pay and benefits: All 1,200 staff receive the same salary scale.").Salary ?? []);
        // Another capitalised word before the amount leaves it to the currency after it.
        const string after = "Monthly salary: Net 2,500 USD – 3,000 USD depending on experience";
        Salary(Assert.Single(Extract(after).Salary!), "NET_TOTAL", 2500m, "USD", "MONTHLY", "FROM", after);
        const string local = "Salary: Dhs 15,000 AED per month";
        Salary(Assert.Single(Extract(local).Salary!), "NET_TOTAL", 15000m, "AED", "MONTHLY", "EXACT", local);
    }
}
