using PostsGraph.Workbench.Posts;

namespace PostsGraph.Workbench.Statistics;

// What the statistics page can group by: the API's PostGroupBy value, its label, a group's name,
// and the posts page's filter for the group's posts.
public static class Grouping
{
    public static readonly IReadOnlyList<(string Value, string Label)> Choices =
    [
        ("GRADE", "Grade"), ("ORGANISATION", "Organisation"), ("GRADE_CATEGORY", "Grade category"), ("DUTY_STATION", "Duty station"),
        ("COUNTRY", "Country"), ("APPOINTMENT_TYPE", "Appointment type"), ("CURRENCY", "Pay currency"), ("DEADLINE_YEAR", "Deadline year"),
    ];

    public static string Name(GroupKey key, string by) => by switch
    {
        "ORGANISATION" => key.Organisation?.Acronym,
        "GRADE" => key.Grade?.Code,
        "GRADE_CATEGORY" => Shared.Display.Words(key.GradeCategory),
        "DUTY_STATION" => key.DutyStation?.City,
        "COUNTRY" => key.Country?.Name,
        "APPOINTMENT_TYPE" => Shared.Display.Words(key.AppointmentType),
        "CURRENCY" => key.Currency,
        "DEADLINE_YEAR" => key.DeadlineYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    } ?? "none";

    // The same filter narrowed to the group; null when the group is the posts without a value.
    public static PostsQuery? PostsOf(PostsQuery filter, GroupKey key, string by) => by switch
    {
        "ORGANISATION" when key.Organisation is { } o => filter with { Organisations = [o.Acronym] },
        "GRADE" when key.Grade is { } g => filter with { Grades = [g.Code] },
        "GRADE_CATEGORY" when key.GradeCategory is { } c => filter with { Category = c },
        "DUTY_STATION" when key.DutyStation?.Key is { } s => filter with { Stations = [s] },
        "COUNTRY" when key.Country?.Code is { } c => filter with { Country = c },
        "APPOINTMENT_TYPE" when key.AppointmentType is { } a => filter with { Appointment = a },
        "CURRENCY" when key.Currency is { } c => filter with { Currency = c },
        // The year, within any dates the filter already has.
        "DEADLINE_YEAR" when key.DeadlineYear is { } y => filter with
        {
            DeadlineFrom = Later(new DateOnly(y, 1, 1), filter.DeadlineFrom),
            DeadlineTo = Earlier(new DateOnly(y, 12, 31), filter.DeadlineTo),
        },
        _ => null,
    };

    private static DateOnly Later(DateOnly a, DateOnly? b) => b is { } d && d > a ? d : a;

    private static DateOnly Earlier(DateOnly a, DateOnly? b) => b is { } d && d < a ? d : a;
}
