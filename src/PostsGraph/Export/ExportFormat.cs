namespace PostsGraph.Export;

public enum ExportFormat
{
    Csv,
    Json,
    Markdown,
}

public static class ExportFormats
{
    public static bool TryParse(string? text, out ExportFormat format)
    {
        (var ok, format) = text?.ToLowerInvariant() switch
        {
            "csv" => (true, ExportFormat.Csv),
            "json" => (true, ExportFormat.Json),
            "md" or "markdown" => (true, ExportFormat.Markdown),
            _ => (false, default),
        };
        return ok;
    }

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8; header=present",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "text/markdown; charset=utf-8",
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Json => "json",
        _ => "md",
    };
}
