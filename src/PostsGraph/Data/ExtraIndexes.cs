namespace PostsGraph.Data;

// Indexes that span the post's own and its derived pay columns (or expressions on them), which
// EF Core cannot declare across an owned type; created after the tables, for SQLite and PostgreSQL.
// Each serves a query the benchmark measures (docs/benchmarks.md):
// - statistics grouped by organisation and grade, aggregated in index order without reading the table;
// - a dashboard page of one grade at one duty station by pay, highest first and missing pay last,
//   read in index order without sorting.
public static class ExtraIndexes
{
    public static string Sql(string? schema)
    {
        var posts = $"{(schema is null ? "" : schema + ".")}\"Posts\"";
        return $"""
            CREATE INDEX "IX_Posts_Statistics" ON {posts} ("OrganisationId", "GradeId", "AnnualNetPayCurrency", "AnnualNetPayAmount", "MinYearsExperience");
            CREATE INDEX "IX_Posts_GradeStationPay" ON {posts} ("GradeId", "DutyStationId", ("AnnualNetPayAmount" IS NULL), "AnnualNetPayAmount" DESC, "Key");
            """;
    }
}
