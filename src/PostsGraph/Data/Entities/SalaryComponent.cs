namespace PostsGraph.Data.Entities;

// One pay figure exactly as the notice states it.
public sealed class SalaryComponent
{
    public int Id { get; init; }
    public int PostId { get; init; }
    public int Order { get; init; }
    public SalaryKind Kind { get; init; }
    public decimal Amount { get; init; }
    public required string CurrencyCode { get; init; }
    public PayPeriod Period { get; init; }
    public PayQualifier Qualifier { get; init; }
    public required string Label { get; init; }
    public required Evidence Evidence { get; init; }
}

public enum SalaryKind
{
    NetBaseSalary,
    PostAdjustment,
    NetTotal,
}

public enum PayPeriod
{
    Annual,
    Monthly,
}

// Declared from the weakest claim to the strongest: a derived figure takes the weakest of its parts.
public enum PayQualifier
{
    Estimate,
    Minimum,
    From,
    Exact,
}
