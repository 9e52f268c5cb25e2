using GraphQL.Types;

namespace PostsGraph.GraphQL.Types;

// HotChocolate names the DateOnly scalar "Date"; clients see the same name here.
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date without time or zone, as YYYY-MM-DD (ISO 8601).";
    }
}
