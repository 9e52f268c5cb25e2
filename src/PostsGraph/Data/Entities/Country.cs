namespace PostsGraph.Data.Entities;

public sealed class Country
{
    public required string Code { get; init; }
    public required string Name { get; init; }
}
