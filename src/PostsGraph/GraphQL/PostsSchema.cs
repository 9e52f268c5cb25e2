using GraphQL.Types;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.GraphQL;

public sealed class PostsSchema : Schema
{
    public PostsSchema(IServiceProvider services) : base(services)
    {
        Description = "PostsGraph: a comparative database of UN-system security posts. Every fact is traceable to the sentence of the vacancy notice it comes from.";
        Query = services.GetRequiredService<QueryType>();
        RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));
        foreach (var type in FilterInputTypes.Create(services.GetRequiredService<FilterModel>()))
        {
            RegisterType(type);
        }
    }
}
