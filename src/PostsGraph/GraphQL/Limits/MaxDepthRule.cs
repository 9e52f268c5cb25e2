using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace PostsGraph.GraphQL.Limits;

// Refuses a document nested deeper than Limits:MaxDepth before anything runs, as HotChocolate's
// max execution depth rule does (same message and extensions, with a stable code). Fragments are
// followed; introspection fields do not count (IntrospectionDepthRule bounds them), so tools can
// always introspect.
public sealed class MaxDepthRule(IOptions<LimitOptions> options) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxDepth;
        var depth = new LongestPath(context.Document, field => IsIntrospection(field) ? null : 1).Of(context.Operation.SelectionSet);
        if (depth > max)
        {
            var error = new ValidationError(context.Document.Source, "5.MAX_DEPTH",
                $"The GraphQL document has an execution depth of {depth} which exceeds the max allowed execution depth of {max}.", context.Operation)
            {
                Code = ErrorCodes.MaxExecutionDepth,
            };
            error.Data["allowedExecutionDepth"] = max;
            error.Data["detectedExecutionDepth"] = depth;
            context.ReportError(error);
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    public static bool IsIntrospection(GraphQLField field) => field.Name.StringValue.StartsWith("__", StringComparison.Ordinal);
}
