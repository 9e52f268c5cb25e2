using System.Globalization;
using System.Text;

namespace PostsGraph.Fuzz.Running;

// FuzzReport.Summary(): one line per class, then totals, latency, memory and the verdict.
internal static class ReportText
{
    private const int FailuresShown = 50;

    public static string Write(FuzzReport report)
    {
        var settings = report.Settings;
        var text = new StringBuilder();
        Line(text, $"PostsGraph fuzz: seed {settings.Seed}, {report.RequestsSent} of {settings.Requests} requests to {report.BaseUrl} in {report.Elapsed.TotalSeconds:0.0} s, {settings.Concurrency} at a time ({report.StopReason})");
        Line(text, $"{"class",-26} {"sent",5} {"unexp",5} {"slow",4} {"p99 ms",7} {"max ms",7}  statuses");
        foreach (var c in report.Classes.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            Line(text, $"{c.Name,-26} {c.Requests,5} {c.Unexpected,5} {c.Slow,4} {Ms(c.P99),7} {Ms(c.Max),7}  {Statuses(c.StatusCounts, c.ConnectionFailures, c.Timeouts)}");
        }

        Line(text, $"{"total",-26} {report.RequestsSent,5} {report.Unexpected,5} {report.SlowRequests.Count,4} {Ms(report.P99),7} {Ms(report.Max),7}  {Statuses(report.StatusCounts, report.ConnectionFailures, report.Timeouts)}");
        Line(text, $"5xx: {report.ServerErrors}; connection failures: {report.ConnectionFailures}; timeouts ({settings.RequestTimeout.TotalSeconds:0.#} s): {report.Timeouts}; not sent: {report.NotSent}");
        var withoutId = report.InternalErrors.Count(e => e.RequestId is null);
        var withId = report.InternalErrors.Count - withoutId;
        Line(text, $"INTERNAL_ERROR: {withoutId} without a requestId (each a failure); {withId} with a requestId (logged by the server under that id: "
            + (settings.InternalErrorsWithRequestIdFail ? "failures in this run)" : "counted and listed here, not failures unless --strict)"));
        foreach (var error in report.InternalErrors.Take(10))
        {
            Line(text, $"  #{error.Index} {error.Class}: requestId {error.RequestId ?? "none"}: {Clip(error.Message)}");
        }

        Line(text, $"latency: p50 {Ms(report.P50)} ms, p99 {Ms(report.P99)} ms, max {Ms(report.Max)} ms; slow (over {Ms(settings.SlowThreshold)} ms): {report.SlowRequests.Count}");
        foreach (var slow in report.SlowRequests.Take(10))
        {
            Line(text, $"  #{slow.Index} {slow.Class}: {Ms(slow.Elapsed)} ms, status {slow.Status}");
        }

        Line(text, report.PeakRssBytes is { } rss
            ? $"peak RSS of process {settings.ServerProcessId}: {rss / (1024.0 * 1024):0.0} MB (VmRSS every 100 ms){(report.ServerExited ? "; the process exited" : "")}"
            : "peak RSS: not measured (no server process id given)");
        if (report.Unexpected > 0)
        {
            Line(text, $"unexpected answers (not failures; the first of each class): {report.Unexpected}");
            foreach (var c in report.Classes.Where(c => c.FirstUnexpected is not null))
            {
                Line(text, $"  {c.Name} {c.FirstUnexpected}");
            }
        }

        Line(text, report.Passed ? "PASSED" : $"FAILED: {report.Failures.Count} failure(s)");
        foreach (var failure in report.Failures.Take(FailuresShown))
        {
            Line(text, $"  {failure}");
        }

        if (report.Failures.Count > FailuresShown)
        {
            Line(text, $"  … and {report.Failures.Count - FailuresShown} more");
        }

        return text.ToString();
    }

    public static string Clip(string text, int max = 200) => FuzzRequest.Shorten(text.ReplaceLineEndings(" "), max);

    private static string Statuses(IReadOnlyDictionary<int, int> statuses, int connectionFailures, int timeouts)
    {
        var parts = statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}").ToList();
        if (connectionFailures > 0)
        {
            parts.Add($"conn×{connectionFailures}");
        }

        if (timeouts > 0)
        {
            parts.Add($"timeout×{timeouts}");
        }

        return string.Join(' ', parts);
    }

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
