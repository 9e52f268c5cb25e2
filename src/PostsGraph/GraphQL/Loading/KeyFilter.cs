using System.Linq.Expressions;

namespace PostsGraph.GraphQL.Loading;

public static class KeyFilter
{
    // entity => keys.Contains(key(entity)): one query with the keys as a parameter (read through a
    // property, not literals in the SQL), so EF Core caches one plan whatever the keys are.
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> key, IReadOnlyList<TKey> keys)
    {
        var parameter = Expression.Property(Expression.Constant(new KeyList<TKey>([.. keys])), nameof(KeyList<TKey>.Keys));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], parameter, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private sealed record KeyList<TKey>(List<TKey> Keys);
}
