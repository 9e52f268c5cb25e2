namespace PostsGraph.Fuzz.Running;

// One class's counts; RunTally holds its lock while changing them.
internal sealed class ClassTally(string name)
{
    public Dictionary<int, int> Statuses { get; } = [];

    public List<TimeSpan> Latencies { get; } = [];

    public int Requests { get; set; }

    public int ConnectionFailures { get; set; }

    public int Timeouts { get; set; }

    public int Unexpected { get; set; }

    public string? FirstUnexpected { get; set; }

    public int FirstUnexpectedIndex { get; set; }

    public int Slow { get; set; }

    public int InternalErrors { get; set; }

    public ClassReport ToReport()
    {
        var sorted = Latencies.Order().ToList();
        return new ClassReport(name, Requests, Statuses, ConnectionFailures, Timeouts, Unexpected, FirstUnexpected, Slow, InternalErrors,
            Percentile(sorted, 0.99), sorted.LastOrDefault());
    }

    public static TimeSpan Percentile(List<TimeSpan> sorted, double quantile) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
}
