namespace PostsGraph.GraphQL;

// Request batching (a JSON array of requests in one POST), off by default as in HotChocolate 15.
public sealed class BatchingOptions
{
    public const string Section = "Batching";

    public bool Enabled { get; set; }

    // The most requests one batch may hold; each is also held to every limit of a single request.
    public int MaxSize { get; set; } = 20;
}
