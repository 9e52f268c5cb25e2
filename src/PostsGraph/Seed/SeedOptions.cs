namespace PostsGraph.Seed;

// No seed folder was configured and none was found: the program stops with this message, not a stack trace.
public sealed class SeedNotFoundException(string message) : Exception(message);

public sealed class SeedOptions
{
    public const string Section = "Seed";

    // The seed folder; by default the nearest `seed/` above the working directory or the program.
    public string? Path { get; set; }

    // Rebuild the database while running when a seed file changes.
    public bool Watch { get; set; } = true;

    // Build the database from the seed at start-up. False serves the database as it is (for example
    // a synthetic dataset made with the generate verb, or a PostgreSQL database loaded by a
    // deployment step) and also turns Watch off.
    public bool Load { get; set; } = true;

    // How often the served database is checked, and rebuilt from the seed when it is missing or
    // damaged. Seed edits are seen through Watch, not through this check.
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    public string ResolvePath() => ResolvePath(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    // The configured folder, else the nearest seed/ above the working directory, else above the program's own.
    internal string ResolvePath(string workingDirectory, string programDirectory) => Path is { Length: > 0 } configured
        ? System.IO.Path.GetFullPath(configured)
        : FindUpwards(workingDirectory) ?? FindUpwards(programDirectory)
            ?? throw new SeedNotFoundException($"no seed/ folder found above {workingDirectory} or {programDirectory}; set Seed:Path (--Seed:Path=/path/to/seed).");

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "seed");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "notices")))
            {
                return candidate;
            }
        }

        return null;
    }
}
