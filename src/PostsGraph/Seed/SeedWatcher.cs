using Microsoft.Extensions.Options;

namespace PostsGraph.Seed;

// Reloads the seed while the service runs, so curators see an edit without a restart. Edits arrive
// as bursts of file events; a quiet period of half a second ends a burst.
public sealed class SeedWatcher(SeedLoader loader, IOptions<SeedOptions> options, ILogger<SeedWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch || !options.Value.Load)
        {
            return;
        }

        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(loader.SeedPath) { IncludeSubdirectories = true };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;

        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken);
            while (await changed.WaitAsync(Quiet, stoppingToken))
            {
            }

            try
            {
                await loader.LoadAsync(cancellationToken: stoppingToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Seed reload skipped: a seed file could not be read");
            }
        }
    }
}
