using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PostsGraph.Data.Entities;

namespace PostsGraph.Data;

// The scale-out store: one PostgreSQL database that any number of stateless API instances read.
// The data lives in its own schema, rebuilt in one transaction (PostgreSQL's DDL is transactional):
// readers see the previous data until the new data is committed, and a failed load leaves it as it was.
public sealed class PostgresDatabase(string connectionString) : IPostsDatabase
{
    public const string Schema = "postsgraph";

    // Serialises loaders of several instances sharing the database.
    internal const long LoadLock = 0x5057_4752_4150_48;

    public bool PrefixAsRange => false;

    public string Description { get; } = new NpgsqlConnectionStringBuilder(connectionString) is var c ? $"PostgreSQL {c.Host}:{c.Port}/{c.Database}" : "";

    // Statements are prepared automatically once used twice (unless the connection string says
    // otherwise): the dashboard's queries take well under a millisecond to run, and planning them
    // again on every request cost as much as running them.
    private readonly string _servingConnectionString = WithAutoPrepare(connectionString);

    public void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(_servingConnectionString);

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken) => await ReadSeedInfoAsync(cancellationToken) is not null;

    public async Task<SeedInfo?> ReadSeedInfoAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = Open();
            return await db.SeedInfo.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return null;
        }
    }

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            // A build under way (this instance's or another's) holds the load lock and the tables until it
            // commits; the previous build serves meanwhile, so nothing is wrong. Reading the tables would
            // wait for the build and, past the command timeout, call a sound database unreadable, and the
            // watcher would then rebuild it from the seed, undoing the build it waited for.
            await using var db = Open();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var idle = await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock_shared({LoadLock}) AS \"Value\"").SingleAsync(cancellationToken);
            if (!idle)
            {
                return null;
            }

            return await db.SeedInfo.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is null ? $"the {Schema} schema of {Description} holds no build" : null;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return $"the {Schema} schema of {Description} holds no build";
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return $"{Description} cannot be read: {e.Message}";
        }
    }

    // A build is one transaction: an interrupted one leaves nothing behind.
    public void RemoveLeftovers()
    {
    }

    public async Task ReplaceAsync(Func<PostsDbContext, CancellationToken, Task> fill, CancellationToken cancellationToken)
    {
        await using var db = Open();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(db, $"SELECT pg_advisory_xact_lock({LoadLock}); DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema};", cancellationToken);
        await ExecuteAsync(db, db.Database.GenerateCreateScript(), cancellationToken);
        await fill(db, cancellationToken);
        await Search.SearchIndex.BuildAsync(db, cancellationToken);
        await ExecuteAsync(db, ExtraIndexes.Sql(Schema), cancellationToken);
        // Fresh tables have no statistics until autovacuum comes round; without them the planner
        // guesses row counts and can pick a plan that reads every post.
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Select(t => $"{Schema}.\"{t}\"");
        await ExecuteAsync(db, $"ANALYZE {string.Join(", ", tables)};", cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // VACUUM cannot run in a transaction, so it follows the commit: it marks the new pages
        // all-visible, which lets index-only scans (counts) skip the table, and leaves autovacuum
        // nothing to do under the first requests.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(db, $"VACUUM {string.Join(", ", tables)};", cancellationToken);
    }

    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare != 0)
        {
            return connectionString;
        }

        builder.MaxAutoPrepare = 64;
        builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;
    }

    private PostsDbContext Open()
    {
        var options = new DbContextOptionsBuilder<PostsDbContext>();
        Configure(options);
        return new PostsDbContext(options.Options);
    }

    // Raw SQL that EF Core must not treat as a format string.
    private static async Task ExecuteAsync(PostsDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // A build's statements (VACUUM and ANALYZE of the searched text at 100,000 posts) may run past
        // the default 30 seconds: no timeout; the build's cancellation still stops them.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
