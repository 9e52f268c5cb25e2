namespace PostsGraph.Fuzz.Running;

// Reads VmRSS from /proc/<pid>/status every 100 ms; notices the process going away.
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly string _statusFile;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private RssSampler(int processId)
    {
        ProcessId = processId;
        _statusFile = $"/proc/{processId}/status";
        if (Read() is null)
        {
            throw new ArgumentException($"There is no process {processId} ({_statusFile} cannot be read).");
        }

        _loop = LoopAsync();
    }

    public int ProcessId { get; }

    public long PeakBytes { get; private set; }

    public bool Exited { get; private set; }

    public static RssSampler? Start(int? processId) => processId is { } id ? new RssSampler(id) : null;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Read();
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (!Exited && await timer.WaitForNextTickAsync(_stop.Token))
            {
                Read();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private long? Read()
    {
        try
        {
            var line = File.ReadLines(_statusFile).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            // A zombie has no VmRSS: it has exited, only not yet been reaped.
            if (line is null || !long.TryParse(line["VmRSS:".Length..].Trim().Split(' ')[0], out var kilobytes))
            {
                Exited = true;
                return null;
            }

            PeakBytes = Math.Max(PeakBytes, kilobytes * 1024);
            return kilobytes * 1024;
        }
        catch (IOException)
        {
            Exited = true;
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            Exited = true;
            return null;
        }
    }
}
