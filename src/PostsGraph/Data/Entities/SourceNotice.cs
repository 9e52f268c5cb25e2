namespace PostsGraph.Data.Entities;

public sealed class SourceNotice
{
    public int Id { get; init; }
    public required string FileName { get; init; }
    public required string Text { get; init; }
    public required string Sha256 { get; init; }
}
