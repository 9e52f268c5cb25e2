using System.ComponentModel;

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
    public Applicability AppliesTo { get; init; }

    // The words that say whom it applies to; empty for a condition the notice does not restrict.
    public Evidence AppliesToEvidence { get; init; } = new();
}

public enum ConditionKind
{
    [Description("A probationary period; months gives its length.")]
    Probation,
    [Description("A limit on total length of service; years gives it.")]
    TenureLimit,
    [Description("A cap on the appointment including extensions; months gives it.")]
    MaximumDuration,
    [Description("Whether and on what terms the appointment may be renewed or extended.")]
    Renewal,
    [Description("Rotation, geographic mobility or mobility between organisations.")]
    Mobility,
    [Description("A restriction on the nationalities that may be appointed.")]
    Nationality,
    [Description("Who may or may not apply.")]
    Eligibility,
    [Description("A security clearance the selected candidate must pass.")]
    SecurityClearance,
    [Description("Reference checks or background verification.")]
    BackgroundCheck,
    [Description("A medical examination or certification of fitness.")]
    MedicalClearance,
    [Description("The mandatory age of separation; years gives it.")]
    AgeOfSeparation,
    [Description("The organisation may appoint at a lower grade than advertised.")]
    LowerGradeAppointment,
    [Description("A test, assessment centre or other evaluation the candidates it applies to must pass.")]
    Assessment,
    [Description("How a selected staff member of the organisation takes up the post, for example by a temporary assignment instead of a new appointment.")]
    StaffAssignment,
    [Description("How a staff member's salary is set where the post is a promotion for them.")]
    SalaryOnPromotion,
}
