using GraphQL;
using GraphQL.Types;

namespace PostsGraph.GraphQL.Types;

// HotChocolate 15 binds DateOnly to the LocalDate scalar (HotChocolate 14 named it Date), and its
// filter input is LocalDateOperationFilterInput; clients see the same names here (CHANGELOG.md).
public sealed class LocalDateGraphType : DateOnlyGraphType
{
    public const string TypeName = "LocalDate";

    // The scalar's specification: a date without time or offset, as RFC 3339's full-date.
    public const string SpecifiedBy = "https://scalars.graphql.org/andimarek/local-date.html";

    public LocalDateGraphType()
    {
        Name = TypeName;
        Description = "A calendar date without time or zone, as YYYY-MM-DD (ISO 8601; RFC 3339 full-date).";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", SpecifiedBy);
    }
}
