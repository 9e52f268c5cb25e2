namespace PostsGraph.GraphQL.Paging;

// Page sizes of cursor connections, as HotChocolate's PagingOptions (configuration section "Paging").
public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 10;
    public int MaxPageSize { get; set; } = 50;
}
