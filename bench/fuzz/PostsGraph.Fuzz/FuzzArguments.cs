using System.Globalization;

namespace PostsGraph.Fuzz;

// The command line: `--name value` pairs and the switch --strict; anything else is refused.
internal static class FuzzArguments
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/fuzz/PostsGraph.Fuzz -- [options]
          --url URL            the server, on loopback (default http://127.0.0.1:5180)
          --requests N         how many requests (default 1000)
          --seed N             the generator's seed; the same seed sends the same requests (default 1)
          --pid N              the server's process id: peak RSS, and a failure if it exits
          --concurrency N      requests at once (default 4)
          --slow-ms N          a request taking longer is reported as slow (default 2000)
          --timeout-s N        a request not answered in time is a failure (default 30)
          --max-minutes N      start no request after this (default 30)
          --strict             an INTERNAL_ERROR with a requestId fails the run too
        """;

    public static FuzzSettings Parse(string[] args)
    {
        var settings = new FuzzSettings { BaseUrl = new Uri("http://127.0.0.1:5180") };
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--strict")
            {
                settings = settings with { InternalErrorsWithRequestIdFail = true };
                continue;
            }

            var name = args[i];
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            settings = name switch
            {
                "--url" => settings with { BaseUrl = Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new ArgumentException($"--url: {value} is not a URL.") },
                "--requests" => settings with { Requests = Number(name, value) },
                "--seed" => settings with { Seed = int.TryParse(value, CultureInfo.InvariantCulture, out var seed) ? seed : throw new ArgumentException($"--seed: {value} is not a whole number.") },
                "--pid" => settings with { ServerProcessId = Number(name, value) },
                "--concurrency" => settings with { Concurrency = Number(name, value) },
                "--slow-ms" => settings with { SlowThreshold = TimeSpan.FromMilliseconds(Number(name, value)) },
                "--timeout-s" => settings with { RequestTimeout = TimeSpan.FromSeconds(Number(name, value)) },
                "--max-minutes" => settings with { MaxDuration = TimeSpan.FromMinutes(Number(name, value)) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return settings;
    }

    private static int Number(string name, string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : throw new ArgumentException($"{name}: {value} is not a positive whole number.");
}
