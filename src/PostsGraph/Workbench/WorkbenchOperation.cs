using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PostsGraph.Workbench;

// One GraphQL operation with its variables, as a page runs it and as its GraphQL panel shows it:
// the document, the variables' JSON, a link that opens both in the IDE and a curl line.
public sealed record WorkbenchOperation(string Name, string Document, JsonObject Variables)
{
    // JSON as a person writes it: "it's" and "Résilience", not \u0027 and \u00E9 (pages encode it for HTML).
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public string VariablesJson => Variables.ToJsonString(Compact);

    public string VariablesDisplay => Variables.ToJsonString(Indented);

    // The IDE reads the operation from the fragment: a GET /graphql?query= would run it instead.
    public string IdeLink(string pathBase) =>
        $"{pathBase}/graphql#query={Uri.EscapeDataString(Document)}&variables={Uri.EscapeDataString(VariablesJson)}";

    public string CurlLine(string origin)
    {
        var body = new JsonObject { ["query"] = Document, ["operationName"] = Name, ["variables"] = Variables.DeepClone() }.ToJsonString(Compact);
        return $"curl -s {origin}/graphql -H 'Content-Type: application/json' -d '{body.Replace("'", "'\\''")}'";
    }
}
