namespace PostsGraph.Data.Entities;

// Evidence for one of a post's own scalar facts, named by its GraphQL field (grade, deadline, ...).
public sealed class FieldEvidence
{
    public int Id { get; init; }
    public int PostId { get; init; }
    public required string Field { get; init; }
    public int Order { get; init; }
    public required Evidence Evidence { get; init; }

    // NOTICE_QUOTE or EXTERNAL_SOURCE, from Evidence (a quote or not), kept as a column to filter on.
    public EvidenceKind Kind { get; init; }
}
