using System.Text;

namespace PostsGraph.GraphQL;

// Opaque node IDs in HotChocolate's format: Base64 of "TypeName:key", so IDs handed out by a
// HotChocolate server over the same data stay valid.
public static class GlobalId
{
    public static string Encode(string typeName, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    // The key of an ID of the given type, or false for any other ID.
    public static bool TryKeyOf(string? id, string typeName, out string key) =>
        TryDecode(id, out var type, out key) && type == typeName;

    // The key of an ID of the given type; any other ID is a GraphQL error INVALID_ID.
    public static string KeyOf(string? id, string typeName) => TryKeyOf(id, typeName, out var key)
        ? key
        : throw new global::GraphQL.ExecutionError($"\"{id}\" is not a valid {typeName} ID.") { Code = ErrorCodes.InvalidId };

    public static bool TryDecode(string? id, out string typeName, out string key)
    {
        typeName = key = "";
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        // Like HotChocolate, an ID whose Base64 padding was trimmed (as in URLs) is accepted.
        if (id.Length % 4 is 2 or 3)
        {
            id += new string('=', 4 - (id.Length % 4));
        }

        var bytes = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, bytes, out var length))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        // No stored key holds such text, and the databases cannot even be asked about it.
        if (Filtering.FilterText.Problem(text) is not null)
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }
}
