namespace PostsGraph.Data.Entities;

// A condition of employment the notice states, such as probation, a tenure limit or mobility.
public sealed class Condition
{
    public int Id { get; init; }
    public int PostId { get; init; }
    public int Order { get; init; }
    public ConditionKind Kind { get; init; }
    public required string Text { get; init; }

    // The figure the condition states, where it states one: months for probation and maximum
    // duration, years for tenure limits and the age of separation.
    public int? Months { get; init; }
    public int? Years { get; init; }
    public required Evidence Evidence { get; init; }
}

public enum ConditionKind
{
    Probation,
    TenureLimit,
    MaximumDuration,
    Renewal,
    Mobility,
    Nationality,
    Eligibility,
    SecurityClearance,
    BackgroundCheck,
    MedicalClearance,
    AgeOfSeparation,
    LowerGradeAppointment,
}
