namespace PostsGraph.GraphQL.Limits;

// What one GraphQL request may ask for (configuration section "Limits").
public sealed class LimitOptions
{
    // Nesting of fields below the root, introspection not counted (HotChocolate's execution depth).
    public int MaxDepth { get; set; } = 12;

    // Largest request body accepted, in bytes.
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    // Static field cost of an operation (see CostRule); HotChocolate's default is 1000, set higher
    // here because related objects are batch-loaded: one query per page, not one per item.
    public int MaxFieldCost { get; set; } = 5000;

    // The size assumed for a list that has no paging arguments.
    public int AssumedListSize { get; set; } = 10;

    // Longest a request may run before it is cancelled.
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    // Requests asking for postStatistics that run at once; others wait their turn (see StatisticsGate).
    public int MaxConcurrentStatistics { get; set; } = Environment.ProcessorCount;
}
