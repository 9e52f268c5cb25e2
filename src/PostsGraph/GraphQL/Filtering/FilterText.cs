namespace PostsGraph.GraphQL.Filtering;

// Text a filter may compare with: no stored text holds U+0000 or half of a surrogate pair, and the
// databases cannot be asked about them (PostgreSQL refuses U+0000, its driver cannot encode a lone
// surrogate, SQLite ends a literal at U+0000).
public static class FilterText
{
    // What is wrong with the text, or null.
    public static string? Problem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return "cannot contain the character U+0000";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"cannot contain half of a surrogate pair (U+{(int)c:X4})";
            }
        }

        return null;
    }
}
