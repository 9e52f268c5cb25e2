using System.Text;
using System.Text.Json;

namespace PostsGraph.Fuzz.Running;

// What a /graphql response says: data, errors, and INTERNAL_ERRORs with or without a requestId.
internal sealed record Inspection(bool HasData, bool HasErrors, string? FirstError, IReadOnlyList<(string? RequestId, string Message)> InternalErrors)
{
    public static readonly Inspection None = new(false, false, null, []);
}

internal static class ResponseInspector
{
    private static readonly byte[] InternalErrorCode = Encoding.UTF8.GetBytes("INTERNAL_ERROR");

    public static Inspection Inspect(byte[] body)
    {
        if (body.Length == 0)
        {
            return Inspection.None;
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4096 });
            var root = document.RootElement;
            // A batch is answered with an array of results.
            var results = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            bool hasData = false, hasErrors = false;
            string? first = null;
            List<(string?, string)> internalErrors = [];
            foreach (var result in results.Where(r => r.ValueKind == JsonValueKind.Object))
            {
                hasData |= result.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null;
                if (!result.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var error in errors.EnumerateArray())
                {
                    hasErrors = true;
                    var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.ToString() : error.ToString();
                    first ??= message;
                    if (String(error, "extensions", "code") == "INTERNAL_ERROR")
                    {
                        internalErrors.Add((String(error, "extensions", "requestId"), message));
                    }
                }
            }

            return new Inspection(hasData, hasErrors, first, internalErrors);
        }
        catch (JsonException)
        {
            // Not JSON after all; an INTERNAL_ERROR in it still counts, and without a readable requestId.
            return body.AsSpan().IndexOf(InternalErrorCode) >= 0
                ? new Inspection(false, true, "not JSON", [(null, "INTERNAL_ERROR in a response that is not valid JSON")])
                : new Inspection(false, false, "not JSON", []);
        }
    }

    private static string? String(JsonElement element, string property, string inner) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var outer) && outer.ValueKind == JsonValueKind.Object
            && outer.TryGetProperty(inner, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
