namespace PostsGraph.Data.Entities;

public sealed class Duty
{
    public int Id { get; init; }
    public int PostId { get; init; }
    public int Order { get; init; }
    public string? Heading { get; init; }
    public required string Text { get; init; }
    public List<DutyTheme> Themes { get; init; } = [];
    public required Evidence Evidence { get; init; }
}

public enum DutyTheme
{
    ProtectiveOperations,
    RiskAssessment,
    CrisisAndEmergencyManagement,
    PolicyAndStandards,
    Training,
    Liaison,
    TeamManagement,
    BudgetAndProcurement,
    InformationSecurity,
    TravelSecurity,
    Compliance,
    PhysicalSecurity,
    OrganisationalResilience,
    SecurityInformationAndAnalysis,
    ResourceManagement,
    GenderAndInclusion,
    OtherDuties,
}
