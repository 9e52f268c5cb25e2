using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace PostsGraph.GraphQL.Limits;

// What DocumentLimits counts in a parsed document. Recursion here is bounded by the nesting the
// parser allowed, and from fragment to fragment by the number of fragments.
internal sealed class DocumentCounts(GraphQLDocument document)
{
    private readonly Dictionary<string, long> _expanded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    public int Fields { get; private set; }

    public int Aliases { get; private set; }

    public int Fragments { get; set; }

    public void Add(GraphQLSelectionSet? selections)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    Fields++;
                    Aliases += field.Alias is null ? 0 : 1;
                    Add(field.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    Add(inline.SelectionSet);
                    break;
            }
        }
    }

    // The fields selected with every fragment spread replaced by its fields, saturating rather
    // than overflowing; each fragment is counted once. A cycle counts 0 where it closes.
    public long Expanded(GraphQLSelectionSet? selections)
    {
        long total = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            var size = selection switch
            {
                GraphQLField field => 1 + Expanded(field.SelectionSet),
                GraphQLInlineFragment inline => Expanded(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name),
                _ => 0,
            };
            total = total > long.MaxValue - size ? long.MaxValue : total + size;
        }

        return total;
    }

    private long Fragment(GraphQLName name)
    {
        var key = name.StringValue;
        if (_expanded.TryGetValue(key, out var known))
        {
            return known;
        }

        if (document.FindFragmentDefinition(name) is not { } fragment || !_expanding.Add(key))
        {
            return 0;
        }

        var size = Expanded(fragment.SelectionSet);
        _expanding.Remove(key);
        return _expanded[key] = size;
    }
}
