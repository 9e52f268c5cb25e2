using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace PostsGraph.GraphQL.Paging;

public interface IPageInfo
{
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    string? StartCursor { get; }
    string? EndCursor { get; }
}

public sealed record Edge<T>(string Cursor, T Node);

// What the paging arguments ask for, as positions in the filtered, sorted list.
public sealed record PageWindow(int? First, int? Last, int? After, int? Before)
{
    // `last` without `before` counts back from the end: the list's length must be known.
    public bool NeedsCount => Last is not null && Before is null;

    // The first position of the page and how many items it holds; `count` when NeedsCount.
    public (int Start, int Take) Range(int? count)
    {
        // A cursor of int.MaxValue must not wrap round to a negative position.
        var start = After is { } after ? (int)Math.Min((long)after + 1, int.MaxValue) : 0;
        var end = Before;
        if (First is { } f)
        {
            var last = (int)Math.Min((long)start + f, int.MaxValue);
            end = end is { } b ? Math.Min(b, last) : last;
        }

        if (Last is { } l)
        {
            end ??= count ?? throw new InvalidOperationException("`last` without `before` needs the count.");
            start = Math.Max(start, end.Value - l);
        }

        return (start, Math.Max(0, end!.Value - start));
    }
}

public sealed class Page<T>(IReadOnlyList<Edge<T>> edges, bool hasNext, bool hasPrevious, Func<CancellationToken, Task<int>> count) : IPageInfo
{
    private int? _count;

    public IReadOnlyList<Edge<T>> Edges => edges;
    public bool HasNextPage => hasNext;
    public bool HasPreviousPage => hasPrevious;
    public string? StartCursor => edges.Count > 0 ? edges[0].Cursor : null;
    public string? EndCursor => edges.Count > 0 ? edges[^1].Cursor : null;

    public async Task<int> CountAsync(CancellationToken cancellationToken) => _count ??= await count(cancellationToken);
}

// Cursor paging over an ordered query, as HotChocolate's default (index) cursors do it: a cursor
// is the Base64 of the item's zero-based position in the filtered, sorted result. One query reads
// the page (and one item more, to know whether there is a next page); a COUNT runs only when
// totalCount is selected or `last` is given without `before`.
public static class CursorPaging
{
    // The count reads the filtered query; the page is read through `select` (which may join and
    // project), so the count never pays for the joins the page needs. pageFirst: the page is cut from
    // the filtered, sorted rows before `select` joins, so that only the page's rows are joined.
    public static async Task<Page<T>> PageAsync<TContext, TSource, T>(
        TContext db, Func<IQueryable<TSource>> filter, Func<IQueryable<TSource>, IQueryable<T>> select, IResolveFieldContext context, PagingOptions options,
        bool compile = true, bool pageFirst = false)
        where TContext : DbContext
    {
        var window = WindowOf(context, options);
        var queries = Queries<TContext, TSource, T>.For(context, filter, select, compile, pageFirst);
        int? total = null;
        async Task<int> Count(CancellationToken ct) => total ??= await queries.CountAsync(db, ct);

        var (start, take) = window.Range(window.NeedsCount ? await Count(context.CancellationToken) : null);
        var rows = await queries.PageAsync(db, start, take + 1, context.CancellationToken);
        return PageOf(rows, start, take, Count);
    }

    // The page of `rows` (read from `start`, one more than `take` where there is a next page).
    public static Page<T> PageOf<T>(IReadOnlyList<T> rows, int start, int take, Func<CancellationToken, Task<int>> count)
    {
        var edges = rows.Take(take).Select((node, i) => new Edge<T>(Encode(start + i), node)).ToList();
        return new Page<T>(edges, hasNext: rows.Count > take, hasPrevious: start > 0, count);
    }

    // The paging arguments of a connection field, checked: HC0079, HC0051, HC0078 as HotChocolate.
    public static PageWindow WindowOf(IResolveFieldContext context, PagingOptions options)
    {
        var first = PageSize(context, "first", options);
        var last = PageSize(context, "last", options);
        return new PageWindow(first is null && last is null ? options.DefaultPageSize : first, last, Cursor(context, "after"), Cursor(context, "before"));
    }

    // HotChocolate's four paging arguments of a connection field, with its descriptions of them.
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
        .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
        .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
        .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.");

    // The position a cursor made by Encode stands for; null for anything else.
    public static int? Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, bytes, out var length)
            && int.TryParse(Encoding.UTF8.GetString(bytes, 0, length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }

    public static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static int? PageSize(IResolveFieldContext context, string argument, PagingOptions options)
    {
        if (context.GetArgument<int?>(argument) is not { } size)
        {
            return null;
        }

        var field = $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
        if (size < 0)
        {
            throw Error("The requested number of values per page must be at least 0.", ErrorCodes.NegativePageSize, new() { ["field"] = field, ["requestedItems"] = size });
        }

        if (size > options.MaxPageSize)
        {
            throw Error("The maximum allowed items per page were exceeded.", ErrorCodes.MaxPageSizeExceeded,
                new() { ["field"] = field, ["requestedItems"] = size, ["maxAllowedItems"] = options.MaxPageSize });
        }

        return size;
    }

    private static int? Cursor(IResolveFieldContext context, string argument)
    {
        if (context.GetArgument<string?>(argument) is not { } cursor)
        {
            return null;
        }

        if (Decode(cursor) is { } index)
        {
            return index;
        }

        throw Error($"The cursor specified in `{argument}` has an invalid format.", ErrorCodes.InvalidCursor, new() { ["argument"] = argument, ["cursor"] = cursor });
    }

    private static ExecutionError Error(string message, string code, Dictionary<string, object?> extensions)
    {
        var error = new ExecutionError(message) { Code = code };
        foreach (var (key, value) in extensions)
        {
            error.Data[key] = value;
        }

        return error;
    }
}

// The page and count queries of a connection field. Filter and sort values always reach SQL as
// parameters (FilterTranslator boxes them), so EF Core's query cache serves every request whose
// query has the same shape, whatever its values and whether they came as literals or variables.
// An operation without variables asks for the same queries on every request of its document, so
// from the document's second request its queries are compiled once (EF Core's compiled queries,
// with skip and take as parameters) and kept with the field's node of the cached document (a
// ConditionalWeakTable, so they go with the document): that skips building the LINQ tree and EF
// Core's hashing of it, a visible part of a dashboard request's time. A document seen once is not
// compiled, since compiling costs far more than one request answered from the query cache.
internal abstract class Queries<TContext, TSource, T>
    where TContext : DbContext
{
    private static readonly ConditionalWeakTable<GraphQLField, Kept> Documents = [];

    public abstract Task<int> CountAsync(TContext db, CancellationToken cancellationToken);

    public abstract Task<List<T>> PageAsync(TContext db, int skip, int take, CancellationToken cancellationToken);

    // `compile: false` for a query EF Core cannot compile (one that starts from raw SQL, a search).
    public static Queries<TContext, TSource, T> For(IResolveFieldContext context, Func<IQueryable<TSource>> filter, Func<IQueryable<TSource>, IQueryable<T>> select,
        bool compile = true, bool pageFirst = false)
    {
        if (!compile || context.Operation.Variables is { Count: > 0 })
        {
            return new Built(filter(), select, pageFirst);
        }

        var kept = Documents.GetOrCreateValue(context.FieldAst);
        return (Queries<TContext, TSource, T>?)kept.Compiled ?? (Interlocked.Increment(ref kept.Requests) == 1
            ? new Built(filter(), select, pageFirst)
            : kept.Compiled = new Compiled(filter(), select, pageFirst));
    }

    // The page of the filtered rows, joined and projected by `select` after the cut (pageFirst) or before it.
    private static Expression Page(IQueryable<TSource> filtered, Func<IQueryable<TSource>, IQueryable<T>> select, Expression skip, Expression take, bool pageFirst)
    {
        if (pageFirst)
        {
            var cut = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(TSource)],
                Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(TSource)], filtered.Expression, skip), take);
            return select(filtered.Provider.CreateQuery<TSource>(cut)).Expression;
        }

        return Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], select(filtered).Expression, skip), take);
    }

    private sealed class Kept
    {
        public int Requests;
        public Compiled? Compiled;
    }

    private sealed class Built(IQueryable<TSource> filtered, Func<IQueryable<TSource>, IQueryable<T>> select, bool pageFirst) : Queries<TContext, TSource, T>
    {
        public override Task<int> CountAsync(TContext db, CancellationToken cancellationToken) => filtered.CountAsync(cancellationToken);

        public override Task<List<T>> PageAsync(TContext db, int skip, int take, CancellationToken cancellationToken) =>
            filtered.Provider.CreateQuery<T>(Page(filtered, select, Expression.Constant(skip), Expression.Constant(take), pageFirst)).ToListAsync(cancellationToken);
    }

    private sealed class Compiled : Queries<TContext, TSource, T>
    {
        private readonly Func<TContext, CancellationToken, Task<int>> _count;
        private readonly Func<TContext, int, int, IAsyncEnumerable<T>> _page;

        public Compiled(IQueryable<TSource> filtered, Func<IQueryable<TSource>, IQueryable<T>> select, bool pageFirst)
        {
            var db = Expression.Parameter(typeof(TContext), "db");
            var skip = Expression.Parameter(typeof(int), "skip");
            var take = Expression.Parameter(typeof(int), "take");
            var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
            _count = EF.CompileAsyncQuery(Expression.Lambda<Func<TContext, CancellationToken, int>>(
                Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TSource)], filtered.Expression), db, cancellation));
            _page = EF.CompileAsyncQuery(Expression.Lambda<Func<TContext, int, int, IQueryable<T>>>(Page(filtered, select, skip, take, pageFirst), db, skip, take));
        }

        public override Task<int> CountAsync(TContext db, CancellationToken cancellationToken) => _count(db, cancellationToken);

        public override async Task<List<T>> PageAsync(TContext db, int skip, int take, CancellationToken cancellationToken) =>
            await _page(db, skip, take).ToListAsync(cancellationToken);
    }
}
