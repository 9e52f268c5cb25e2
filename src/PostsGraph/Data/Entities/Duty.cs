using System.ComponentModel;

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
    [Description("Close and personal protection, protection details, protective services for officials.")]
    ProtectiveOperations,
    [Description("Security risk assessments, threat analysis, evaluating risks and recommending mitigation.")]
    RiskAssessment,
    [Description("Crisis response, incident management, emergency preparedness, evacuation, relocation, contingency planning.")]
    CrisisAndEmergencyManagement,
    [Description("Policies, procedures, directives, standards, strategy papers and governance documents.")]
    PolicyAndStandards,
    [Description("Training, briefings, awareness and professional development.")]
    Training,
    [Description("Coordination with external bodies (UNDSS, host country, agencies, law enforcement, member states) and representation in networks.")]
    Liaison,
    [Description("Leading and supervising staff and the unit: work plans, priorities, performance, coaching.")]
    TeamManagement,
    [Description("Budgets, funding, financial monitoring, procurement and contractors.")]
    BudgetAndProcurement,
    [Description("Protection of information and classified material, counter-surveillance, technical and logical security, insider risk.")]
    InformationSecurity,
    [Description("Security of travel, missions and deployments to the field.")]
    TravelSecurity,
    [Description("Monitoring adherence and compliance, audits, evaluations, lessons learned.")]
    Compliance,
    [Description("Security and safety of premises, facilities, headquarters and events; physical and technological security systems.")]
    PhysicalSecurity,
    [Description("Organisational resilience management, resilience strategy, business continuity.")]
    OrganisationalResilience,
    [Description("Monitoring developments, recording and reporting incidents, gathering security information, databases.")]
    SecurityInformationAndAnalysis,
    [Description("Readiness and deployment of personnel, equipment, weapons and assets; staffing; recruitment and rosters of security personnel.")]
    ResourceManagement,
    [Description("Gender equality and non-discrimination in security work.")]
    GenderAndInclusion,
    [Description("Other duties as assigned.")]
    OtherDuties,
}
