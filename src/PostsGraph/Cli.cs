using PostsGraph.Export;
using PostsGraph.GraphQL;
using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph;

// The server is its own command line: `dotnet run --project src/PostsGraph -- <verb>`.
public static class Cli
{
    private static readonly string[] Verbs = ["load", "validate", "import", "import-report", "schema", "export", "generate", "help"];

    // Splits the verb and its own switches from the arguments meant for the host's configuration.
    public static (string? Verb, Dictionary<string, string?> Options, string[] HostArgs) Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return (null, [], args);
        }

        var options = new Dictionary<string, string?>();
        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--force":
                    options["force"] = "true";
                    break;
                case "--out" or "--format" or "--where" or "--order" or "--posts" or "--random-seed" or "--source-url" when i + 1 < args.Length:
                    options[args[i][2..]] = args[++i];
                    break;
                case var notice when args[0] == "import" && !options.ContainsKey("path") && !notice.StartsWith('-'):
                    options["path"] = notice;
                    break;
                default:
                    host.Add(args[i]);
                    break;
            }
        }

        return (args[0], options, [.. host]);
    }

    public static async Task<int> RunAsync(string verb, Dictionary<string, string?> options, IServiceProvider services)
    {
        switch (verb)
        {
            case "load":
                var result = await services.GetRequiredService<SeedLoader>().LoadAsync(force: options.ContainsKey("force"));
                return Report(result.Errors, [], result.Succeeded
                    ? result.Rebuilt ? $"Database built from seed {result.SeedHash![..12]}." : $"Database already matches seed {result.SeedHash![..12]}."
                    : null, Console.Out, Console.Error);
            case "validate":
                return ImportCli.Validate(services.GetRequiredService<SeedLoader>().SeedPath, Console.Out, Console.Error);
            case "import":
                return ImportCli.Import(options, services.GetRequiredService<SeedLoader>().SeedPath, Console.Out, Console.Error);
            case "import-report":
                return ImportCli.Report(options, services.GetRequiredService<SeedLoader>().SeedPath, Console.Out, Console.Error);
            case "schema":
                var path = options.GetValueOrDefault("out")
                    ?? Path.Combine(services.GetRequiredService<SeedLoader>().SeedPath, "..", "schema", "schema.graphql");
                try
                {
                    await File.WriteAllTextAsync(path, services.PrintSchema());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"schema: cannot write {Path.GetFullPath(path)}: {e.Message}");
                    return 1;
                }

                Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
                return 0;
            case "export":
                return await ExportCli.RunAsync(options, services);
            case "generate":
                return await Synthetic.GenerateCli.RunAsync(options, services);
            default:
                Console.WriteLine("""
                    Usage: dotnet run --project src/PostsGraph [-- <verb>]
                      (no verb)          serve /graphql, building the database from seed/ when it changed
                      load [--force]     validate seed/ and rebuild the database if the seed changed (always with --force)
                      validate           validate seed/ and the importer's drafts without touching the database
                                         (a draft's missing fields are warnings; its invalid facts are errors)
                      import <path> [--source-url URL] [--force]
                                         copy a notice into seed/notices/ and write the draft seed/posts/<key>.draft.json
                                         (--force replaces an existing draft; a reviewed post is never replaced)
                      import-report [--out F]
                                         run the importer on every curated post's notice (writing nothing) and print
                                         its precision and recall per field as Markdown
                      schema [--out F]   print the GraphQL schema to schema/schema.graphql (or F)
                      export --format csv|json|md [--where JSON] [--order JSON] [--out F]
                                         export post profiles filtered and ordered as the `posts` field
                                         (to standard output without --out)
                      generate [--posts N] [--random-seed S]
                                         replace the configured database with N synthetic posts (default 100000)
                                         for benchmarks; serve it with --Seed:Load=false
                    """);
                return 0;
        }
    }

    // How the seed verbs end: each error and warning as `file: field: what is wrong`, then the
    // success line (exit 0) when there is no error, or the count of errors (exit 1).
    public static int Report(IReadOnlyList<SeedError> errors, IReadOnlyList<SeedError> warnings, string? success, TextWriter output, TextWriter error)
    {
        foreach (var line in errors.Concat(warnings))
        {
            error.WriteLine(line);
        }

        if (errors.Count == 0 && success is not null)
        {
            output.WriteLine(success);
            return 0;
        }

        error.WriteLine($"{errors.Count} error(s); nothing was changed.");
        return 1;
    }
}
