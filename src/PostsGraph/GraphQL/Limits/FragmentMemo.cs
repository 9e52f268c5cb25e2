using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace PostsGraph.GraphQL.Limits;

// What the limit walks learn about a fragment, measured once for each context it is spread in (the
// context is what the measure depends on besides the fragment: nothing, or a page size). This is
// what keeps a fragment spread many times, or spreading the next one twice at every level, linear.
// A fragment spread inside itself counts default(T) where the cycle closes; validation refuses
// the cycle.
internal sealed class FragmentMemo<TContext, T>(GraphQLDocument document)
{
    private readonly Dictionary<(string Fragment, TContext Context), T> _known = [];
    private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);

    public T Of(GraphQLName name, TContext context, Func<GraphQLFragmentDefinition, T> measure)
    {
        var key = (name.StringValue, context);
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        if (document.FindFragmentDefinition(name) is not { } fragment || !_measuring.Add(name.StringValue))
        {
            return default!;
        }

        var value = measure(fragment);
        _measuring.Remove(name.StringValue);
        return _known[key] = value;
    }
}
