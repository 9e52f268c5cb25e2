using System.Globalization;
using System.Reflection;
using System.Text;

namespace PostsGraph.Export;

// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF,
// quotes doubled inside them. Column names are the row's properties in snake_case.
public static class CsvWriter
{
    private static readonly PropertyInfo[] Columns = typeof(PostProfileRow).GetProperties();

    public static IReadOnlyList<string> Header { get; } = [.. Columns.Select(c => SnakeCase(c.Name))];

    public static Task WriteHeaderAsync(TextWriter writer) => writer.WriteAsync(Line(Header));

    public static Task WriteRowAsync(TextWriter writer, PostProfileRow row) =>
        writer.WriteAsync(Line(Columns.Select(c => Text(c.GetValue(row)))));

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

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
