using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PostsGraph.Data;

// EF Core turns StartsWith/EndsWith into LIKE, which SQLite compares ignoring ASCII case, while
// `contains` (instr) and `eq` respect it. Filters are case-sensitive, as on PostgreSQL and in
// HotChocolate, so every SQLite connection switches LIKE to case-sensitive, once per physical
// connection (pooled connections are opened again for every request).
public sealed class CaseSensitiveLike : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Handle(connection) is { } handle && !Applied.TryGetValue(handle, out _))
        {
            using var command = Pragma(connection);
            command.ExecuteNonQuery();
            Applied.AddOrUpdate(handle, handle);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Handle(connection) is { } handle && !Applied.TryGetValue(handle, out _))
        {
            await using var command = Pragma(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            Applied.AddOrUpdate(handle, handle);
        }
    }

    private static object? Handle(DbConnection connection) => (connection as SqliteConnection)?.Handle;

    private static DbCommand Pragma(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA case_sensitive_like = ON;";
        return command;
    }
}
