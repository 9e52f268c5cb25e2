using Microsoft.EntityFrameworkCore;
using PostsGraph.Data.Entities;

namespace PostsGraph.Data;

// Where the served data lives: a SQLite file (the default) or a PostgreSQL database. Either is
// only ever replaced whole by the seed loader, so readers see the old data or the new, never a mix.
public interface IPostsDatabase
{
    string Description { get; }

    // Whether a string prefix filter (startsWith) is best written as a range, prefix <= value < the
    // prefix with its last code point raised: SQLite cannot use an index for LIKE with a bound pattern,
    // but with its binary collation it can for the range.
    bool PrefixAsRange { get; }

    void Configure(DbContextOptionsBuilder options);

    Task<bool> ExistsAsync(CancellationToken cancellationToken);

    Task<SeedInfo?> ReadSeedInfoAsync(CancellationToken cancellationToken);

    // Null when the served database can be read and holds a build; otherwise what is wrong with it
    // (missing, truncated, damaged, unreachable), for /readyz and the watcher that rebuilds it.
    Task<string?> ProblemAsync(CancellationToken cancellationToken);

    // Removes what a build interrupted by the process's end left behind.
    void RemoveLeftovers();

    Task ReplaceAsync(Func<PostsDbContext, CancellationToken, Task> fill, CancellationToken cancellationToken);
}
