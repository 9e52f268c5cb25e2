using PostsGraph.Data.Entities;

namespace PostsGraph.Export;

// The JSON export's shapes for what a post holds: its relations, pay and lists, each item with the
// evidence behind it (mapped from the entities by ExportMapping). The post's own members are its
// fields' views (FieldViews).
public sealed record OrganisationProfile(string Acronym, string Name, OrganisationKind Kind);

public sealed record UnitProfile(string Name, string? Acronym, UnitKind Kind);

public sealed record GradeProfile(string Code, GradeCategory Category, int Level);

public sealed record DutyStationProfile(string City, string CountryCode);

public sealed record EvidenceProfile(string? Quote, int? Start, int? End, string? SourceUrl, string? Note);

public sealed record FieldEvidenceProfile(string Field, EvidenceProfile Evidence);

public sealed record IdentifierProfile(IdentifierKind Kind, string Label, string Value, EvidenceProfile Evidence);

public sealed record SalaryProfile(SalaryKind Kind, decimal Amount, string CurrencyCode, PayPeriod Period, PayQualifier Qualifier, string Label, EvidenceProfile Evidence);

public sealed record AnnualNetPayProfile(decimal Amount, string Currency, PayBasis Basis, PayQualifier Qualifier, string Explanation);

public sealed record DutyProfile(string? Heading, string Text, List<DutyTheme> Themes, EvidenceProfile Evidence);

public sealed record EducationProfile(
    Necessity Necessity, EducationLevel Level, List<string> Fields, EducationLevel? InLieuOf, int? AdditionalYears, int? ReplacesYearsOfExperience,
    bool Substitution, Applicability AppliesTo, string Text, EvidenceProfile Evidence, EvidenceProfile? AppliesToEvidence);

public sealed record ExperienceProfile(
    Necessity Necessity, int? MinYears, EducationLevel? WithEducation, string? Area, List<ExperienceScope> Scopes, Applicability AppliesTo, string Text, EvidenceProfile Evidence, EvidenceProfile? AppliesToEvidence);

public sealed record LanguageProfile(Necessity Necessity, List<string> AnyOf, LanguageLevel Level, Applicability AppliesTo, string Text, EvidenceProfile Evidence, EvidenceProfile? AppliesToEvidence);

public sealed record CertificationProfile(Necessity Necessity, string Name, string? Issuer, Applicability AppliesTo, string Text, EvidenceProfile Evidence, EvidenceProfile? AppliesToEvidence);

public sealed record CompetencyProfile(Necessity Necessity, CompetencyFramework Framework, string Name, Applicability AppliesTo, string Text, EvidenceProfile Evidence, EvidenceProfile? AppliesToEvidence);

public sealed record ConditionProfile(ConditionKind Kind, int? Months, int? Years, Applicability AppliesTo, string Text, EvidenceProfile Evidence, EvidenceProfile? AppliesToEvidence);

public sealed record SourceProfile(string FileName, string Sha256);
