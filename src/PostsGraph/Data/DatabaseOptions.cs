namespace PostsGraph.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    // "Sqlite" (default) or "Postgres".
    public string Provider { get; set; } = "Sqlite";

    // The SQLite file; by default data/postsgraph.db beside the seed folder.
    public string? Path { get; set; }

    // The PostgreSQL connection string, with Provider=Postgres.
    public string? ConnectionString { get; set; }

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public string ResolvePath(string seedPath) => System.IO.Path.GetFullPath(
        Path is { Length: > 0 } configured ? configured : System.IO.Path.Combine(seedPath, "..", "data", "postsgraph.db"));
}
