using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace PostsGraph.GraphQL.Filtering;

// Turns an `order` argument into ORDER BY steps. Each list item is one step, in order; nested
// objects sort by their fields. Two rules make the order the same on every database: enums sort
// in their declared order (the order the schema lists them), not alphabetically, and missing
// values come last whichever the direction. The node key always ends the order, so pages are stable.
public sealed class SortTranslator(FilterModel model)
{
    public IOrderedQueryable<T> Apply<T>(IQueryable<T> query, IEnumerable<object?>? order, IEnumerable<object?> defaults)
    {
        var entity = model[typeof(T)];
        var parameter = Expression.Parameter(typeof(T), "e");
        var steps = new List<(Expression Key, SortDirection Direction, bool CanBeNull)>();
        foreach (var item in (order ?? []).Concat(order is null || !order.Any() ? defaults : []))
        {
            if (item is IDictionary<string, object?> step)
            {
                Collect(entity, parameter, nullable: false, step, steps);
            }
        }

        if (entity.NodeKey is { } nodeKey)
        {
            steps.Add((Expression.Property(parameter, nodeKey), SortDirection.Asc, false));
        }

        IOrderedQueryable<T>? ordered = null;
        foreach (var (key, direction, canBeNull) in steps)
        {
            // Only a column that can hold NULL gets the "missing last" step: on a required column
            // the step is a constant, which keeps the database from reading an index in order.
            if (canBeNull)
            {
                ordered = OrderBy(query, ordered, Expression.Equal(key, Expression.Constant(null, key.Type)), parameter, SortDirection.Asc);
            }

            ordered = OrderBy(query, ordered, key, parameter, direction);
        }

        return ordered ?? query.OrderBy(e => 0);
    }

    private void Collect(FilterEntity entity, Expression target, bool nullable, IDictionary<string, object?> step, List<(Expression, SortDirection, bool)> steps)
    {
        foreach (var (name, value) in step)
        {
            var field = entity.Field(name);
            if (value is null || field is null)
            {
                continue;
            }

            var member = Expression.Property(target, field.Property);
            if (value is IDictionary<string, object?> nested)
            {
                Collect(model[field.ValueType], member, nullable: true, nested, steps);
                continue;
            }

            Expression key = member;
            if (FilterModel.Underlying(member.Type).IsEnum)
            {
                key = Ordinal(member);
            }
            else if (nullable && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null)
            {
                // Reached through a navigation that may be missing: the value may be NULL in SQL.
                key = Expression.Convert(member, typeof(Nullable<>).MakeGenericType(member.Type));
            }

            steps.Add((key, (SortDirection)value, nullable || field.CanBeNull));
        }
    }

    // CASE e.Kind WHEN 'FIRST' THEN 0 WHEN 'SECOND' THEN 1 ... END: enums are stored by name.
    private static Expression Ordinal(Expression member)
    {
        var enumType = FilterModel.Underlying(member.Type);
        var values = Enum.GetValues(enumType);
        Expression result = Expression.Constant(null, typeof(int?));
        for (var i = values.Length - 1; i >= 0; i--)
        {
            var value = Expression.Constant(values.GetValue(i), member.Type);
            result = Expression.Condition(Expression.Equal(member, value), Expression.Constant(i, typeof(int?)), result);
        }

        return result;
    }

    private static IOrderedQueryable<T> OrderBy<T>(IQueryable<T> query, IOrderedQueryable<T>? ordered, Expression key, ParameterExpression parameter, SortDirection direction)
    {
        var method = (ordered, direction) switch
        {
            (null, SortDirection.Asc) => QueryableMethods.OrderBy,
            (null, _) => QueryableMethods.OrderByDescending,
            (_, SortDirection.Asc) => QueryableMethods.ThenBy,
            _ => QueryableMethods.ThenByDescending,
        };
        var source = (IQueryable<T>?)ordered ?? query;
        var call = Expression.Call(method.MakeGenericMethod(typeof(T), key.Type), source.Expression, Expression.Quote(Expression.Lambda(key, parameter)));
        return (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
    }
}
