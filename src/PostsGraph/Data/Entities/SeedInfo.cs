namespace PostsGraph.Data.Entities;

// One row: which seed content, loaded by which build of the loader, the database was made from.
public sealed class SeedInfo
{
    public int Id { get; init; }
    public required string SeedHash { get; init; }
    public required string LoaderVersion { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    public int PostCount { get; init; }
}
