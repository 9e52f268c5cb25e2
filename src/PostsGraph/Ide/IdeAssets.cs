namespace PostsGraph.Ide;

// Where the page gets GraphiQL: a local copy (Ide:AssetsPath, built by `bash ide/build`) served under
// /graphql/ide/, or the CDN's ES modules resolved by an import map. The versions are those
// ide/package.json pins, so that both ways serve the same GraphiQL (IdeTests holds them together).
public sealed class IdeAssets
{
    public const string GraphiQL = "5.4.0";
    public const string GraphiQLReact = "0.39.1";
    public const string GraphiQLToolkit = "0.12.1";
    public const string React = "19.3.1";
    public const string GraphQLJs = "16.15.0";

    // Where the local copy, and the start module in either way, are served.
    public const string RoutePrefix = "/graphql/ide";

    private IdeAssets(string? folder, string styleSheet, IReadOnlyDictionary<string, string> imports, string? workerSetup, IReadOnlyDictionary<string, string>? workers)
    {
        Folder = folder;
        StyleSheet = styleSheet;
        Imports = imports;
        WorkerSetup = workerSetup;
        Workers = workers;
    }

    // The local copy's folder, or null when the page loads from the CDN.
    public string? Folder { get; }

    public string StyleSheet { get; }

    // The page's import map: the specifier "postsgraph-ide" is the module that starts GraphiQL.
    public IReadOnlyDictionary<string, string> Imports { get; }

    // A module the page imports to set up Monaco's workers (the CDN's), or null.
    public string? WorkerSetup { get; }

    // Monaco's workers by label, served from the local copy, or null.
    public IReadOnlyDictionary<string, string>? Workers { get; }

    public static IdeAssets For(IdeOptions options, string pathBase)
    {
        var local = pathBase + RoutePrefix;
        if (!string.IsNullOrWhiteSpace(options.AssetsPath))
        {
            return new IdeAssets(
                Path.GetFullPath(options.AssetsPath),
                $"{local}/graphiql.css",
                new Dictionary<string, string> { ["postsgraph-ide"] = $"{local}/ide.js" },
                workerSetup: null,
                new Dictionary<string, string>
                {
                    ["editor"] = $"{local}/workers/editor.worker.js",
                    ["json"] = $"{local}/workers/json.worker.js",
                    ["graphql"] = $"{local}/workers/graphql.worker.js",
                });
        }

        // GraphiQL's own instructions for loading it from esm.sh: each package pinned, React and
        // GraphQL.js shared by all of them (?standalone bundles a package with its dependencies but
        // not the ones named in external).
        var cdn = options.CdnUrl.TrimEnd('/');
        return new IdeAssets(
            folder: null,
            $"{cdn}/graphiql@{GraphiQL}/dist/style.css",
            new Dictionary<string, string>
            {
                ["postsgraph-ide"] = $"{local}/start.js",
                ["react"] = $"{cdn}/react@{React}",
                ["react/"] = $"{cdn}/react@{React}/",
                ["react-dom"] = $"{cdn}/react-dom@{React}",
                ["react-dom/"] = $"{cdn}/react-dom@{React}/",
                ["graphiql"] = $"{cdn}/graphiql@{GraphiQL}?standalone&external=react,react-dom,@graphiql/react,graphql",
                ["graphiql/"] = $"{cdn}/graphiql@{GraphiQL}/",
                ["@graphiql/react"] = $"{cdn}/@graphiql/react@{GraphiQLReact}?standalone&external=react,react-dom,graphql,@graphiql/toolkit,@emotion/is-prop-valid",
                ["@graphiql/toolkit"] = $"{cdn}/@graphiql/toolkit@{GraphiQLToolkit}?standalone&external=graphql",
                ["graphql"] = $"{cdn}/graphql@{GraphQLJs}",
                // An optional dependency of GraphiQL's animation library, absent on purpose.
                ["@emotion/is-prop-valid"] = "data:text/javascript,",
            },
            workerSetup: "graphiql/setup-workers/esm.sh",
            workers: null);
    }
}
