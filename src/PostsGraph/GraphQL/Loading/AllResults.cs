using GraphQL.DataLoader;

namespace PostsGraph.GraphQL.Loading;

// Several batched values as one list, in order, skipping keys that were not found.
public sealed class AllResults<T>(IReadOnlyList<IDataLoaderResult<T?>> results) : IDataLoaderResult<List<T>> where T : class
{
    public async Task<List<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new List<T>(results.Count);
        foreach (var result in results)
        {
            if (await result.GetResultAsync(cancellationToken) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
