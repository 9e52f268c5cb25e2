using PostsGraph.Export;
using PostsGraph.GraphQL;
using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph;

// The server is its own command line: `dotnet run --project src/PostsGraph -- <verb>`.
public static class Cli
{
    // Configuration keys the host takes besides those written Section:Key.
    private static readonly string[] HostKeys = ["urls", "environment", "contentRoot", "applicationName"];

    // Splits the verb and its own options from the arguments meant for the host's configuration
    // (`--Section:Key=value` or `--Section:Key value`, and the host's own keys, anywhere). With no
    // verb the arguments all go to the host. ExitCode is set when there is nothing more to do: the
    // help was asked for (0) or the command line is wrong (2, with the error on standard error).
    public static CliRequest Parse(string[] args)
    {
        if (args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("--help" or "-h" or "-?")))
        {
            return new CliRequest(null, [], args, null);
        }

        var host = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!IsConfiguration(args[i]))
            {
                rest.Add(args[i]);
                continue;
            }

            host.Add(args[i]);
            if (!args[i].Contains('=') && i + 1 < args.Length && !args[i + 1].StartsWith('-'))
            {
                host.Add(args[++i]);
            }
        }

        var parse = CliCommands.Create().Parse(rest);
        if (parse.Errors.Count > 0 || parse.Action is not null || parse.CommandResult.Command.Name == "help")
        {
            if (parse.Action is System.CommandLine.Invocation.ParseErrorAction errors)
            {
                errors.ShowHelp = false;
            }

            var exit = parse.CommandResult.Command.Name == "help" ? CliCommands.Create().Parse("--help").Invoke() : parse.Invoke();
            return new CliRequest(null, [], [.. host], parse.Errors.Count > 0 ? 2 : exit);
        }

        return new CliRequest(parse.CommandResult.Command.Name, CliCommands.Values(parse), [.. host], null);
    }

    private static bool IsConfiguration(string token)
    {
        if (!token.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var key = token[2..].Split('=', 2)[0];
        return key.Contains(':') || HostKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
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
                throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a verb.");
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

// What the command line asks for: a verb with its options (none: serve), the arguments for the
// host's configuration, and an exit code when the command line itself was the whole answer.
public sealed record CliRequest(string? Verb, Dictionary<string, string?> Options, string[] HostArgs, int? ExitCode)
{
    public void Deconstruct(out string? verb, out Dictionary<string, string?> options, out string[] hostArgs)
    {
        verb = Verb;
        options = Options;
        hostArgs = HostArgs;
    }
}
