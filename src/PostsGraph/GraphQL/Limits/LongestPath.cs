using GraphQLParser.AST;

namespace PostsGraph.GraphQL.Limits;

// The greatest sum of field weights along any path of nested selections, fragments followed. Each
// fragment is summarised once (its own longest path and the depth of each spread it makes; see
// FragmentMemo), so the walk is linear in the document. Recursion goes as deep as the document's own
// nesting, then from fragment to fragment, never both at once.
public sealed class LongestPath(GraphQLDocument document, Func<GraphQLField, int?> weight)
{
    private readonly FragmentMemo<bool, int> _fragments = new(document);

    // weight: what a field adds to the path; null to leave it and what it selects out.
    public int Of(GraphQLSelectionSet? selections) => Resolve(Summarise(selections));

    private int Resolve(Summary summary)
    {
        var longest = summary.Longest;
        foreach (var (name, depth) in summary.Spreads)
        {
            longest = Math.Max(longest, depth + Fragment(name));
        }

        return longest;
    }

    private int Fragment(GraphQLName name) => _fragments.Of(name, true, fragment => Resolve(Summarise(fragment.SelectionSet)));

    private Summary Summarise(GraphQLSelectionSet? selections)
    {
        var summary = new Summary();
        Walk(selections, 0, summary);
        return summary;
    }

    private void Walk(GraphQLSelectionSet? selections, int depth, Summary summary)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field when weight(field) is { } added:
                    summary.Longest = Math.Max(summary.Longest, depth + added);
                    Walk(field.SelectionSet, depth + added, summary);
                    break;
                case GraphQLInlineFragment inline:
                    Walk(inline.SelectionSet, depth, summary);
                    break;
                case GraphQLFragmentSpread spread:
                    summary.Spreads.Add((spread.FragmentName.Name, depth));
                    break;
            }
        }
    }

    private sealed class Summary
    {
        public int Longest { get; set; }

        public List<(GraphQLName Name, int Depth)> Spreads { get; } = [];
    }
}
