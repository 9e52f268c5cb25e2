using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PostsGraph.Data;

// EF Core turns StartsWith/EndsWith into LIKE, which SQLite compares ignoring ASCII case, while
// `contains` (instr) and `eq` respect it. Filters are case-sensitive, as on PostgreSQL and in
// HotChocolate, so every SQLite connection switches LIKE to case-sensitive when it opens.
public sealed class CaseSensitiveLike : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Pragma(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Pragma(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Pragma(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA case_sensitive_like = ON;";
        return command;
    }
}
