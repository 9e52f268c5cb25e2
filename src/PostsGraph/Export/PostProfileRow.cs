using System.Globalization;
using PostsGraph.Seed;

namespace PostsGraph.Export;

// One CSV row per post. Lists are joined with "; " and each item written as the README's CSV
// section describes; enums use the API's spelling, dates are ISO, amounts are plain numbers.
public sealed record PostProfileRow
{
    public required string Key { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Organisation { get; init; }
    public string? Unit { get; init; }
    public string? Grade { get; init; }
    public string? GradeCategory { get; init; }
    public string? DutyStation { get; init; }
    public string? Country { get; init; }
    public string? AppointmentType { get; init; }
    public int? DurationMonths { get; init; }
    public string? PostedOn { get; init; }
    public string? Deadline { get; init; }
    public string? VacancyNumber { get; init; }
    public string? PositionNumber { get; init; }
    public string? ReportsTo { get; init; }
    public decimal? AnnualNetPay { get; init; }
    public string? AnnualNetPayCurrency { get; init; }
    public string? AnnualNetPayBasis { get; init; }
    public string? AnnualNetPayQualifier { get; init; }
    public decimal? PostAdjustmentRate { get; init; }
    public string? NoPayReason { get; init; }
    public int? MinYearsExperience { get; init; }
    public string? TopEducationLevel { get; init; }
    public int Duties { get; init; }
    public required string DutyThemes { get; init; }
    public required string Education { get; init; }
    public required string Experience { get; init; }
    public required string LanguagesRequired { get; init; }
    public required string LanguagesDesirable { get; init; }
    public required string Certifications { get; init; }
    public required string Competencies { get; init; }
    public required string Conditions { get; init; }
    public required string SourceNotice { get; init; }

    public static string Join<T>(IEnumerable<T> items, Func<T, string> item) => string.Join("; ", items.Select(item));

    public static string Name<T>(T value) where T : struct, Enum => EnumNames<T>.Of(value);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
