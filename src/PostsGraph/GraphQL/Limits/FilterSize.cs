using System.Collections;
using GraphQLParser.AST;

namespace PostsGraph.GraphQL.Limits;

public sealed class FilterLimitException(string code, string message, string limitName, int limit) : Exception(message)
{
    public string Code { get; } = code;

    public string LimitName { get; } = limitName;

    public int Limit { get; } = limit;
}

// Measures `where` and `order` arguments against Limits before they are translated, in whichever form
// they come: written in the document (AST values, variables resolved), or already read (dictionaries
// and lists, from variables or an export's URL). One instance per request: conditions add up across
// all its arguments. The structure's own nesting is bounded by the document's or the JSON's depth.
public sealed class FilterSize(LimitOptions limits, Func<string, object?>? variable = null)
{
    public int Conditions { get; private set; }

    public void Where(object? value) => Object(value, 0);

    public void Order(object? value)
    {
        var steps = Items(Resolve(value))?.Count() ?? (Resolve(value) is null ? 0 : 1);
        if (steps > limits.MaxSortFields)
        {
            throw new FilterLimitException(ErrorCodes.SortTooManyFields, $"`order` has {steps} steps; at most {limits.MaxSortFields} are allowed.", "maxSortFields", limits.MaxSortFields);
        }
    }

    private void Object(object? value, int nesting)
    {
        foreach (var (name, field) in Fields(Resolve(value)))
        {
            var resolved = Resolve(field);
            switch (name)
            {
                case "and" or "or":
                    Deeper(nesting);
                    foreach (var item in Items(resolved) ?? [])
                    {
                        Object(item, nesting + 1);
                    }

                    break;
                case "in" or "nin" when Items(resolved) is { } items:
                    var count = items.Count();
                    if (count > limits.MaxFilterListItems)
                    {
                        throw new FilterLimitException(ErrorCodes.FilterListTooLong, $"`{name}` has {count} items; at most {limits.MaxFilterListItems} are allowed.", "maxListItems", limits.MaxFilterListItems);
                    }

                    Add(count);
                    break;
                case var _ when IsObject(resolved):
                    Deeper(nesting);
                    Object(resolved, nesting + 1);
                    break;
                case var _ when resolved is not null and not GraphQLNullValue:
                    Add(1);
                    break;
            }
        }
    }

    // Each level is a join or a subquery for the database (SQLite allows 64 tables in a join).
    private void Deeper(int nesting)
    {
        if (nesting + 1 > limits.MaxFilterNesting)
        {
            throw new FilterLimitException(ErrorCodes.FilterTooDeep, $"`where` is nested more than the {limits.MaxFilterNesting} levels allowed (each object and each `and`/`or` is a level).", "maxNesting", limits.MaxFilterNesting);
        }
    }

    private void Add(int conditions)
    {
        Conditions += conditions;
        if (Conditions > limits.MaxFilterConditions)
        {
            throw new FilterLimitException(ErrorCodes.FilterTooManyConditions, $"The request's filters have more than the {limits.MaxFilterConditions} conditions allowed.", "maxConditions", limits.MaxFilterConditions);
        }
    }

    private object? Resolve(object? value) =>
        value is GraphQLVariable v && variable is not null ? variable(v.Name.StringValue) : value;

    private static bool IsObject(object? value) => value is GraphQLObjectValue or IDictionary;

    // An input object's fields and a list's items, whether written in the document (AST values) or
    // already read (dictionaries and lists): CostWalk reads input values through these too.
    internal static IEnumerable<(string Name, object? Value)> Fields(object? value) => value switch
    {
        GraphQLObjectValue o => (o.Fields ?? []).Select(f => (f.Name.StringValue, (object?)f.Value)),
        IDictionary<string, object?> d => d.Select(p => (p.Key, p.Value)),
        _ => [],
    };

    internal static IEnumerable<object?>? Items(object? value) => value switch
    {
        GraphQLListValue l => l.Values ?? [],
        string => null,
        IEnumerable e and not IDictionary => e.Cast<object?>(),
        _ => null,
    };
}
