namespace PostsGraph.Ide;

// The IDE served at GET /graphql to browsers (section "Ide"; docs/ide.md).
public sealed class IdeOptions
{
    public const string Section = "Ide";

    // Off: a browser opening /graphql gets the same JSON error as any client sending no query.
    public bool Enabled { get; set; } = true;

    // A folder holding the IDE's local copy (ide/dist, built by `bash ide/build`). Unset, the page
    // loads GraphiQL from CdnUrl.
    public string? AssetsPath { get; set; }

    // The ES module CDN serving GraphiQL and its dependencies when there is no local copy.
    public string CdnUrl { get; set; } = "https://esm.sh";

    // How long the page waits for GraphiQL before it says it could not be loaded.
    public int LoadTimeoutSeconds { get; set; } = 20;
}
