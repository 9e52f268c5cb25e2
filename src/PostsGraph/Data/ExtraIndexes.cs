namespace PostsGraph.Data;

// An index that spans the post's own and its derived pay columns (and an expression on them), which
// EF Core cannot declare across an owned type; created after the tables, for SQLite and PostgreSQL.
// It serves the dashboard query the benchmark measures (docs/benchmarks.md): a page of one grade at
// one duty station by pay, highest first and missing pay last, read in index order without sorting.
public static class ExtraIndexes
{
    public static string Sql(string? schema)
    {
        var posts = $"{(schema is null ? "" : schema + ".")}\"Posts\"";
        return $"""
            CREATE INDEX "IX_Posts_GradeStationPay" ON {posts} ("GradeId", "DutyStationId", ("AnnualNetPayAmount" IS NULL), "AnnualNetPayAmount" DESC, "Key");
            """;
    }
}
