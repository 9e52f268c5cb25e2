namespace PostsGraph.Data.Entities;

// A number the notice (or the public listing) prints for the post: its vacancy number, its position
// number, and any other (a job ID, a requisition number), with the label the notice gives it.
public sealed class PostIdentifier
{
    public int Id { get; init; }
    public int PostId { get; init; }
    public int Order { get; init; }
    public IdentifierKind Kind { get; init; }
    public required string Label { get; init; }
    public required string Value { get; init; }
    public required Evidence Evidence { get; init; }
}

public enum IdentifierKind
{
    VacancyNumber,
    PositionNumber,
    Other,
}
