namespace PostsGraph.Data.Entities;

// The Posts table read as plain columns, for the facts statistics aggregate (PostFactsTable): the
// derived pay is an owned type, which EF Core would otherwise read through the entity. Read-only
// (mapped as a view of the table).
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
    public PayQualifier? AnnualNetPayQualifier { get; init; }
    public int? MinYearsExperience { get; init; }
}
