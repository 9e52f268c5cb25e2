namespace PostsGraph.Data.Entities;

public sealed class Unit
{
    public int Id { get; init; }
    // Organisation acronym and the chain of unit names, slugged: stable across reloads.
    public required string Key { get; init; }
    public int OrganisationId { get; init; }
    public Organisation? Organisation { get; init; }
    public int? ParentId { get; init; }
    public Unit? Parent { get; init; }
    public UnitKind Kind { get; init; }
    public required string Name { get; init; }
    public string? Acronym { get; init; }
    public int Depth { get; init; }

    // The posts that name it (their organisation, grade, duty station or unit).
    public List<Post> Posts { get; init; } = [];
}

public enum UnitKind
{
    Organ,
    Department,
    Office,
    Division,
    Service,
    Branch,
    Section,
    Unit,
    Team,
}
