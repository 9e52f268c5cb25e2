namespace PostsGraph.Workbench.Posts;

// The shapes of WorkbenchPosts' and WorkbenchFilterOptions' data.
public sealed record PostsData(PostsConnection Posts);

public sealed record PostsConnection(int TotalCount, PageInfo PageInfo, IReadOnlyList<PostRow> Nodes);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed record PostRow(
    string Id, string Key, string Title, OrganisationRef Organisation, GradeRef? Grade, StationRef? DutyStation, string? Deadline,
    PayRef? AnnualNetPay, string? NoPayReason, int? MinYearsExperience, string? MinYearsExperienceAppliesTo);

public sealed record OrganisationRef(string Acronym, string Name);

public sealed record GradeRef(string Code, string? Category = null);

public sealed record StationRef(string City, NamedRef Country, string? Key = null, string? CountryCode = null);

public sealed record NamedRef(string Name, string? Code = null);

public sealed record PayRef(decimal Amount, string Currency, string Qualifier);

public sealed record FilterOptions(
    IReadOnlyList<OrganisationRef> Organisations, IReadOnlyList<GradeRef> Grades, IReadOnlyList<StationRef> DutyStations,
    IReadOnlyList<CurrencyGroup> Currencies, EnumType Categories, EnumType AppointmentTypes)
{
    public IEnumerable<string> CurrencyCodes => Currencies.Select(c => c.Key.Currency).OfType<string>().Order();

    public IEnumerable<NamedRef> Countries => DutyStations
        .Select(s => new NamedRef(s.Country.Name, s.CountryCode)).DistinctBy(c => c.Code).OrderBy(c => c.Name);
}

public sealed record CurrencyGroup(CurrencyKey Key);

public sealed record CurrencyKey(string? Currency);

public sealed record EnumType(IReadOnlyList<EnumValue> EnumValues);

public sealed record EnumValue(string Name);
