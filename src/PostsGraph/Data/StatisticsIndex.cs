namespace PostsGraph.Data;

// A covering index for postStatistics' most common grouping (organisation, grade), in the column
// order of its GROUP BY with the pay currency: the database aggregates it in index order without
// sorting or reading the table. It spans the post's own and its derived pay columns, which EF Core
// cannot declare across an owned type, so it is created after the tables.
public static class StatisticsIndex
{
    public static string Sql(string? schema) =>
        $"""CREATE INDEX "IX_Posts_Statistics" ON {(schema is null ? "" : schema + ".")}"Posts" """
        + """("OrganisationId", "GradeId", "AnnualNetPayCurrency", "AnnualNetPayAmount", "MinYearsExperience");""";
}
