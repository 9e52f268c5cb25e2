using System.Globalization;
using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

// Derives the comparable annual net pay from the figures a notice states, by arithmetic it can show:
// a stated annual total, a monthly total times twelve, or base salary plus post adjustment. It never
// assumes a scale, a step or an exchange rate.
public static class PayCalculator
{
    public sealed record Result(AnnualNetPay? AnnualNetPay, string? NoPayReason, decimal? PostAdjustmentRate);

    public static Result Derive(IReadOnlyList<SalaryComponent> components)
    {
        if (components.Count == 0)
        {
            return new(null, "The notice states no pay figure.", null);
        }

        var totals = components.Where(c => c.Kind == SalaryKind.NetTotal).ToList();
        var bases = components.Where(c => c.Kind == SalaryKind.NetBaseSalary).ToList();
        var adjustments = components.Where(c => c.Kind == SalaryKind.PostAdjustment).ToList();
        var rate = bases.Count == 1 && adjustments.Count == 1 && Combinable(bases[0], adjustments[0])
            ? Math.Round(adjustments[0].Amount / bases[0].Amount, 4)
            : (decimal?)null;

        if (totals.Count > 1 || bases.Count > 1 || adjustments.Count > 1)
        {
            return new(null, "The notice states several figures of the same kind; choosing one would be an assumption.", rate);
        }

        if (totals.Count == 1)
        {
            return new(FromTotal(totals[0]), null, rate);
        }

        if (bases.Count == 1 && adjustments.Count == 1)
        {
            return Combinable(bases[0], adjustments[0])
                ? new(FromComponents(bases[0], adjustments[0]), null, rate)
                : new(null, "The net base salary and the post adjustment are stated in different currencies or periods; adding them would need an assumption.", null);
        }

        return bases.Count == 1
            ? new(null, "The notice states the net base salary but not the post adjustment, so no net total is derived.", null)
            : new(null, "The notice states a post adjustment without the net base salary, so no net total is derived.", null);
    }

    private static bool Combinable(SalaryComponent a, SalaryComponent b) =>
        a.CurrencyCode == b.CurrencyCode && a.Period == b.Period;

    private static AnnualNetPay FromTotal(SalaryComponent total) => total.Period == PayPeriod.Annual
        ? new AnnualNetPay
        {
            Amount = total.Amount,
            CurrencyCode = total.CurrencyCode,
            Basis = PayBasis.Stated,
            Qualifier = total.Qualifier,
            Explanation = $"Stated as a yearly figure: {Money(total.Amount, total.CurrencyCode)} ({total.Label}).",
        }
        : new AnnualNetPay
        {
            Amount = total.Amount * 12,
            CurrencyCode = total.CurrencyCode,
            Basis = PayBasis.Annualised,
            Qualifier = total.Qualifier,
            Explanation = $"Stated monthly: {Money(total.Amount, total.CurrencyCode)} x 12 = {Money(total.Amount * 12, total.CurrencyCode)} a year ({total.Label}).",
        };

    private static AnnualNetPay FromComponents(SalaryComponent netBase, SalaryComponent adjustment)
    {
        var months = netBase.Period == PayPeriod.Monthly ? 12 : 1;
        var amount = (netBase.Amount + adjustment.Amount) * months;
        var sum = $"{Money(netBase.Amount, null)} net base salary + {Money(adjustment.Amount, null)} post adjustment";
        return new AnnualNetPay
        {
            Amount = amount,
            CurrencyCode = netBase.CurrencyCode,
            Basis = PayBasis.SumOfComponents,
            Qualifier = (PayQualifier)Math.Min((int)netBase.Qualifier, (int)adjustment.Qualifier),
            Explanation = months == 1
                ? $"{sum} = {Money(amount, netBase.CurrencyCode)} a year."
                : $"({sum}) x 12 = {Money(amount, netBase.CurrencyCode)} a year.",
        };
    }

    private static string Money(decimal amount, string? currency)
    {
        var number = amount.ToString(amount == decimal.Truncate(amount) ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture);
        return currency is null ? number : $"{number} {currency}";
    }
}
