using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace PostsGraph.GraphQL.Limits;

// Refuses a document nested deeper than Limits:MaxDepth before anything runs, as HotChocolate's
// max execution depth rule does (same message and extensions, with a stable code). Fragments are
// followed; introspection fields do not count, so tools can always introspect.
public sealed class MaxDepthRule(IOptions<LimitOptions> options) : IValidationRule
{
    public const string Code = "MAX_EXECUTION_DEPTH";

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxDepth;
        var depth = Depth(context.Operation.SelectionSet, context.Document, []);
        if (depth > max)
        {
            var error = new ValidationError(context.Document.Source, "5.MAX_DEPTH",
                $"The GraphQL document has an execution depth of {depth} which exceeds the max allowed execution depth of {max}.", context.Operation)
            {
                Code = Code,
            };
            error.Data["allowedExecutionDepth"] = max;
            error.Data["detectedExecutionDepth"] = depth;
            context.ReportError(error);
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static int Depth(GraphQLSelectionSet? selections, GraphQLDocument document, HashSet<string> visiting)
    {
        var deepest = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            deepest = Math.Max(deepest, selection switch
            {
                GraphQLField field when field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) => 0,
                GraphQLField field => 1 + Depth(field.SelectionSet, document, visiting),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, document, visiting),
                GraphQLFragmentSpread spread => Spread(spread, document, visiting),
                _ => 0,
            });
        }

        return deepest;
    }

    // A fragment cycle is a validation error of its own; here it just stops the walk.
    private static int Spread(GraphQLFragmentSpread spread, GraphQLDocument document, HashSet<string> visiting)
    {
        var name = spread.FragmentName.Name.StringValue;
        var fragment = document.FindFragmentDefinition(spread.FragmentName.Name);
        if (fragment is null || !visiting.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet, document, visiting);
        visiting.Remove(name);
        return depth;
    }
}
