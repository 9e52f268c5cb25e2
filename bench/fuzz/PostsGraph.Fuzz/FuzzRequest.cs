using System.Text;

namespace PostsGraph.Fuzz;

// One request of a run, complete enough to send again: `Index` and the run's seed reproduce it
// (RequestGenerator.Generate). Content-Type, when present, is among the headers.
public sealed record FuzzRequest(
    int Index,
    string Class,
    HttpMethod Method,
    string PathAndQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    Expectation Expect)
{
    public string Describe(int maxBodyChars = 160)
    {
        var text = new StringBuilder($"#{Index} {Class}: {Method} {Shorten(PathAndQuery, maxBodyChars)}");
        foreach (var (name, value) in Headers)
        {
            text.Append($" [{name}: {Shorten(value, 60)}]");
        }

        if (Body is not null)
        {
            var head = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, maxBodyChars * 4));
            text.Append($" {Body.Length} bytes: {Shorten(head, maxBodyChars, counted: false)}");
        }

        return text.ToString();
    }

    // Control characters are shown as '?', so that a report line stays one printable line.
    internal static string Shorten(string text, int max, bool counted = true)
    {
        var shown = string.Create(Math.Min(text.Length, max), text, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return text.Length <= max ? shown : counted ? $"{shown}… ({text.Length} chars)" : $"{shown}…";
    }
}

// What the server should answer; a 5xx, a dropped connection or an INTERNAL_ERROR is wrong for all.
public enum Expectation
{
    // 200 with data and no GraphQL errors (a 2xx for the export endpoints).
    Success,

    // A 4xx, or (from /graphql only) a 200 whose GraphQL response has errors.
    Refusal,

    // Either of the above: the document is valid, and whether it passes depends on the server's limits.
    Either,
}
