using Microsoft.EntityFrameworkCore;
using PostsGraph.Data.Entities;

namespace PostsGraph.Data;

// Where the served data lives: a SQLite file (the default) or a PostgreSQL database. Either is
// only ever replaced whole by the seed loader, so readers see the old data or the new, never a mix.
public interface IPostsDatabase
{
    string Description { get; }

    void Configure(DbContextOptionsBuilder options);

    Task<bool> ExistsAsync(CancellationToken cancellationToken);

    Task<SeedInfo?> ReadSeedInfoAsync(CancellationToken cancellationToken);

    Task ReplaceAsync(Func<PostsDbContext, CancellationToken, Task> fill, CancellationToken cancellationToken);
}
