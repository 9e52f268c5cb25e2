using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data.Entities;

namespace PostsGraph.Data;

// The served database file. It is only ever replaced whole: a new file is built beside it and
// renamed over it, so readers see the old database or the new one, never a half-built one.
public sealed class SqliteDatabase(string path) : IPostsDatabase
{
    public string Path { get; } = path;

    public string ReadConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path,
        Mode = SqliteOpenMode.ReadOnly,
    }.ToString();

    public bool Exists => File.Exists(Path);

    public string Description => Path;

    public void Configure(DbContextOptionsBuilder options) => options
        .UseSqlite(ReadConnectionString)
        .AddInterceptors(new CaseSensitiveLike());

    public Task<bool> ExistsAsync(CancellationToken cancellationToken) => Task.FromResult(Exists);

    public async Task<SeedInfo?> ReadSeedInfoAsync(CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return null;
        }

        try
        {
            await using var db = Open(ReadConnectionString);
            return await db.SeedInfo.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        }
        catch (SqliteException)
        {
            // An unreadable or foreign file is treated as no database: it will be rebuilt.
            return null;
        }
    }

    public async Task ReplaceAsync(Func<PostsDbContext, CancellationToken, Task> fill, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var building = $"{Path}.{Guid.NewGuid():N}.building";
        try
        {
            var connection = new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString();
            await using (var db = Open(connection))
            {
                await db.Database.EnsureCreatedAsync(cancellationToken);
                await fill(db, cancellationToken);
                await db.Database.ExecuteSqlRawAsync(ExtraIndexes.Sql(null), cancellationToken);
                // EF Core creates SQLite files in WAL mode; the served file must be self-contained,
                // with no -wal or -shm beside it that could outlive the swap.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE;", cancellationToken);
            }

            File.Move(building, Path, overwrite: true);
            File.Delete(Path + "-wal");
            File.Delete(Path + "-shm");
        }
        finally
        {
            File.Delete(building);
            File.Delete(building + "-journal");
        }

        // Pooled connections still point at the replaced file.
        SqliteConnection.ClearAllPools();
    }

    public static PostsDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<PostsDbContext>().UseSqlite(connectionString).Options);
}
