using GraphQLParser.AST;

namespace PostsGraph.GraphQL.Limits;

// What DocumentLimits counts in a parsed document. Recursion here is bounded by the nesting the
// parser allowed, and from fragment to fragment by the number of fragments.
internal sealed class DocumentCounts(GraphQLDocument document)
{
    private readonly FragmentMemo<bool, long> _expanded = new(document);

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
    // than overflowing; each fragment is counted once (FragmentMemo).
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

    private long Fragment(GraphQLName name) => _expanded.Of(name, true, fragment => Expanded(fragment.SelectionSet));
}
