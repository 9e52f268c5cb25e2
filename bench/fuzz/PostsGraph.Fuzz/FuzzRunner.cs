using System.Diagnostics;
using PostsGraph.Fuzz.Running;

namespace PostsGraph.Fuzz;

// Sends settings.Requests generated requests, at most settings.Concurrency at once, each within
// settings.RequestTimeout; starts none after settings.MaxDuration, so a run always ends by itself.
public static class FuzzRunner
{
    private const int ProgressEvery = 500;

    public static async Task<FuzzReport> RunAsync(HttpClient client, FuzzSettings settings, CancellationToken cancellationToken = default)
    {
        settings.Validate();
        var baseUrl = Loopback.Require(settings.BaseUrl ?? client.BaseAddress
            ?? throw new ArgumentException("Give FuzzSettings.BaseUrl or a client with a BaseAddress."));
        var generator = new RequestGenerator(settings.Seed);
        var tally = new RunTally(settings);
        var rss = RssSampler.Start(settings.ServerProcessId);
        var clock = Stopwatch.StartNew();
        var next = -1;
        var finished = 0;
        var outOfTime = false;

        async Task WorkAsync()
        {
            while (!cancellationToken.IsCancellationRequested && !tally.ServerGone && rss is not { Exited: true })
            {
                var index = Interlocked.Increment(ref next);
                if (index >= settings.Requests)
                {
                    return;
                }

                if (clock.Elapsed >= settings.MaxDuration)
                {
                    outOfTime = true;
                    return;
                }

                await SendAsync(client, baseUrl, generator.Generate(index), settings, tally, cancellationToken);
                var done = Interlocked.Increment(ref finished);
                if (done % ProgressEvery == 0)
                {
                    settings.Progress?.Invoke(done);
                }
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(WorkAsync, CancellationToken.None)));
        }
        finally
        {
            if (rss is not null)
            {
                await rss.DisposeAsync();
            }
        }

        var allStarted = next >= settings.Requests;
        var stopReason = allStarted ? "all requests sent"
            : cancellationToken.IsCancellationRequested ? "cancelled"
            : tally.ServerGone || rss is { Exited: true } ? "server gone"
            : outOfTime ? "time limit" : "stopped";
        return tally.ToReport(baseUrl, clock.Elapsed, stopReason, rss);
    }

    private static async Task SendAsync(HttpClient client, Uri baseUrl, FuzzRequest request, FuzzSettings settings, RunTally tally, CancellationToken cancellationToken)
    {
        HttpRequestMessage message;
        try
        {
            message = ToMessage(baseUrl, request);
        }
        catch (Exception e) when (e is UriFormatException or FormatException or InvalidOperationException)
        {
            tally.NotSent(request, e);
            return;
        }

        using (message)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(settings.RequestTimeout);
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var body = await ResponseBody.ReadAsync(response, settings.MaxResponseBytes, timeout.Token);
                var elapsed = watch.Elapsed;
                var graphQL = request.PathAndQuery.StartsWith("/graphql", StringComparison.OrdinalIgnoreCase);
                tally.Answered(request, (int)response.StatusCode, elapsed, graphQL ? ResponseInspector.Inspect(body) : Inspection.None);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The caller stopped the run: this request is not counted.
            }
            catch (OperationCanceledException)
            {
                tally.TimedOut(request);
            }
            catch (Exception e)
            {
                tally.ConnectionFailed(request, e);
            }
        }
    }

    private static HttpRequestMessage ToMessage(Uri baseUrl, FuzzRequest request)
    {
        var message = new HttpRequestMessage(request.Method, Loopback.Resolve(baseUrl, request.PathAndQuery));
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
