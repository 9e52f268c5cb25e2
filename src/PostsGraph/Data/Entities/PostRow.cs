namespace PostsGraph.Data.Entities;

// The Posts table read as plain columns, for statistics: EF Core aggregates columns of an owned type
// (the derived pay) through a subquery per group, which is far too slow; read as plain columns they
// aggregate in the one GROUP BY. Read-only (mapped as a view of the table).
public sealed class PostRow
{
    public int Id { get; init; }
    public int OrganisationId { get; init; }
    public int? GradeId { get; init; }
    public int? DutyStationId { get; init; }
    public AppointmentType? AppointmentType { get; init; }
    public DateOnly? Deadline { get; init; }
    public string? AnnualNetPayCurrency { get; init; }
    public double? AnnualNetPayAmount { get; init; }
    public int? MinYearsExperience { get; init; }
}
