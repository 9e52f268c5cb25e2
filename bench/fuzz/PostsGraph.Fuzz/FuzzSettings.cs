namespace PostsGraph.Fuzz;

public sealed record FuzzSettings
{
    // Where the server listens; null means the client's BaseAddress. Must be a loopback address.
    public Uri? BaseUrl { get; init; }

    public int Seed { get; init; } = 1;

    public int Requests { get; init; } = 1_000;

    public int Concurrency { get; init; } = 4;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan SlowThreshold { get; init; } = TimeSpan.FromSeconds(2);

    // No new request starts after this; those under way still get their RequestTimeout.
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(30);

    // The server's process, for peak RSS and to notice it dying; null when it is not on this machine.
    public int? ServerProcessId { get; init; }

    // An INTERNAL_ERROR with a requestId was logged by the server; by default it is reported, not a failure.
    public bool InternalErrorsWithRequestIdFail { get; init; }

    // Responses are read up to this size; the rest is read and dropped.
    public int MaxResponseBytes { get; init; } = 64 * 1024 * 1024;

    // Called with the number of requests finished, every 500 of them.
    public Action<int>? Progress { get; init; }

    internal void Validate()
    {
        if (Requests < 0 || Concurrency is < 1 or > 256 || MaxResponseBytes < 1)
        {
            throw new ArgumentException("Requests must be 0 or more, Concurrency 1 to 256 and MaxResponseBytes positive.");
        }

        if (RequestTimeout <= TimeSpan.Zero || SlowThreshold <= TimeSpan.Zero || MaxDuration <= TimeSpan.Zero)
        {
            throw new ArgumentException("RequestTimeout, SlowThreshold and MaxDuration must be positive.");
        }
    }
}
