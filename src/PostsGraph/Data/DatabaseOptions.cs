namespace PostsGraph.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    // The SQLite file; by default data/postsgraph.db beside the seed folder.
    public string? Path { get; set; }

    public string ResolvePath(string seedPath) => System.IO.Path.GetFullPath(
        Path is { Length: > 0 } configured ? configured : System.IO.Path.Combine(seedPath, "..", "data", "postsgraph.db"));
}
