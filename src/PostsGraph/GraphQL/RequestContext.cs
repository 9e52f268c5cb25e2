using PostsGraph.GraphQL.Loading;

namespace PostsGraph.GraphQL;

// The user context of one GraphQL request (GraphQLEndpoint makes it): the cost rule's figure, the
// request's batch loaders once a resolver has asked for them, and its statistics slot once it has
// computed statistics (StatisticsGate), which the endpoint gives back when the response is written.
public sealed class RequestContext : Dictionary<string, object?>
{
    public Loaders? Loaders { get; set; }

    public IDisposable? StatisticsSlot { get; set; }
}
