using GraphQL.DataLoader;

namespace PostsGraph.GraphQL.Loading;

// Collects the keys that resolvers ask for while GraphQL walks one level of the result, then fetches
// them all with one query when the first value is needed. GraphQL.NET runs resolvers that return an
// IDataLoaderResult after all other pending fields, which is what makes the batch grow.
// Not thread-safe: queries run with the serial execution strategy.
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue?> _loaded = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!_loaded.ContainsKey(key) && _pending.Count > 0)
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var found = await fetch(keys, cancellationToken);
            foreach (var k in keys)
            {
                _loaded[k] = found.GetValueOrDefault(k);
            }
        }

        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

public static class DataLoaderResultExtensions
{
    // Shapes a batched value once it arrives, keeping it batched.
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> shape) =>
        new Mapped<T, TResult>(result, shape);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> shape) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            shape(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
