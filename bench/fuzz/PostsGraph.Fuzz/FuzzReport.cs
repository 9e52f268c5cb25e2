using PostsGraph.Fuzz.Running;

namespace PostsGraph.Fuzz;

public sealed record FuzzReport
{
    public required Uri BaseUrl { get; init; }

    public required FuzzSettings Settings { get; init; }

    public required int RequestsSent { get; init; }

    public required TimeSpan Elapsed { get; init; }

    // "all requests sent", "time limit", "cancelled" or "server gone".
    public required string StopReason { get; init; }

    public required IReadOnlyList<ClassReport> Classes { get; init; }

    public required IReadOnlyDictionary<int, int> StatusCounts { get; init; }

    public required int ServerErrors { get; init; }

    public required int ConnectionFailures { get; init; }

    public required int Timeouts { get; init; }

    // Requests the fuzzer could not put on the wire (a fault of the generator, not of the server).
    public required int NotSent { get; init; }

    // Answers that are neither a 5xx nor what the request's Expectation says: reported, not failures.
    public required int Unexpected { get; init; }

    public required IReadOnlyList<InternalError> InternalErrors { get; init; }

    public required IReadOnlyList<SlowRequest> SlowRequests { get; init; }

    public required TimeSpan P50 { get; init; }

    public required TimeSpan P99 { get; init; }

    public required TimeSpan Max { get; init; }

    // Null when no server process was given.
    public long? PeakRssBytes { get; init; }

    public bool ServerExited { get; init; }

    // Why the run fails: each 5xx, connection failure, timeout and INTERNAL_ERROR without a requestId
    // (with one too when Settings.InternalErrorsWithRequestIdFail), each request not sent, and the server process exiting.
    public required IReadOnlyList<string> Failures { get; init; }

    public bool Passed => Failures.Count == 0;

    public string Summary() => ReportText.Write(this);
}

public sealed record ClassReport(
    string Name,
    int Requests,
    IReadOnlyDictionary<int, int> StatusCounts,
    int ConnectionFailures,
    int Timeouts,
    int Unexpected,
    string? FirstUnexpected,
    int Slow,
    int InternalErrors,
    TimeSpan P99,
    TimeSpan Max);

public sealed record InternalError(int Index, string Class, string? RequestId, string Message);

public sealed record SlowRequest(int Index, string Class, int Status, TimeSpan Elapsed);
