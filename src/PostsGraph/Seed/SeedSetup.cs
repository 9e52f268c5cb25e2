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
        services.AddHostedService<SeedWatcher>();
        return services;
    }

    // Before serving: bring the database up to date with the seed. A bad seed is reported and the
    // previous database serves; with no previous database there is nothing to serve.
    public static async Task<bool> PrepareDatabaseAsync(this IServiceProvider services)
    {
        if (!services.GetRequiredService<IOptions<SeedOptions>>().Value.Load)
        {
            return await services.GetRequiredService<IPostsDatabase>().ExistsAsync(CancellationToken.None);
        }

        var result = await services.GetRequiredService<SeedLoader>().LoadAsync();
        return result.Succeeded || await services.GetRequiredService<IPostsDatabase>().ExistsAsync(CancellationToken.None);
    }

    private sealed record SeedLoaderPaths(string Seed);
}
