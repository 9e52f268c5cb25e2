using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PostsGraph.Fuzz.Requests;

// Builds requests; RequestGenerator stamps each with its index and class.
internal static class Build
{
    public const string GraphQLPath = "/graphql";

    // Without escaping `+`, `<` and non-ASCII the bodies stay the size the generators intend.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A request as a client would send it: POST with JSON, or now and then GET when the document fits
    // in a URL; with no Accept header or either JSON type, so both kinds of refusal are exercised.
    public static FuzzRequest GraphQL(Random random, string query, Expectation expect, string? variables = null, string? operationName = null)
    {
        List<KeyValuePair<string, string>> headers = [];
        var accept = random.Next(4) switch { 0 => "application/json", 1 => "application/graphql-response+json", _ => null };
        if (accept is not null)
        {
            headers.Add(new("Accept", accept));
        }

        if (query.Length + (variables?.Length ?? 0) < 2_000 && !query.TrimStart().StartsWith("mutation", StringComparison.Ordinal) && random.Next(4) == 0)
        {
            return Get(GetPath(query, variables, operationName), expect, headers);
        }

        headers.Add(new("Content-Type", "application/json"));
        return new FuzzRequest(0, "", HttpMethod.Post, GraphQLPath, headers, Body(query, variables, operationName), expect);
    }

    public static string GetPath(string query, string? variables = null, string? operationName = null) =>
        $"{GraphQLPath}?query={Uri.EscapeDataString(query)}"
        + (variables is null ? "" : $"&variables={Uri.EscapeDataString(variables)}")
        + (operationName is null ? "" : $"&operationName={Uri.EscapeDataString(operationName)}");

    // `variables` is JSON text, written as it is.
    public static byte[] Body(string query, string? variables = null, string? operationName = null)
    {
        var json = new StringBuilder("{\"query\":").Append(Json(query));
        if (variables is not null)
        {
            json.Append(",\"variables\":").Append(variables);
        }

        if (operationName is not null)
        {
            json.Append(",\"operationName\":").Append(Json(operationName));
        }

        return Encoding.UTF8.GetBytes(json.Append('}').ToString());
    }

    public static FuzzRequest Post(string path, byte[]? body, string? contentType, Expectation expect, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        List<KeyValuePair<string, string>> all = [.. headers ?? []];
        if (contentType is not null)
        {
            all.Add(new("Content-Type", contentType));
        }

        return new FuzzRequest(0, "", HttpMethod.Post, path, all, body, expect);
    }

    public static FuzzRequest Get(string pathAndQuery, Expectation expect, IEnumerable<KeyValuePair<string, string>>? headers = null) =>
        new(0, "", HttpMethod.Get, pathAndQuery, [.. headers ?? []], null, expect);

    public static string Json(string text) => JsonSerializer.Serialize(text, Relaxed);

    public static string Repeat(string item, int count, string separator = " ") =>
        string.Join(separator, Enumerable.Repeat(item, count));

    public static string Numbered(Func<int, string> item, int count, string separator = " ") =>
        string.Join(separator, Enumerable.Range(0, count).Select(item));
}
