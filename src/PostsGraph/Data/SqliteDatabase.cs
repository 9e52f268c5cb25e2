using System.Buffers.Binary;
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

    public bool PrefixAsRange => true;

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

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return $"the database file {Path} is missing";
        }

        try
        {
            if (await HeaderProblemAsync(cancellationToken) is { } problem)
            {
                return problem;
            }

            // A connection of its own: pooled ones may still hold a file that was replaced or deleted.
            await using var db = Open(new SqliteConnectionStringBuilder(ReadConnectionString) { Pooling = false }.ToString());
            return await db.SeedInfo.AsNoTracking().AnyAsync(cancellationToken) ? null : $"the database file {Path} holds no build";
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            return $"the database file {Path} cannot be read: {e.Message}";
        }
    }

    // SQLite reads pages as queries need them, so a truncated file answers some queries and fails
    // others; its header says how long it must be.
    private async Task<string?> HeaderProblemAsync(CancellationToken cancellationToken)
    {
        await using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[100];
        if (await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken) < header.Length
            || !header.AsSpan(0, 16).SequenceEqual("SQLite format 3\0"u8))
        {
            return $"the database file {Path} is not a SQLite database";
        }

        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16)) is var size && size == 1 ? 65536L : size;
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        // The page count is valid when its "version valid for" number equals the change counter.
        var countValid = header.AsSpan(92, 4).SequenceEqual(header.AsSpan(24, 4));
        return countValid && file.Length < pages * pageSize
            ? $"the database file {Path} is truncated: {file.Length} bytes where its header says {pages * pageSize}"
            : null;
    }

    public void RemoveLeftovers()
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, System.IO.Path.GetFileName(Path) + ".*.building*"))
        {
            File.Delete(file);
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
                await Search.SearchIndex.BuildAsync(db, cancellationToken);
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
