namespace PostsGraph.Ide;

// The README and docs/ ship inside the assembly, so that a running server can show them (at
// /docs/{file}) and the IDE can open with the README's tour, wherever it is deployed.
public static class Docs
{
    private const string Prefix = "PostsGraph.Docs.";

    public static IEnumerable<string> Files => typeof(Docs).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal);

    // The file's text, or null when there is no such document.
    public static string? Read(string file) => Resource(Prefix + file);

    // The text of a resource embedded in the assembly (PostsGraph.csproj names them), or null.
    public static string? Resource(string name)
    {
        using var stream = typeof(Docs).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
