namespace PostsGraph.GraphQL.Limits;

// A place taken in a gate, given back once when disposed, however often that is.
internal sealed class Slot(SemaphoreSlim slots) : IDisposable
{
    private int _released;

    public static async Task<IDisposable> EnterAsync(SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        return new Slot(slots);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            slots.Release();
        }
    }
}
