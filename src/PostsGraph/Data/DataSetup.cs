using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PostsGraph.Data;

public static class DataSetup
{
    public static IServiceCollection AddPostsDatabase(this IServiceCollection services) =>
        services.AddDbContext<PostsDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<SqliteDatabase>().ReadConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            // Interceptors registered as services (metrics, tests counting commands) see every query.
            .AddInterceptors(sp.GetServices<IInterceptor>())
            .AddInterceptors(new CaseSensitiveLike()));
}
