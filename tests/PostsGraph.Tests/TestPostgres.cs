using Npgsql;

namespace PostsGraph.Tests;

// With POSTSGRAPH_TEST_POSTGRES set to a server's connection string (.ci/run starts one), every
// test host gets a database of its own on that server, so the suite runs against PostgreSQL.
public static class TestPostgres
{
    public const string Variable = "POSTSGRAPH_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static string? CreateDatabase()
    {
        if (Server is not { } server)
        {
            return null;
        }

        var name = $"postsgraph_test_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public static void DropDatabase(string? connectionString)
    {
        if (connectionString is null || Server is not { } server)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Execute(server, $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)");
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
