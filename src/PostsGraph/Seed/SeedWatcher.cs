using Microsoft.Extensions.Options;
using PostsGraph.Data;

namespace PostsGraph.Seed;

// Keeps the served database equal to the seed while the service runs, whatever happens to either:
// - a seed edit is rebuilt without a restart (edits arrive as bursts of file events; a quiet period
//   of half a second ends a burst);
// - a build that failed for any reason but the seed's own errors (a full disk, a read-only
//   directory, an unreachable server) is tried again, after 1 s, then twice as long each time, up to
//   5 minutes; the previous database serves meanwhile;
// - every Seed:CheckInterval, and whenever /readyz finds it unsound, the database is checked, and
//   one that is missing, truncated or damaged is rebuilt from the seed.
// Nothing here stops the process: every failure is logged and the loop goes on.
public sealed class SeedWatcher(SeedLoader loader, IPostsDatabase database, IOptions<SeedOptions> options, ILogger<SeedWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _wake = new(0);
    private int _seedEvents;
    private TimeSpan? _retry;

    // Asks for a check (and a rebuild if needed) now rather than at the next interval.
    public void Wake() => _wake.Release();

    private void SeedChanged()
    {
        Interlocked.Increment(ref _seedEvents);
        Wake();
    }

    // Called with the start-up load's result: a faulted one is retried.
    public void Started(SeedLoadResult result) => _retry = result.Faulted ? FirstRetry : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Load)
        {
            return;
        }

        using var watcher = options.Value.Watch ? Watch() : null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The seed watcher failed; it carries on");
                _retry = Next(_retry);
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var woken = await _wake.WaitAsync(_retry ?? options.Value.CheckInterval, stoppingToken);
        // An edit is a burst of file events: wait for it to end. Requests for a check do not wait.
        while (Interlocked.Exchange(ref _seedEvents, 0) > 0)
        {
            await Task.Delay(Quiet, stoppingToken);
        }

        while (_wake.Wait(0))
        {
        }

        var problem = await database.ProblemAsync(stoppingToken);
        if (problem is not null)
        {
            logger.LogWarning("The served database needs rebuilding: {Problem}", problem);
        }
        else if (!woken && _retry is null)
        {
            return;
        }

        var result = await loader.LoadAsync(force: problem is not null, stoppingToken);
        _retry = result.Faulted ? Next(_retry) : null;
        if (_retry is { } retry)
        {
            logger.LogWarning("The database will be built again in {Seconds} s", retry.TotalSeconds);
        }
    }

    private static TimeSpan Next(TimeSpan? retry) => retry is { } last ? TimeSpan.FromTicks(Math.Min(last.Ticks * 2, LastRetry.Ticks)) : FirstRetry;

    private FileSystemWatcher? Watch()
    {
        try
        {
            var watcher = new FileSystemWatcher(loader.SeedPath) { IncludeSubdirectories = true };
            FileSystemEventHandler onChange = (_, _) => SeedChanged();
            watcher.Changed += onChange;
            watcher.Created += onChange;
            watcher.Deleted += onChange;
            watcher.Renamed += (_, _) => SeedChanged();
            watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Some seed file events were lost; the next edit reloads the seed, and a restart or `load` does too");
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "The seed folder {Path} cannot be watched; edits are seen after a restart or `load`", loader.SeedPath);
            return null;
        }
    }
}
