namespace PostsGraph.Data.Entities;

public sealed class DutyStation
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string City { get; init; }
    public required string CountryCode { get; init; }
    public Country? Country { get; init; }
}
