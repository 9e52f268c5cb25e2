using System.Globalization;
using PostsGraph.Data.Entities;

namespace PostsGraph.Export;

// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF,
// quotes doubled inside them. The columns are the cells the post's fields declare (PostViews).
public static class CsvWriter
{
    public static IReadOnlyList<string> Header { get; } = [.. PostViews.Instance.Csv.Select(c => c.Column)];

    public static Task WriteHeaderAsync(TextWriter writer) => writer.WriteAsync(Line(Header));

    public static Task WriteRowAsync(TextWriter writer, Post post, RowLists lists) =>
        writer.WriteAsync(Line(PostViews.Instance.Csv.Select(c => Text(c.Value(post, lists)))));

    private static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Quote)) + "\r\n";

    private static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
