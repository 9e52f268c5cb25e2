using Npgsql;
using PostsGraph.Data;

namespace PostsGraph.Tests;

// What another instance's build looks like to this one on a shared PostgreSQL database. Runs only
// where the suite runs against PostgreSQL (POSTSGRAPH_TEST_POSTGRES, as .ci/run does).
public sealed class PostgresBuildTests
{
    [PostgresFact]
    public async Task ABuildUnderWayIsNoProblemToReport()
    {
        using var app = new PostsGraphApp();
        _ = app.Server; // built from seed/
        var database = new PostgresDatabase(app.Postgres!);
        Assert.Null(await database.ProblemAsync(CancellationToken.None));

        // Another instance's build: the load lock and the schema's tables held until it commits.
        await using var builder = new NpgsqlConnection(app.Postgres);
        await builder.OpenAsync();
        await using var transaction = await builder.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostgresDatabase.LoadLock}); LOCK TABLE {PostgresDatabase.Schema}.\"SeedInfo\" IN ACCESS EXCLUSIVE MODE;", builder, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        // Answered at once, without waiting for the tables (which would time out and be taken for damage).
        using var within = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        Assert.Null(await database.ProblemAsync(within.Token));
        await transaction.RollbackAsync();
        Assert.Null(await database.ProblemAsync(CancellationToken.None));
    }

    public sealed class PostgresFactAttribute : FactAttribute
    {
        public PostgresFactAttribute()
        {
            if (TestPostgres.Server is null)
            {
                Skip = $"Runs against PostgreSQL: set {TestPostgres.Variable} (.ci/run does).";
            }
        }
    }
}
