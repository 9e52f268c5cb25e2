using System.CommandLine;

namespace PostsGraph;

// The verbs and their own options (System.CommandLine): `--help` on any of them, and an unknown
// verb or option is an error, exit code 2. Options are read into the name → value map the verbs'
// code takes (a flag as "true"), so a verb's code does not depend on the parser.
internal static class CliCommands
{
    public static RootCommand Create()
    {
        var force = new Option<bool>("--force");
        var path = new Argument<string?>("path") { Description = "The notice's text file.", Arity = ArgumentArity.ZeroOrOne };
        // An optional argument would take a misspelt option as its value.
        path.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }, ..] && value.StartsWith('-'))
            {
                result.AddError($"Unrecognized command or argument '{value}'.");
            }
        });

        return new RootCommand("PostsGraph: with no verb, serves /graphql, building the database from seed/ when it changed. Configuration keys are accepted without a verb or after it as --Key=value or --Key value (for example --Database:Path=/tmp/x.db, --urls http://localhost:5200).")
        {
            new Command("load", "Validate seed/ and rebuild the database if the seed changed.") { Flag(force, "Rebuild even if the seed is unchanged.") },
            new Command("validate", "Validate seed/ and the importer's drafts without touching the database (a draft's missing fields are warnings; its invalid facts are errors)."),
            new Command("import", "Copy a notice into seed/notices/ and write the draft seed/posts/<key>.draft.json.")
            {
                path, Text("--source-url", "The public listing of the same vacancy."), Flag(new Option<bool>("--force"), "Replace an existing draft (a reviewed post is never replaced)."),
            },
            new Command("import-report", "Run the importer on every curated post's notice and on the corpus beside the seed (writing nothing) and print its scores per field as Markdown.")
            {
                Text("--out", "Write the report to this file."), Text("--corpus", "The corpus folder (default: corpus/ beside the seed folder, when there is one)."),
                Flag(new Option<bool>("--no-corpus"), "Score the curated posts only."),
            },
            new Command("schema", "Print the GraphQL schema to schema/schema.graphql.") { Text("--out", "Write it to this file instead.") },
            new Command("export", "Export post profiles filtered and ordered as the `posts` field (to standard output without --out).")
            {
                Text("--format", "csv, json or md."), Text("--where", "A PostFilterInput as JSON."), Text("--order", "A list of PostSortInput as JSON."), Text("--out", "Write to this file."),
            },
            new Command("generate", "Replace the configured database with synthetic posts for benchmarks; serve it with --Seed:Load=false.")
            {
                Text("--posts", "How many posts (default 100000)."), Text("--random-seed", "The generator's seed (default 2026)."),
            },
            new Command("help", "Show this help."),
        };
    }

    // The options the verb was given, by name without dashes; a flag given is "true".
    public static Dictionary<string, string?> Values(ParseResult parse)
    {
        var values = new Dictionary<string, string?>();
        foreach (var symbol in parse.CommandResult.Children)
        {
            switch (symbol)
            {
                case System.CommandLine.Parsing.OptionResult { Option: Option<bool> flag } when parse.GetValue(flag):
                    values[flag.Name.TrimStart('-')] = "true";
                    break;
                case System.CommandLine.Parsing.OptionResult { Option: Option<string> text }:
                    values[text.Name.TrimStart('-')] = parse.GetValue(text);
                    break;
                case System.CommandLine.Parsing.ArgumentResult { Argument: Argument<string?> argument } when parse.GetValue(argument) is { } value:
                    values[argument.Name] = value;
                    break;
            }
        }

        return values;
    }

    private static Option<string> Text(string name, string description) => new(name) { Description = description };

    private static Option<bool> Flag(Option<bool> flag, string description)
    {
        flag.Description = description;
        return flag;
    }
}
