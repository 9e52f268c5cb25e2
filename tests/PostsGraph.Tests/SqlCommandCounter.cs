using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PostsGraph.Tests;

// Counts the SQL commands EF Core sends, to show how many a request costs, and keeps their text and
// the table and column each result column comes from (as the ADO.NET provider reports them).
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<IReadOnlyList<string>> _columns = new();
    private int _count;

    public int Count => _count;

    // The commands' SQL since the last Reset, in the order they were sent.
    public IReadOnlyList<string> Texts => [.. _texts];

    // Each result's columns as "Table.Column", in the order the results were read; empty where the
    // provider does not name a column's source (SQLite does).
    public IReadOnlyList<IReadOnlyList<string>> Columns => [.. _columns];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _texts.Clear();
        _columns.Clear();
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(result);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(result);
        return base.ReaderExecuted(command, eventData, result);
    }

    private void Record(DbDataReader reader)
    {
        if (reader is Microsoft.Data.Sqlite.SqliteDataReader)
        {
            _columns.Enqueue([.. reader.GetColumnSchema().Select(c => $"{c.BaseTableName}.{c.BaseColumnName}")]);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        return base.ReaderExecuting(command, eventData, result);
    }
}
