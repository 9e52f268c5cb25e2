namespace PostsGraph.Data.Entities;

public sealed class Language
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public bool UnOfficial { get; init; }
}
