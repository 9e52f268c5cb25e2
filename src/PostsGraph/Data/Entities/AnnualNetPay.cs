namespace PostsGraph.Data.Entities;

// A comparable yearly figure derived from the stated components, with how it was derived.
public sealed class AnnualNetPay
{
    public decimal Amount { get; init; }
    // Served as `currency` (an ISO code), as analysts read it beside the amount.
    [global::GraphQL.Name("currency")]
    public required string CurrencyCode { get; init; }
    public PayBasis Basis { get; init; }
    public PayQualifier Qualifier { get; init; }
    public required string Explanation { get; init; }
}

public enum PayBasis
{
    Stated,
    SumOfComponents,
    Annualised,
}
