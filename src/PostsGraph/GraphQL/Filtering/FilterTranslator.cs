using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore.Query;
using PostsGraph.Data;

namespace PostsGraph.GraphQL.Filtering;

// Turns a `where` argument into one predicate over the entity, for EF Core to run in SQL.
// HotChocolate's semantics: the fields of one object are AND-ed, `and`/`or` take lists, a null
// operation value is ignored except `eq: null`/`neq: null` (IS NULL / IS NOT NULL), and a filter
// on a related object never matches an entity without that object.
public sealed class FilterTranslator(FilterModel model, IPostsDatabase database)
{
    private readonly bool _prefixAsRange = database.PrefixAsRange;

    public IQueryable<T> Apply<T>(IQueryable<T> query, IDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return query;
        }

        // The query's root: its EF Core model says which related fields are unique keys, and a
        // subquery must start from a root of the same DbContext.
        var root = RootOf(query.Expression);
        var parameter = Expression.Parameter(typeof(T), "e");
        var body = Object(model[typeof(T)], parameter, where, root);
        return body is null ? query : query.Where(Expression.Lambda<Func<T, bool>>(body, parameter));
    }

    private Expression? Object(FilterEntity entity, Expression target, IDictionary<string, object?> input, EntityQueryRootExpression? root)
    {
        var parts = new List<Expression?>();
        foreach (var (name, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            parts.Add(name switch
            {
                "and" => All(Items(value).Select(item => Object(entity, target, (IDictionary<string, object?>)item!, root))),
                "or" => Any(Items(value).Select(item => Object(entity, target, (IDictionary<string, object?>)item!, root))),
                _ => Field(entity.Field(name) ?? throw new InvalidOperationException($"{entity.GraphName} has no filter field {name}."), target, (IDictionary<string, object?>)value, root),
            });
        }

        return All(parts);
    }

    private Expression? Field(FilterField field, Expression target, IDictionary<string, object?> input, EntityQueryRootExpression? root)
    {
        var member = Expression.Property(target, field.Property);
        switch (field.Kind)
        {
            case FilterFieldKind.Object:
                return ByUniqueKey(field, target, input, root) ?? (Object(model[field.ValueType], member, input, root) is { } inner
                    ? Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), inner)
                    : null);
            case FilterFieldKind.ObjectList:
                return List(member, field.ValueType, input, (element, filter) => Object(model[field.ValueType], element, filter, root));
            case FilterFieldKind.ScalarList:
                return List(member, field.ValueType, input, Scalar);
            case FilterFieldKind.Id:
                return Scalar(member, input.ToDictionary(o => o.Key, o => Keys(o.Value, field)));
            default:
                return Scalar(member, input);
        }
    }

    // `grade: { code: { eq: "P-4" } }` on a post as "GradeId" IS NOT NULL AND "GradeId" = (SELECT
    // "Id" FROM "Grades" WHERE "Code" = @p LIMIT 1): the same posts as the join (a post without a
    // grade matches neither), but the database sees one value for the foreign key, so it can read
    // an index that starts with it in order; PostgreSQL does not carry an index's order through the
    // join. The IS NOT NULL test comes first so that EF Core compares the two plainly, without the
    // "both NULL" case it would otherwise add. Only for one `eq` on a unique column of a relation
    // whose foreign key the filtered entity holds.
    private Expression? ByUniqueKey(FilterField field, Expression target, IDictionary<string, object?> input, EntityQueryRootExpression? root)
    {
        if (target is not ParameterExpression
            || root is not { QueryProvider: { } provider }
            || root.EntityType.Model.FindEntityType(target.Type)?.FindNavigation(field.Property.Name) is not { IsCollection: false, IsOnDependent: true } navigation
            || navigation.ForeignKey.Properties is not [{ PropertyInfo: { } foreignKey }]
            || navigation.ForeignKey.PrincipalKey.Properties is not [{ PropertyInfo: { } principalKey }]
            || input.Count != 1
            || input.Single() is not (var name, IDictionary<string, object?> { Count: 1 } operations)
            || !operations.TryGetValue("eq", out var value) || value is null
            || model[field.ValueType].Field(name) is not { Kind: FilterFieldKind.Scalar, Property: var property })
        {
            return null;
        }

        var related = navigation.TargetEntityType;
        var column = related.FindProperty(property.Name);
        if (column is null
            || !(column.IsKey() || related.GetIndexes().Any(i => i.IsUnique && i.Properties.Count == 1 && i.Properties[0] == column)))
        {
            return null;
        }

        var row = Expression.Parameter(related.ClrType, "r");
        var keyType = Nullable(principalKey.PropertyType);
        // EF Core's own Queryable method handles: looking the methods up by name on every request cost
        // more than building the rest of the filter.
        var matching = Expression.Call(QueryableMethods.Where.MakeGenericMethod(related.ClrType), new EntityQueryRootExpression(provider, related),
            Expression.Quote(Expression.Lambda(Expression.Equal(Expression.Property(row, property), Value(value, property.PropertyType)), row)));
        var keys = Expression.Call(QueryableMethods.Select.MakeGenericMethod(related.ClrType, keyType), matching, Expression.Quote(Expression.Lambda(Expression.Convert(Expression.Property(row, principalKey), keyType), row)));
        var key = Expression.Call(QueryableMethods.FirstOrDefaultWithoutPredicate.MakeGenericMethod(keyType), keys);
        Expression reference = Expression.Property(target, foreignKey);
        reference = reference.Type == keyType ? reference : Expression.Convert(reference, keyType);
        return Expression.AndAlso(Expression.NotEqual(reference, Expression.Constant(null, keyType)), Expression.Equal(reference, key));
    }

    private static EntityQueryRootExpression? RootOf(Expression expression)
    {
        while (true)
        {
            switch (expression)
            {
                case EntityQueryRootExpression root:
                    return root;
                case MethodCallExpression { Arguments.Count: > 0 } call:
                    expression = call.Arguments[0];
                    break;
                default:
                    return null;
            }
        }
    }

    // The list operations (`all none some` take the element's filter, `any` a Boolean).
    private static Expression? List(Expression member, Type element, IDictionary<string, object?> input, Func<Expression, IDictionary<string, object?>, Expression?> elementFilter)
    {
        var parts = new List<Expression?>();
        var parameter = Expression.Parameter(element, "x");
        foreach (var (name, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            if (name == "any")
            {
                var any = Call(nameof(Enumerable.Any), element, member);
                parts.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            if (elementFilter(parameter, (IDictionary<string, object?>)value) is not { } predicate)
            {
                continue;
            }

            var lambda = Expression.Lambda(predicate, parameter);
            parts.Add(name switch
            {
                "some" => Call(nameof(Enumerable.Any), element, member, lambda),
                "none" => Expression.Not(Call(nameof(Enumerable.Any), element, member, lambda)),
                _ => Call(nameof(Enumerable.All), element, member, lambda),
            });
        }

        return All(parts);
    }

    private Expression? Scalar(Expression member, IDictionary<string, object?> input)
    {
        var parts = new List<Expression?>();
        foreach (var (name, value) in input)
        {
            switch (name)
            {
                case "and":
                    parts.Add(value is null ? null : All(Items(value).Select(item => Scalar(member, (IDictionary<string, object?>)item!))));
                    continue;
                case "or":
                    parts.Add(value is null ? null : Any(Items(value).Select(item => Scalar(member, (IDictionary<string, object?>)item!))));
                    continue;
                case "eq" or "neq" when value is null:
                    var nullable = Nullable(member.Type);
                    var isNull = Expression.Equal(member.Type == nullable ? member : Expression.Convert(member, nullable), Expression.Constant(null, nullable));
                    parts.Add(name == "eq" ? isNull : Expression.Not(isNull));
                    continue;
            }

            if (value is null)
            {
                continue;
            }

            parts.Add(name switch
            {
                "eq" => Expression.Equal(member, Value(value, member.Type)),
                "neq" => Expression.NotEqual(member, Value(value, member.Type)),
                "in" => In(member, value),
                "nin" => Expression.Not(In(member, value)),
                "gt" => Expression.GreaterThan(member, Value(value, member.Type)),
                "ngt" => Expression.Not(Expression.GreaterThan(member, Value(value, member.Type))),
                "gte" => Expression.GreaterThanOrEqual(member, Value(value, member.Type)),
                "ngte" => Expression.Not(Expression.GreaterThanOrEqual(member, Value(value, member.Type))),
                "lt" => Expression.LessThan(member, Value(value, member.Type)),
                "nlt" => Expression.Not(Expression.LessThan(member, Value(value, member.Type))),
                "lte" => Expression.LessThanOrEqual(member, Value(value, member.Type)),
                "nlte" => Expression.Not(Expression.LessThanOrEqual(member, Value(value, member.Type))),
                "contains" => Text(member, nameof(string.Contains), value),
                "ncontains" => Expression.Not(Text(member, nameof(string.Contains), value)),
                "startsWith" => Prefix(member, value),
                "nstartsWith" => Expression.Not(Prefix(member, value)),
                "endsWith" => Text(member, nameof(string.EndsWith), value),
                "nendsWith" => Expression.Not(Text(member, nameof(string.EndsWith), value)),
                _ => throw new InvalidOperationException($"Unknown filter operation {name}."),
            });
        }

        return All(parts);
    }

    private Expression Prefix(Expression member, object value)
    {
        var startsWith = Text(member, nameof(string.StartsWith), value);
        if (!_prefixAsRange || value is not string prefix)
        {
            return startsWith;
        }

        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        var zero = Expression.Constant(0);
        return Expression.AndAlso(startsWith, Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(compare, member, Value(prefix, typeof(string))), zero),
            Expression.LessThan(Expression.Call(compare, member, Value(prefix + char.ConvertFromUtf32(0x10FFFF), typeof(string))), zero)));
    }

    // A string test never matches a missing value, so its negation does.
    private static Expression Text(Expression member, string method, object value) =>
        Expression.AndAlso(
            Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            Expression.Call(member, typeof(string).GetMethod(method, [typeof(string)])!, Value(value, typeof(string))));

    private static Expression In(Expression member, object value)
    {
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in Items(value))
        {
            list.Add(item is null ? null : Convert(item, member.Type));
        }

        return Call(nameof(Enumerable.Contains), member.Type, Parameter(list, listType), member);
    }

    // Values go to SQL as parameters, not literals, so EF Core reuses one plan per query shape.
    private static Expression Value(object value, Type type) => Parameter(Convert(value, type), type);

    private static string Text(string value) => FilterText.Problem(value) is { } problem
        ? throw new ExecutionError($"A filter's text {problem}.") { Code = ErrorCodes.InvalidArgument }
        : value;

    private static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    private static object Convert(object value, Type type)
    {
        var target = FilterModel.Underlying(type);
        if (value is string text)
        {
            value = Text(text);
        }

        return value.GetType() == target ? value : target.IsEnum ? Enum.ToObject(target, value) : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private object? Keys(object? value, FilterField field)
    {
        var type = model.NodeTypeOf(field);
        string KeyOf(string? id) => GlobalId.KeyOf(id, type);
        // An ID may be written as an Int; no node has such an ID, and KeyOf says so.
        return value switch
        {
            null => null,
            string id => KeyOf(id),
            // A null item matches no node (every node has an ID), as in a list of strings.
            IEnumerable ids => Items(ids).Select(id => id is null ? null : KeyOf(id.ToString())).ToList(),
            _ => KeyOf(value.ToString()),
        };
    }

    private static MethodCallExpression Call(string method, Type element, params Expression[] arguments) =>
        Expression.Call(typeof(Enumerable), method, [element], arguments);

    private static Type Nullable(Type type) => type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private static IEnumerable<object?> Items(object value) => ((IEnumerable)value).Cast<object?>();

    private static Expression? All(IEnumerable<Expression?> parts) => Balanced([.. parts.OfType<Expression>()], Expression.AndAlso);

    private static Expression? Any(IEnumerable<Expression?> parts) => Balanced([.. parts.OfType<Expression>()], Expression.OrElse);

    // Joins the parts as a balanced tree: a long `or` list nests log2(n) deep, not n deep, so neither
    // EF Core's visitors nor the database's expression depth limit see a chain as long as the list.
    private static Expression? Balanced(List<Expression> parts, Func<Expression, Expression, BinaryExpression> join)
    {
        return parts.Count == 0 ? null : Join(0, parts.Count);

        Expression Join(int from, int to) => to - from == 1 ? parts[from] : join(Join(from, (from + to) / 2), Join((from + to) / 2, to));
    }

    private sealed record Box<T>(T Value);
}
