namespace PostsGraph.Data.Entities;

public sealed class Currency
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public int? MinorUnits { get; init; }
}
