using Microsoft.EntityFrameworkCore;

namespace PostsGraph.Data;

public static class DataSetup
{
    public static IServiceCollection AddPostsDatabase(this IServiceCollection services) =>
        services.AddDbContext<PostsDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<SqliteDatabase>().ReadConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
}
