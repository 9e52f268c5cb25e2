using PostsGraph.Workbench.Posts;

namespace PostsGraph.Workbench.Statistics;

// The shape of WorkbenchStatistics' data.
public sealed record StatisticsData(IReadOnlyList<Group> PostStatistics);

public sealed record Group(GroupKey Key, int Count, int PostsWithoutPay, IReadOnlyList<PayLine> AnnualNetPay, YearsLine? MinYearsExperience);

public sealed record GroupKey(
    OrganisationRef? Organisation, GradeRef? Grade, string? GradeCategory, StationRef? DutyStation, NamedRef? Country,
    string? AppointmentType, string? Currency, int? DeadlineYear);

public sealed record PayLine(string Currency, int Count, decimal Min, decimal Avg, decimal Max, IReadOnlyList<QualifierCount> Qualifiers);

public sealed record QualifierCount(string Qualifier, int Count);

public sealed record YearsLine(int Count, int Min, decimal Avg, int Max);

// One bar group of a chart: the group's label and its three figures.
public sealed record Bar(string Group, decimal Min, decimal Avg, decimal Max);
