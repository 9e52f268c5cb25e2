using PostsGraph.GraphQL.Loading;

namespace PostsGraph.GraphQL;

// The user context of one GraphQL request (GraphQLEndpoint makes it and disposes it once the
// response is written): the cost rule's figure, the request's batch loaders once a resolver has asked
// for them, its statistics slot once its statistics resolver has taken one (StatisticsGate) and its
// slot for expensive work once execution starts (ExpensiveRequestGate), each
// given back when the context is disposed, whichever way the request ends.
public sealed class RequestContext : Dictionary<string, object?>, IDisposable
{
    public Loaders? Loaders { get; set; }

    public IDisposable? StatisticsSlot { get; set; }

    public IDisposable? ExpensiveSlot { get; set; }

    public void Dispose()
    {
        StatisticsSlot?.Dispose();
        ExpensiveSlot?.Dispose();
    }
}
