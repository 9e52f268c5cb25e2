namespace PostsGraph.Tests;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    public static string Schema => Path.Combine(Root, "schema", "schema.graphql");

    public static string Notice(string fileName) => Path.Combine(Seed, "notices", fileName);

    // A copy of the real seed that a test may break.
    public static string CopySeed()
    {
        var target = Path.Combine(Path.GetTempPath(), "postsgraph-tests", Guid.NewGuid().ToString("N"), "seed");
        foreach (var file in Directory.EnumerateFiles(Seed, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Seed, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PostsGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PostsGraph.sln not found above the test binaries.");
    }
}
