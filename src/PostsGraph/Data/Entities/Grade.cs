namespace PostsGraph.Data.Entities;

public sealed class Grade
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public GradeSystem System { get; init; }
    public GradeCategory Category { get; init; }
    public int Level { get; init; }
    public string? Title { get; init; }

    // The posts that name it (their organisation, grade, duty station or unit).
    public List<Post> Posts { get; init; } = [];
}

// The grade structure a grade belongs to; codes are unique across systems (docs/seed-format.md).
public enum GradeSystem
{
    UnCommonSystem,
    EuStaffRegulations,
    CoordinatedOrganisations,
    Nato,
    WorldBankGroup,
    OsceSeconded,
}

// Each system's categories (career ladders), declared from the most junior ladder to the most
// senior within a system, so sorting by system, category, then level reads naturally.
public enum GradeCategory
{
    GeneralService,
    NationalProfessionalOfficer,
    FieldService,
    Professional,
    Director,
    SeniorAppointment,

    // EU Staff Regulations: contract agents (function groups I-IV), secretaries and clerks
    // (AST/SC), assistants (AST), administrators (AD).
    ContractAgent,
    SecretaryClerk,
    Assistant,
    Administrator,

    // Coordinated Organisations and NATO: categories C, B, L and A.
    CategoryC,
    CategoryB,
    CategoryL,
    CategoryA,

    // World Bank Group: administrative (GA-GD), professional and technical (GE-GH), managerial (GI-GJ;
    // the World Bank names GH in both of the last two).
    Administrative,
    ProfessionalTechnical,
    Managerial,

    // OSCE seconded mission and staff members (S, S1-S4).
    Seconded,
}
