namespace PostsGraph.GraphQL.Limits;

// What one GraphQL request may ask for (configuration section "Limits").
public sealed class LimitOptions
{
    // Nesting of fields below the root, introspection not counted (HotChocolate's execution depth).
    public int MaxDepth { get; set; } = 12;

    // Largest request body accepted, in bytes.
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    // Longest a request may run before it is cancelled.
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
