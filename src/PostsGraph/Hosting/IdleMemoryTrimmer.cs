using System.Runtime;

namespace PostsGraph.Hosting;

// Gives memory back once a busy period is over. The garbage collector runs when the program
// allocates, so a server that goes quiet after a burst of large responses keeps the heap that burst
// grew, however little of it is alive. When requests have come since the last look and none for
// IdleAfter, one aggressive, compacting collection returns the free part of the heap to the
// system. It never runs under load, and costs a few tens of milliseconds when it does.
public sealed class IdleMemoryTrimmer(ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    private static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(5);

    private long _lastRequest = Environment.TickCount64;
    private long _lastTrim = Environment.TickCount64;

    public void RequestArrived() => Volatile.Write(ref _lastRequest, Environment.TickCount64);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(IdleAfter);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var lastRequest = Volatile.Read(ref _lastRequest);
            var now = Environment.TickCount64;
            if (lastRequest <= _lastTrim || now - lastRequest < IdleAfter.TotalMilliseconds)
            {
                continue; // nothing since the last trim, or not quiet yet
            }

            _lastTrim = now;
            var before = Environment.WorkingSet;
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            logger.LogDebug("Idle: memory trimmed from {Before} MB to {After} MB", before >> 20, Environment.WorkingSet >> 20);
        }
    }
}
