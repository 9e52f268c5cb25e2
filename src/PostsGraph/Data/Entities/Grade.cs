namespace PostsGraph.Data.Entities;

public sealed class Grade
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public GradeCategory Category { get; init; }
    public int Level { get; init; }
    public string? Title { get; init; }

    // The posts that name it (their organisation, grade, duty station or unit).
    public List<Post> Posts { get; init; } = [];
}

// Declared from the most junior career ladder to the most senior, so sorting by category then
// level reads naturally.
public enum GradeCategory
{
    GeneralService,
    NationalProfessionalOfficer,
    FieldService,
    Professional,
    Director,
    SeniorAppointment,
}
