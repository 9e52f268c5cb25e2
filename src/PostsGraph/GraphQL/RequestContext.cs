using PostsGraph.GraphQL.Loading;

namespace PostsGraph.GraphQL;

// The user context of one GraphQL request (GraphQLEndpoint makes it): the cost rule's figure, and
// the request's batch loaders once a resolver has asked for them.
public sealed class RequestContext : Dictionary<string, object?>
{
    public Loaders? Loaders { get; set; }
}
