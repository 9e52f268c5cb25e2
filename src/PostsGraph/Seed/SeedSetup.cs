using Microsoft.Extensions.Options;
using PostsGraph.Data;

namespace PostsGraph.Seed;

public static class SeedSetup
{
    // Paths are read from configuration when first needed, so hosts and tests can set them late.
    public static IServiceCollection AddSeed(this IServiceCollection services)
    {
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton(sp => new SeedLoaderPaths(sp.GetRequiredService<IOptions<SeedOptions>>().Value.ResolvePath()));
        services.AddSingleton(sp => new SeedLoader(
            sp.GetRequiredService<SeedLoaderPaths>().Seed, sp.GetRequiredService<IPostsDatabase>(), sp.GetRequiredService<ILogger<SeedLoader>>()));
        services.AddSingleton<SeedWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<SeedWatcher>());
        return services;
    }

    // Before serving: bring the database up to date with the seed. A bad seed, or a build that fails
    // for any other reason, is reported and the previous database serves (the watcher tries a failed
    // build again); with no database at all there is nothing to serve.
    public static async Task<bool> PrepareDatabaseAsync(this IServiceProvider services)
    {
        var database = services.GetRequiredService<IPostsDatabase>();
        var logger = services.GetRequiredService<ILogger<SeedLoader>>();
        try
        {
            database.RemoveLeftovers();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Files left by an interrupted build could not be removed");
        }

        if (services.GetRequiredService<IOptions<SeedOptions>>().Value.Load)
        {
            var result = await services.GetRequiredService<SeedLoader>().LoadAsync();
            services.GetRequiredService<SeedWatcher>().Started(result);
            if (result.Succeeded)
            {
                return true;
            }
        }

        if (await database.ProblemAsync(CancellationToken.None) is not { } problem)
        {
            return true;
        }

        logger.LogCritical("There is no database to serve: {Problem}", problem);
        return false;
    }

    private sealed record SeedLoaderPaths(string Seed);
}
