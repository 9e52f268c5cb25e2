using PostsGraph.Workbench.Posts;
using PostsGraph.Workbench.Shared;

namespace PostsGraph.Workbench.Compare;

// The shapes of WorkbenchPostIds' and WorkbenchCompare's data.
public sealed record PostIdsData(PostIdList Posts);

public sealed record PostIdList(IReadOnlyList<PostChoice> Nodes);

public sealed record PostChoice(string Id, string Key, string Title, OrganisationRef Organisation);

public sealed record CompareData(Comparison ComparePosts);

public sealed record Comparison(IReadOnlyList<ComparedPost> Posts, IReadOnlyList<ComparisonRow> Rows);

public sealed record ComparedPost(string Id, string Key, string Title, OrganisationRef Organisation, GradeRef? Grade);

public sealed record ComparisonRow(string Attribute, string Label, bool Differs, string Difference, IReadOnlyList<ComparisonValue> Values);

public sealed record ComparisonValue(PostKey Post, string? Value, IReadOnlyList<Evidence> Evidence);

public sealed record PostKey(string Key);
