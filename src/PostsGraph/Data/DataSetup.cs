using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using PostsGraph.Seed;

namespace PostsGraph.Data;

public static class DataSetup
{
    public static IServiceCollection AddPostsDatabase(this IServiceCollection services) => services
        .AddSingleton<IPostsDatabase>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (!options.IsPostgres)
            {
                return new SqliteDatabase(options.ResolvePath(sp.GetRequiredService<IOptions<SeedOptions>>().Value.ResolvePath()));
            }

            return new PostgresDatabase(options.ConnectionString is { Length: > 0 } connection
                ? connection
                : throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is not set."));
        })
        // Pooled: a request rents a context instead of building one, options included.
        .AddDbContextPool<PostsDbContext>((sp, options) =>
        {
            sp.GetRequiredService<IPostsDatabase>().Configure(options);
            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                // Interceptors registered as services (metrics, tests counting commands) see every query
                // EF Core runs: all but the ids statistics read, which run on the command EF Core makes.
                .AddInterceptors(sp.GetServices<IInterceptor>());
        });
}
