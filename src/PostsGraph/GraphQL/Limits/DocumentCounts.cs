using GraphQLParser.AST;

namespace PostsGraph.GraphQL.Limits;

// What DocumentLimits counts in a parsed document. Recursion here is bounded by the nesting the
// parser allowed, and from fragment to fragment by the number of fragments.
internal sealed class DocumentCounts
{
    private readonly FragmentMemo<bool, long> _expanded;

    public DocumentCounts(GraphQLDocument document)
    {
        _expanded = new(document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    Add(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Fragments++;
                    Add(fragment.SelectionSet);
                    break;
            }
        }
    }

    // Fields and aliases as written, in operations and fragments alike.
    public int Fields { get; private set; }

    public int Aliases { get; private set; }

    public int Fragments { get; }

    private void Add(GraphQLSelectionSet? selections)
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
            total = Cost.Add(total, size);
        }

        return total;
    }

    private long Fragment(GraphQLName name) => _expanded.Of(name, true, fragment => Expanded(fragment.SelectionSet));
}
