namespace PostsGraph.Data.Entities;

public sealed class Post
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public int SourceNoticeId { get; init; }
    public SourceNotice? SourceNotice { get; init; }
    public required string Title { get; init; }
    public int OrganisationId { get; init; }
    public Organisation? Organisation { get; init; }
    public int? UnitId { get; init; }
    public Unit? Unit { get; init; }
    public string? VacancyNumber { get; init; }
    public string? PositionNumber { get; init; }
    public int? GradeId { get; init; }
    public Grade? Grade { get; init; }
    public int? DutyStationId { get; init; }
    public DutyStation? DutyStation { get; init; }
    public AppointmentType? AppointmentType { get; init; }
    public int? DurationMonths { get; init; }

    // Whom recruitment is open to, where the notice says; empty where it does not.
    public List<CandidateGroup> RecruitmentOpenTo { get; init; } = [];
    public DateOnly? PostedOn { get; init; }
    public DateOnly? Deadline { get; init; }
    public string? ReportsTo { get; init; }

    // Derived by the seed loader, never typed into the seed.
    public AnnualNetPay? AnnualNetPay { get; init; }
    public string? NoPayReason { get; init; }
    public decimal? PostAdjustmentRate { get; init; }
    public int? MinYearsExperience { get; init; }
    public Applicability? MinYearsExperienceAppliesTo { get; init; }
    public int? MinYearsExperienceWithFirstDegree { get; init; }
    public Applicability? MinYearsExperienceWithFirstDegreeAppliesTo { get; init; }
    public string? MinYearsExperienceWithFirstDegreeExplanation { get; init; }
    public EducationLevel? TopEducationLevel { get; init; }
    public int DutyCount { get; init; }

    public List<FieldEvidence> Evidence { get; init; } = [];
    public List<SalaryComponent> SalaryComponents { get; init; } = [];
    public List<PostIdentifier> Identifiers { get; init; } = [];
    public List<Duty> Duties { get; init; } = [];
    public List<EducationRequirement> Education { get; init; } = [];
    public List<ExperienceRequirement> Experience { get; init; } = [];
    public List<LanguageRequirement> Languages { get; init; } = [];
    public List<CertificationRequirement> Certifications { get; init; } = [];
    public List<CompetencyRequirement> Competencies { get; init; } = [];
    public List<Condition> Conditions { get; init; } = [];
}

public enum AppointmentType
{
    FixedTerm,
    ShortTerm,
    Temporary,
    Continuing,
    Permanent,
    Consultancy,
}
