namespace PostsGraph.Data.Entities;

public sealed class DutyStation
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string City { get; init; }
    public required string CountryCode { get; init; }
    public Country? Country { get; init; }

    // The posts that name it (their organisation, grade, duty station or unit).
    public List<Post> Posts { get; init; } = [];
}
