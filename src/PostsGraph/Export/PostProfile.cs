using PostsGraph.Data.Entities;

namespace PostsGraph.Export;

// Everything the API knows about a post, with the evidence of every fact: the shape of the JSON
// export and the source of the CSV row and the Markdown profile.
public sealed record PostProfile
{
    public required string Id { get; init; }
    public required string Key { get; init; }
    public required string Title { get; init; }
    public required OrganisationProfile Organisation { get; init; }
    public UnitProfile? Unit { get; init; }
    public string? VacancyNumber { get; init; }
    public string? PositionNumber { get; init; }
    public GradeProfile? Grade { get; init; }
    public DutyStationProfile? DutyStation { get; init; }
    public AppointmentType? AppointmentType { get; init; }
    public int? DurationMonths { get; init; }
    public DateOnly? PostedOn { get; init; }
    public DateOnly? Deadline { get; init; }
    public string? ReportsTo { get; init; }
    public List<SalaryProfile> SalaryComponents { get; init; } = [];
    public AnnualNetPayProfile? AnnualNetPay { get; init; }
    public string? NoPayReason { get; init; }
    public decimal? PostAdjustmentRate { get; init; }
    public int? MinYearsExperience { get; init; }
    public EducationLevel? TopEducationLevel { get; init; }
    public List<DutyProfile> Duties { get; init; } = [];
    public List<EducationProfile> Education { get; init; } = [];
    public List<ExperienceProfile> Experience { get; init; } = [];
    public List<LanguageProfile> Languages { get; init; } = [];
    public List<CertificationProfile> Certifications { get; init; } = [];
    public List<CompetencyProfile> Competencies { get; init; } = [];
    public List<ConditionProfile> Conditions { get; init; } = [];
    public List<FieldEvidenceProfile> Evidence { get; init; } = [];
    public required SourceProfile Source { get; init; }
}

public sealed record OrganisationProfile(string Acronym, string Name, OrganisationKind Kind);

public sealed record UnitProfile(string Name, string? Acronym, UnitKind Kind);

public sealed record GradeProfile(string Code, GradeCategory Category, int Level);

public sealed record DutyStationProfile(string City, string CountryCode);

public sealed record EvidenceProfile(string? Quote, int? Start, int? End, string? SourceUrl, string? Note);

public sealed record FieldEvidenceProfile(string Field, EvidenceProfile Evidence);

public sealed record SalaryProfile(SalaryKind Kind, decimal Amount, string CurrencyCode, PayPeriod Period, PayQualifier Qualifier, string Label, EvidenceProfile Evidence);

public sealed record AnnualNetPayProfile(decimal Amount, string Currency, PayBasis Basis, PayQualifier Qualifier, string Explanation);

public sealed record DutyProfile(string? Heading, string Text, List<DutyTheme> Themes, EvidenceProfile Evidence);

public sealed record EducationProfile(
    Necessity Necessity, EducationLevel Level, List<string> Fields, EducationLevel? InLieuOf, int? AdditionalYears, int? ReplacesYearsOfExperience,
    bool Substitution, string Text, EvidenceProfile Evidence);

public sealed record ExperienceProfile(
    Necessity Necessity, int? MinYears, EducationLevel? WithEducation, string? Area, List<ExperienceScope> Scopes, string Text, EvidenceProfile Evidence);

public sealed record LanguageProfile(Necessity Necessity, List<string> AnyOf, LanguageLevel Level, string Text, EvidenceProfile Evidence);

public sealed record CertificationProfile(Necessity Necessity, string Name, string? Issuer, string Text, EvidenceProfile Evidence);

public sealed record CompetencyProfile(Necessity Necessity, CompetencyFramework Framework, string Name, string Text, EvidenceProfile Evidence);

public sealed record ConditionProfile(ConditionKind Kind, int? Months, int? Years, string Text, EvidenceProfile Evidence);

public sealed record SourceProfile(string FileName, string Sha256);
