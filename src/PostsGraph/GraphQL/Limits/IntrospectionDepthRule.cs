using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace PostsGraph.GraphQL.Limits;

// Introspection answers from the schema in memory, but its types refer to one another without end:
// `possibleTypes { interfaces { possibleTypes … } }` nested a few levels makes a query of a few
// hundred bytes ask for an answer of any size. As HotChocolate does (same message and code), a path
// may hold `ofType` at most Limits:MaxIntrospectionOfTypeDepth times and each of the lists that
// lead back to types (`fields`, `inputFields`, `interfaces`, `possibleTypes`) at most
// Limits:MaxIntrospectionListDepth times. Every introspection query tools send stays within.
public sealed class IntrospectionDepthRule(IOptions<LimitOptions> options) : IValidationRule
{
    private static readonly string[] RecursiveLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var selections = context.Operation.SelectionSet;
        var tooDeep = Longest("ofType") > limits.MaxIntrospectionOfTypeDepth
            || RecursiveLists.Any(list => Longest(list) > limits.MaxIntrospectionListDepth);
        if (tooDeep)
        {
            context.ReportError(new ValidationError(context.Document.Source, "5.INTROSPECTION_DEPTH", "Maximum allowed introspection depth exceeded.", context.Operation)
            {
                Code = ErrorCodes.IntrospectionTooDeep,
            });
        }

        return default;

        int Longest(string name) => new LongestPath(context.Document, field => field.Name.StringValue == name ? 1 : 0).Of(selections);
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
