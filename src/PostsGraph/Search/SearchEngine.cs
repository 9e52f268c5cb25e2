using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.Search;

// The database's own full-text engine behind `posts(search:)`: SQLite's FTS5 (Porter stemming,
// case and accents folded by unicode61) or PostgreSQL's text search (English stemming, accents
// removed by unaccent where the server has it, a GIN index). Both index the SearchDocuments
// columns, rank the posts they find, and mark the words they matched in each column.
public abstract class SearchEngine
{
    // The markers around each match in Highlight's columns: control characters no notice holds.
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    public static SearchEngine For(PostsDbContext db) => db.Database.IsNpgsql() ? new PostgresSearch() : new SqliteSearch();

    // Builds the index over the SearchDocuments a build has written, in the build's transaction.
    public abstract Task CreateIndexAsync(PostsDbContext db, CancellationToken cancellationToken);

    // The IDs of the posts the query finds, to filter on in SQL.
    public abstract IQueryable<int> Hits(PostsDbContext db, SearchQuery query);

    // Every post the query finds, the most relevant first (ties by ID).
    public abstract Task<int[]> RankAsync(PostsDbContext db, SearchQuery query, CancellationToken cancellationToken);

    // Refuses a query the engine would find nothing for whatever the posts (PostgreSQL drops English
    // stop words: a search of "the" alone has nothing left to look for).
    public virtual Task CheckAsync(PostsDbContext db, SearchQuery query, CancellationToken cancellationToken) => Task.CompletedTask;

    // Each found post's columns (SearchColumn order) with the matched words between the markers, in
    // one or more passes; a pass that marks phrases only (PhrasesOnly) may also mark a phrase's words
    // where they stand alone, which are not matches.
    public abstract Task<IReadOnlyList<Highlighted>> HighlightAsync(PostsDbContext db, SearchQuery query, IReadOnlyList<int> postIds, CancellationToken cancellationToken);

    // A build's statement. Only builds run these, and indexing 100,000 posts' text takes PostgreSQL
    // longer than the default 30 seconds: no timeout (the build's cancellation still stops it).
    protected static Task ExecuteAsync(PostsDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        WithCommandAsync(db, sql, parameters, command =>
        {
            command.CommandTimeout = 0;
            return command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    // Each row's post ID and its columns, in SearchColumn order.
    protected static Task<Dictionary<int, string[]>> ReadColumnsAsync(PostsDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        WithCommandAsync(db, sql, parameters, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var columns = new Dictionary<int, string[]>();
            while (await reader.ReadAsync(cancellationToken))
            {
                columns[reader.GetInt32(0)] = [.. Enumerable.Range(1, Columns.Length).Select(i => reader.IsDBNull(i) ? "" : reader.GetString(i))];
            }

            return columns;
        }, cancellationToken);

    protected static Task<int[]> ReadIdsAsync(PostsDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        WithCommandAsync(db, sql, parameters, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var ids = new List<int>();
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt32(0));
            }

            return ids.ToArray();
        }, cancellationToken);

    protected static Task<string?> ScalarAsync(PostsDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        WithCommandAsync(db, sql, parameters, async command => await command.ExecuteScalarAsync(cancellationToken) as string, cancellationToken);

    protected static readonly SearchColumn[] Columns = Enum.GetValues<SearchColumn>();

    // The statement on the context's connection (in its transaction, during a build), opened and
    // closed around it as EF Core does for its own commands.
    private static async Task<T> WithCommandAsync<T>(
        PostsDbContext db, string sql, (string Name, object Value)[] parameters, Func<DbCommand, Task<T>> run, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return await run(command);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

// FTS5 over the documents as external content: the index holds no second copy of the text.
// bm25 weighs a match in the title most, then duties and requirements, then the rest.
internal sealed class SqliteSearch : SearchEngine
{
    public override async Task CreateIndexAsync(PostsDbContext db, CancellationToken cancellationToken)
    {
        await ExecuteAsync(db, $"""
            CREATE VIRTUAL TABLE "SearchIndex" USING fts5({string.Join(", ", Columns.Select(c => $"\"{c}\""))}, content='SearchDocuments', content_rowid='PostId',
                tokenize='porter unicode61 remove_diacritics 2');
            INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');
            INSERT INTO "SearchIndex"("SearchIndex") VALUES ('optimize');
            """, cancellationToken);
    }

    public override IQueryable<int> Hits(PostsDbContext db, SearchQuery query) => db.Database.SqlQueryRaw<int>(
        """SELECT rowid AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {0}""", query.Fts5);

    public override Task<int[]> RankAsync(PostsDbContext db, SearchQuery query, CancellationToken cancellationToken) => ReadIdsAsync(db,
        """SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH $query ORDER BY bm25("SearchIndex", 8.0, 2.0, 2.0, 1.0, 1.0), rowid""",
        cancellationToken, ("$query", query.Fts5));

    // FTS5 marks a phrase only where its words follow each other: one pass.
    public override async Task<IReadOnlyList<Highlighted>> HighlightAsync(PostsDbContext db, SearchQuery query, IReadOnlyList<int> postIds, CancellationToken cancellationToken)
    {
        var marks = string.Join(", ", Columns.Select((_, i) => $"highlight(\"SearchIndex\", {i}, char(2), char(3))"));
        var columns = await ReadColumnsAsync(db, $"""
            SELECT rowid, {marks} FROM "SearchIndex"
            WHERE "SearchIndex" MATCH $query AND rowid IN (SELECT value FROM json_each($ids))
            """, cancellationToken, ("$query", query.Fts5), ("$ids", $"[{string.Join(',', postIds)}]"));
        return [new Highlighted(columns, PhrasesOnly: false)];
    }
}

// A text search configuration of the schema's own: English stemming, with accents removed first
// where the unaccent extension can be had (it is a trusted extension from PostgreSQL 13, so the
// owner of the database can create it); a weighted tsvector column with a GIN index.
internal sealed class PostgresSearch : SearchEngine
{
    private const string Config = $"{PostgresDatabase.Schema}.search";
    private const string Documents = $"{PostgresDatabase.Schema}.\"SearchDocuments\"";

    public override async Task CreateIndexAsync(PostsDbContext db, CancellationToken cancellationToken)
    {
        await ExecuteAsync(db, """
            DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS unaccent; EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'unaccent is not available: %', SQLERRM; END $$;
            """, cancellationToken);
        var unaccent = await ScalarAsync(db, "SELECT quote_ident(n.nspname) || '.unaccent' FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'", cancellationToken);
        string Vector(SearchColumn column, char weight) => $"setweight(to_tsvector('{Config}', coalesce(\"{column}\", '')), '{weight}')";
        await ExecuteAsync(db, $"""
            CREATE TEXT SEARCH CONFIGURATION {Config} (COPY = pg_catalog.english);
            {(unaccent is null ? "" : $"ALTER TEXT SEARCH CONFIGURATION {Config} ALTER MAPPING FOR hword, hword_part, word WITH {unaccent}, english_stem;")}
            ALTER TABLE {Documents} ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (
                {Vector(SearchColumn.Title, 'A')} || {Vector(SearchColumn.Duties, 'B')} || {Vector(SearchColumn.Requirements, 'B')}
                || {Vector(SearchColumn.Conditions, 'C')} || {Vector(SearchColumn.Competencies, 'C')}) STORED;
            CREATE INDEX "IX_SearchDocuments_Vector" ON {Documents} USING GIN ("Vector");
            """, cancellationToken);
    }

    // Each term's tsquery, all required: plainto_tsquery for a word, phraseto_tsquery for a phrase,
    // the terms written as the placeholders `placeholder` gives (the SQL holds no term, only values do).
    private static string TsQuery(SearchQuery query, Func<int, string> placeholder) =>
        "(" + string.Join(" && ", query.Terms.Select((t, i) => $"{(t.Phrase ? "phraseto_tsquery" : "plainto_tsquery")}('{Config}', {placeholder(i)})")) + ")";

    // The terms as parameters @t0, @t1 ... of TsQuery(query, Parameter).
    private static string Parameter(int i) => $"@t{i}";

    private static (string, object)[] Values(SearchQuery query) => [.. query.Terms.Select((t, i) => (Parameter(i), (object)t.Text))];

    public override IQueryable<int> Hits(PostsDbContext db, SearchQuery query)
    {
        // EF Core's placeholders {0}, {1} ... for the terms, which it sends as parameters.
        var sql = $"""SELECT "PostId" AS "Value" FROM {Documents} WHERE "Vector" @@ {TsQuery(query, i => $"{{{i}}}")}""";
        return db.Database.SqlQueryRaw<int>(sql, [.. query.Terms.Select(t => (object)t.Text)]);
    }

    public override Task<int[]> RankAsync(PostsDbContext db, SearchQuery query, CancellationToken cancellationToken) => ReadIdsAsync(db, $"""
        SELECT "PostId" FROM {Documents}, (SELECT {TsQuery(query, Parameter)}) AS q(query)
        WHERE "Vector" @@ q.query ORDER BY ts_rank_cd("Vector", q.query) DESC, "PostId"
        """, cancellationToken, Values(query));

    public override async Task CheckAsync(PostsDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        if (await ScalarAsync(db, $"SELECT numnode({TsQuery(query, Parameter)})::text", cancellationToken, Values(query)) == "0")
        {
            throw SearchQuery.Invalid("search holds only words too common to search for (such as \"the\" or \"of\"); give a word that says what to look for.");
        }
    }

    // ts_headline marks every word of a phrase wherever it occurs: the words are marked in one pass
    // and the phrases in another, whose lone words SearchMatches leaves out.
    public override async Task<IReadOnlyList<Highlighted>> HighlightAsync(PostsDbContext db, SearchQuery query, IReadOnlyList<int> postIds, CancellationToken cancellationToken)
    {
        var passes = new List<Highlighted>();
        foreach (var phrases in new[] { false, true })
        {
            var terms = query with { Terms = [.. query.Terms.Where(t => t.Phrase == phrases)] };
            if (terms.Terms.Count == 0)
            {
                continue;
            }

            var marks = string.Join(", ", Columns.Select(c =>
                $"ts_headline('{Config}', \"{c}\", q.query, 'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3))"));
            var columns = await ReadColumnsAsync(db, $"""
                SELECT "PostId", {marks} FROM {Documents}, (SELECT {TsQuery(terms, Parameter)}) AS q(query)
                WHERE "PostId" = ANY(@ids)
                """, cancellationToken, [.. Values(terms), ("@ids", postIds.ToArray())]);
            passes.Add(new Highlighted(columns, phrases));
        }

        return passes;
    }
}

// One highlighting pass: each post's columns with the matched words between the markers.
public sealed record Highlighted(Dictionary<int, string[]> Columns, bool PhrasesOnly);
