using PostsGraph.Workbench.Posts;
using PostsGraph.Workbench.Shared;

namespace PostsGraph.Workbench.Post;

// The shape of WorkbenchPost's data.
public sealed record PostData(PostList Posts);

public sealed record PostList(IReadOnlyList<PostProfile> Nodes);

public sealed record PostProfile(
    string Id, string Key, string Title, string? VacancyNumber, string? PositionNumber, IReadOnlyList<Identifier> Identifiers,
    OrganisationRef Organisation, UnitRef? Unit,
    GradeProfile? Grade, StationRef? DutyStation, string? AppointmentType, IReadOnlyList<string> RecruitmentOpenTo, int? DurationMonths,
    string? PostedOn, string? Deadline, string? ReportsTo, IReadOnlyList<SalaryComponent> SalaryComponents, AnnualNetPay? AnnualNetPay,
    string? NoPayReason, decimal? PostAdjustmentRate, int? MinYearsExperience, string? MinYearsExperienceAppliesTo,
    int? MinYearsExperienceWithFirstDegree, string? MinYearsExperienceWithFirstDegreeAppliesTo, string? MinYearsExperienceWithFirstDegreeExplanation,
    string? TopEducationLevel, int DutyCount, IReadOnlyList<Item> Duties, IReadOnlyList<Item> Education, IReadOnlyList<Item> Experience,
    IReadOnlyList<Item> Languages, IReadOnlyList<Item> Certifications, IReadOnlyList<Item> Competencies, IReadOnlyList<Item> Conditions,
    IReadOnlyList<Evidence> Evidence, SourceNotice SourceNotice);

public sealed record Identifier(string Kind, string Label, string Value, Evidence Evidence);

public sealed record UnitRef(string Name, IReadOnlyList<NamedRef> Path);

public sealed record GradeProfile(string Code, string Category, string? Title);

public sealed record SalaryComponent(string Kind, decimal Amount, string CurrencyCode, string Period, string Qualifier, string Label, Evidence Evidence);

public sealed record AnnualNetPay(decimal Amount, string Currency, string Basis, string Qualifier, string Explanation);

// A duty, requirement or condition: the members each list has, the others null.
public sealed record Item(
    string Text, Evidence Evidence, string? Heading = null, IReadOnlyList<string>? Themes = null, string? Necessity = null,
    string? AppliesTo = null, Evidence? AppliesToEvidence = null, string? Level = null, int? MinYears = null, string? Name = null,
    string? Framework = null, string? Kind = null);

public sealed record SourceNotice(string FileName, string Text);

// A fact of the page that can be selected: its label and the evidence behind it.
public sealed record Fact(string Id, string Label, IReadOnlyList<Evidence> Evidence);
