using System.Globalization;

namespace PostsGraph.Workbench.Shared;

// How the workbench writes the API's values: amounts with their currency, enum values as words.
public static class Display
{
    public static string Amount(decimal amount, string currency) =>
        $"{currency} {amount.ToString("#,##0.##", CultureInfo.InvariantCulture)}";

    // FIXED_TERM -> "fixed term"; null -> "".
    public static string Words(string? value) =>
        value is null ? "" : value.Replace('_', ' ').ToLowerInvariant();

    public static string Date(string? isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
            : isoDate ?? "";

    public static string Count(int count, string one, string many) =>
        $"{count.ToString("#,##0", CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
