using System.Buffers;
using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;
using PostsGraph.Data;

namespace PostsGraph.GraphQL.Statistics;

// The ids of the posts a filter selects, for statistics. The command EF Core makes for the filter's
// query is wrapped so that the database returns the ids as one value: in decimal, separated by
// commas, as bytes. Read a row at a time, the ids cost SQLite a native call per row and per column,
// more than the database takes to join them, and EF Core's materialisation of them more again. The
// value is read in pieces and handed on in batches, so no list of every id is made. This one
// command runs past EF Core's interceptors (DataSetup).
internal static class SelectedIds
{
    private const int PieceBytes = 64 * 1024;

    public static async Task ForEachBatchAsync(PostsDbContext db, IQueryable<int> ids, Action<ReadOnlySpan<int>> batch, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var bytes = ArrayPool<byte>.Shared.Rent(PieceBytes); // PostgreSQL's pieces
        var parsed = ArrayPool<int>.Shared.Rent(IdText.MostIdsIn(PieceBytes));
        try
        {
            await using var command = ids.CreateDbCommand();
            command.CommandText = db.Database.IsNpgsql()
                ? $"SELECT convert_to(string_agg(ids.\"Id\"::text, ','), 'UTF8') FROM ({command.CommandText}) AS ids"
                : $"SELECT CAST(group_concat(ids.\"Id\") AS BLOB) FROM ({command.CommandText}) AS ids";
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || await reader.IsDBNullAsync(0, cancellationToken))
            {
                return; // no post selected
            }

            var text = new IdText();
            if (reader is SqliteDataReader { Handle: { } statement })
            {
                // SQLite: the value where SQLite holds it (valid until the statement steps again); the
                // reader's GetBytes would first copy it whole, garbage on the large object heap.
                ParsePieces(raw.sqlite3_column_blob(statement, 0), ref text, parsed, batch);
            }
            else
            {
                // PostgreSQL: read in sequence from the connection's buffer.
                long offset = 0;
                int read;
                while ((read = (int)reader.GetBytes(0, offset, bytes, 0, PieceBytes)) > 0)
                {
                    offset += read;
                    batch(parsed.AsSpan(0, text.Parse(bytes.AsSpan(0, read), parsed)));
                }
            }

            parsed[0] = text.Last();
            batch(parsed.AsSpan(0, 1));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(parsed);
            ArrayPool<byte>.Shared.Return(bytes);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void ParsePieces(ReadOnlySpan<byte> value, ref IdText text, int[] parsed, Action<ReadOnlySpan<int>> batch)
    {
        for (var start = 0; start < value.Length; start += PieceBytes)
        {
            batch(parsed.AsSpan(0, text.Parse(value.Slice(start, Math.Min(PieceBytes, value.Length - start)), parsed)));
        }
    }
}

// Ids in decimal separated by commas ("12,345,6"), parsed piece by piece: an id split between two
// pieces is carried over. Anything else is refused.
internal struct IdText
{
    private int _id;
    private bool _digits; // whether the id being read has any digit yet

    // An id of one digit and its comma take two bytes.
    public static int MostIdsIn(int bytes) => (bytes / 2) + 1;

    // Parses a piece into ids, the ids it ends; returns how many.
    public int Parse(ReadOnlySpan<byte> piece, Span<int> ids)
    {
        var count = 0;
        foreach (var b in piece)
        {
            if (b == (byte)',' && _digits)
            {
                ids[count++] = _id;
                _id = 0;
                _digits = false;
            }
            else if (b is >= (byte)'0' and <= (byte)'9' && (_id * 10L) + (b - '0') <= int.MaxValue)
            {
                _id = (_id * 10) + (b - '0');
                _digits = true;
            }
            else
            {
                throw new FormatException($"The ids read from the database are not decimal ids separated by commas (byte {b} after {_id}).");
            }
        }

        return count;
    }

    // The id the text ends with.
    public readonly int Last() =>
        _digits ? _id : throw new FormatException("The ids read from the database end without an id.");
}
