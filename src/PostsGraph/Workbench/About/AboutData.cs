using PostsGraph.Workbench.Posts;
using PostsGraph.Workbench.Shared;

namespace PostsGraph.Workbench.About;

// The shape of WorkbenchCoverage's data.
public sealed record CoverageData(
    IReadOnlyList<Total> All, IReadOnlyList<Counted> ByOrganisation, IReadOnlyList<Counted> ByGrade, IReadOnlyList<Counted> ByYear, ExternalPosts External);

public sealed record Total(int Count, int PostsWithoutPay);

public sealed record Counted(CountedKey Key, int Count);

public sealed record CountedKey(OrganisationRef? Organisation, GradeRef? Grade, int? DeadlineYear);

public sealed record ExternalPosts(int TotalCount, IReadOnlyList<ExternalPost> Nodes);

public sealed record ExternalPost(string Key, OrganisationRef Organisation, IReadOnlyList<Evidence> Evidence);
