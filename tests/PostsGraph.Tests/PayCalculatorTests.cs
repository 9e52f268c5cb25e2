using PostsGraph.Data.Entities;
using PostsGraph.Seed;

namespace PostsGraph.Tests;

public sealed class PayCalculatorTests
{
    [Fact]
    public void AddsMonthlyComponentsAndAnnualisesTheSum()
    {
        var result = PayCalculator.Derive([
            Component(SalaryKind.NetBaseSalary, 5000, "USD", PayPeriod.Monthly, PayQualifier.Exact),
            Component(SalaryKind.PostAdjustment, 2500.50m, "USD", PayPeriod.Monthly, PayQualifier.Estimate),
        ]);

        Assert.Equal(90006m, result.AnnualNetPay!.Amount);
        Assert.Equal(PayBasis.SumOfComponents, result.AnnualNetPay.Basis);
        Assert.Equal(PayQualifier.Estimate, result.AnnualNetPay.Qualifier);
        Assert.Equal(0.5001m, result.PostAdjustmentRate);
    }

    [Fact]
    public void NeverAddsFiguresInDifferentCurrencies()
    {
        var result = PayCalculator.Derive([
            Component(SalaryKind.NetBaseSalary, 100000, "USD", PayPeriod.Annual, PayQualifier.Exact),
            Component(SalaryKind.PostAdjustment, 60000, "CHF", PayPeriod.Annual, PayQualifier.Exact),
        ]);

        Assert.Null(result.AnnualNetPay);
        Assert.Null(result.PostAdjustmentRate);
        Assert.Contains("different currencies", result.NoPayReason);
    }

    [Fact]
    public void GivesNoTotalForABaseSalaryWithoutItsPostAdjustment()
    {
        var result = PayCalculator.Derive([Component(SalaryKind.NetBaseSalary, 80000, "USD", PayPeriod.Annual, PayQualifier.From)]);

        Assert.Null(result.AnnualNetPay);
        Assert.Contains("not the post adjustment", result.NoPayReason);
    }

    private static SalaryComponent Component(SalaryKind kind, decimal amount, string currency, PayPeriod period, PayQualifier qualifier) => new()
    {
        Kind = kind, Amount = amount, CurrencyCode = currency, Period = period, Qualifier = qualifier, Label = kind.ToString(),
        Evidence = new Evidence { Quote = "test" },
    };
}
