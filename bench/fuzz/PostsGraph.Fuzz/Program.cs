namespace PostsGraph.Fuzz;

// Not top-level statements: a test project that references this one also references the server,
// whose public global Program must stay the only one it sees.
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine(FuzzArguments.Usage);
            return 0;
        }

        FuzzSettings settings;
        try
        {
            settings = FuzzArguments.Parse(args) with { Progress = done => Console.Error.WriteLine($"{done} requests done") };
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(FuzzArguments.Usage);
            return 2;
        }

        // No proxy, no redirects: hostile requests must reach the loopback server and nothing else.
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            MaxConnectionsPerServer = settings.Concurrency,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        try
        {
            var report = await FuzzRunner.RunAsync(client, settings, stop.Token);
            Console.Write(report.Summary());
            return report.Passed ? 0 : 1;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }
}
