using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PostsGraph.GraphQL.Types;

// The specification's @specifiedBy(url:) on a custom scalar: printed in the schema, and given by
// introspection as __Type.specifiedByURL (PostsSchema adds that field).
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";

    // Listed by introspection, although its one location is in the type system (GraphQL.NET hides those by default).
    public override bool? Introspectable => true;

    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behavior of this scalar.",
        });
    }

    // The URL a type's @specifiedBy gives, or null.
    public static string? UrlOf(IGraphType type) =>
        type is ScalarGraphType && type.FindAppliedDirective(DirectiveName)?.FindArgument("url")?.Value is string url ? url : null;
}
