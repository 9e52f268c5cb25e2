namespace PostsGraph.Data.Entities;

public sealed class Organisation
{
    public int Id { get; init; }
    public required string Acronym { get; init; }
    public required string Name { get; init; }
    public OrganisationKind Kind { get; init; }
    public int HeadquartersId { get; init; }
    public DutyStation? Headquarters { get; init; }

    // The posts that name it (their organisation, grade, duty station or unit).
    public List<Post> Posts { get; init; } = [];
}

public enum OrganisationKind
{
    UnSecretariat,
    FundOrProgramme,
    SpecialisedAgency,
    RelatedOrganisation,
    OtherInternationalOrganisation,
}
