namespace PostsGraph.Fuzz.Running;

// Collects the outcome of every request, from all workers at once.
internal sealed class RunTally(FuzzSettings settings)
{
    // After this many connection failures in a row the server is taken to be gone and the run stops.
    private const int FailuresInARowWhenGone = 20;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ClassTally> _classes = RequestGenerator.Classes.ToDictionary(name => name, name => new ClassTally(name));
    private readonly Dictionary<int, int> _statuses = [];
    private readonly List<TimeSpan> _latencies = [];
    private readonly List<(int Index, string Text)> _failures = [];
    private readonly List<InternalError> _internalErrors = [];
    private readonly List<SlowRequest> _slow = [];
    private int _sent, _serverErrors, _connectionFailures, _timeouts, _notSent, _unexpected, _failuresInARow;

    public bool ServerGone { get; private set; }

    public void Answered(FuzzRequest request, int status, TimeSpan elapsed, Inspection inspection)
    {
        var outcome = Outcome.Of(request, status, inspection);
        lock (_lock)
        {
            var tally = Count(request);
            _failuresInARow = 0;
            tally.Statuses[status] = tally.Statuses.GetValueOrDefault(status) + 1;
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
            tally.Latencies.Add(elapsed);
            _latencies.Add(elapsed);
            if (elapsed > settings.SlowThreshold)
            {
                tally.Slow++;
                _slow.Add(new SlowRequest(request.Index, request.Class, status, elapsed));
            }

            if (status >= 500)
            {
                _serverErrors++;
                _failures.Add((request.Index, $"status {status}{(inspection.FirstError is { } e ? $" ({ReportText.Clip(e)})" : "")}: {request.Describe()}"));
            }
            else if (outcome is not null)
            {
                _unexpected++;
                tally.Unexpected++;
                // The lowest index, not the first to finish, so that the report is the same on every run.
                if (tally.FirstUnexpected is null || request.Index < tally.FirstUnexpectedIndex)
                {
                    tally.FirstUnexpected = $"#{request.Index}: {outcome}";
                    tally.FirstUnexpectedIndex = request.Index;
                }
            }

            foreach (var (requestId, message) in inspection.InternalErrors)
            {
                var id = string.IsNullOrEmpty(requestId) ? null : requestId;
                tally.InternalErrors++;
                _internalErrors.Add(new InternalError(request.Index, request.Class, id, message));
                if (id is null || settings.InternalErrorsWithRequestIdFail)
                {
                    _failures.Add((request.Index, $"INTERNAL_ERROR {(id is null ? "without a requestId" : $"(requestId {id})")}: {request.Describe()}"));
                }
            }
        }
    }

    public void TimedOut(FuzzRequest request) => Lost(request, $"no answer within {settings.RequestTimeout.TotalSeconds:0.#} s", timeout: true);

    public void ConnectionFailed(FuzzRequest request, Exception exception) =>
        Lost(request, $"connection failed ({exception.GetType().Name}: {ReportText.Clip(exception.GetBaseException().Message)})", timeout: false);

    public void NotSent(FuzzRequest request, Exception exception)
    {
        lock (_lock)
        {
            _notSent++;
            _failures.Add((request.Index, $"the fuzzer could not send it ({exception.GetType().Name}: {exception.Message}): {request.Describe()}"));
        }
    }

    public FuzzReport ToReport(Uri baseUrl, TimeSpan elapsed, string stopReason, RssSampler? rss)
    {
        lock (_lock)
        {
            // In request order, whatever order the workers finished in.
            var failures = _failures.OrderBy(f => f.Index).Select(f => f.Text).ToList();
            if (rss is { Exited: true })
            {
                failures.Insert(0, $"the server process {rss.ProcessId} exited during the run");
            }

            var sorted = _latencies.Order().ToList();
            return new FuzzReport
            {
                BaseUrl = baseUrl,
                Settings = settings,
                RequestsSent = _sent,
                Elapsed = elapsed,
                StopReason = stopReason,
                Classes = [.. _classes.Values.Select(c => c.ToReport()).Where(c => c.Requests > 0)],
                StatusCounts = new Dictionary<int, int>(_statuses),
                ServerErrors = _serverErrors,
                ConnectionFailures = _connectionFailures,
                Timeouts = _timeouts,
                NotSent = _notSent,
                Unexpected = _unexpected,
                InternalErrors = [.. _internalErrors.OrderBy(e => e.Index)],
                SlowRequests = [.. _slow.OrderByDescending(s => s.Elapsed)],
                P50 = ClassTally.Percentile(sorted, 0.5),
                P99 = ClassTally.Percentile(sorted, 0.99),
                Max = sorted.LastOrDefault(),
                PeakRssBytes = rss?.PeakBytes,
                ServerExited = rss?.Exited ?? false,
                Failures = failures,
            };
        }
    }

    private void Lost(FuzzRequest request, string what, bool timeout)
    {
        lock (_lock)
        {
            var tally = Count(request);
            if (timeout)
            {
                _timeouts++;
                tally.Timeouts++;
            }
            else
            {
                _connectionFailures++;
                tally.ConnectionFailures++;
                ServerGone |= ++_failuresInARow >= FailuresInARowWhenGone;
            }

            _failures.Add((request.Index, $"{what}: {request.Describe()}"));
        }
    }

    private ClassTally Count(FuzzRequest request)
    {
        _sent++;
        var tally = _classes[request.Class];
        tally.Requests++;
        return tally;
    }
}
