using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Limits;
using PostsGraph.Seed;

namespace PostsGraph.Export;

public sealed class ExportArgumentException(string message) : Exception(message);

// Reads `where` and `order` written as JSON (a URL parameter, a CLI switch) into the values the
// GraphQL layer would pass for the same input to `posts`, checked against the same filter model:
// an unknown field or a value of the wrong kind is refused with the path to it.
// They are measured against the same Limits as a GraphQL request's, and IDs are decoded here, so an
// export refuses a bad argument before it writes its first byte.
public sealed class ExportArguments(FilterModel model, IOptions<LimitOptions> limits)
{
    private static readonly HashSet<string> ScalarOperations =
        ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    public Dictionary<string, object?>? Where(string? json, Type entity)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        var where = Object(Parse(json, "where"), model[entity], "where");
        Measure(size => size.Where(where));
        return where;
    }

    public List<object?>? Order(string? json, Type entity)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        var root = Parse(json, "order");
        var steps = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        List<object?> order = [.. steps.Select((step, i) => (object?)Sort(step, model[entity], $"order[{i}]"))];
        Measure(size => size.Order(order));
        return order;
    }

    private void Measure(Action<FilterSize> measure)
    {
        try
        {
            measure(new FilterSize(limits.Value));
        }
        catch (FilterLimitException e)
        {
            throw new ExportArgumentException(e.Message);
        }
    }

    private static JsonElement Parse(string json, string name)
    {
        try
        {
            return JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException e)
        {
            throw new ExportArgumentException($"{name}: not valid JSON ({e.Message})");
        }
    }

    private Dictionary<string, object?> Object(JsonElement json, FilterEntity entity, string path)
    {
        var result = new Dictionary<string, object?>();
        foreach (var property in Properties(json, path))
        {
            var at = $"{path}.{property.Name}";
            if (property.Name is "and" or "or")
            {
                result[property.Name] = Items(property.Value, at).Select((item, i) => (object?)Object(item, entity, $"{at}[{i}]")).ToList();
                continue;
            }

            var field = entity.Field(property.Name) ?? throw new ExportArgumentException($"{at}: {entity.GraphName} has no such field");
            result[property.Name] = field.Kind switch
            {
                FilterFieldKind.Object => Object(property.Value, model[field.ValueType], at),
                FilterFieldKind.ObjectList => List(property.Value, at, (item, p) => Object(item, model[field.ValueType], p)),
                FilterFieldKind.ScalarList => List(property.Value, at, (item, p) => Scalar(item, field.ValueType, p)),
                FilterFieldKind.Id => Ids(Scalar(property.Value, typeof(string), at), field, at),
                _ => Scalar(property.Value, field.ValueType, at),
            };
        }

        return result;
    }

    private static Dictionary<string, object?> List(JsonElement json, string path, Func<JsonElement, string, object?> element)
    {
        var result = new Dictionary<string, object?>();
        foreach (var property in Properties(json, path))
        {
            var at = $"{path}.{property.Name}";
            result[property.Name] = property.Name switch
            {
                "all" or "none" or "some" => element(property.Value, at),
                "any" when property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False => property.Value.GetBoolean(),
                "any" => throw new ExportArgumentException($"{at}: expected true or false"),
                _ => throw new ExportArgumentException($"{at}: unknown list operation; use all, none, some or any"),
            };
        }

        return result;
    }

    // Every ID names a node of the type the field refers to.
    private Dictionary<string, object?> Ids(Dictionary<string, object?> operations, FilterField field, string path)
    {
        var type = model.NodeTypeOf(field);
        foreach (var (operation, value) in operations)
        {
            var ids = value is List<object?> list ? list : [value];
            foreach (var id in ids.OfType<string>().Where(id => !GraphQL.GlobalId.TryKeyOf(id, type, out _)))
            {
                throw new ExportArgumentException($"{path}.{operation}: \"{id}\" is not a valid {type} ID");
            }
        }

        return operations;
    }

    private static Dictionary<string, object?> Scalar(JsonElement json, Type type, string path)
    {
        var result = new Dictionary<string, object?>();
        foreach (var property in Properties(json, path))
        {
            var at = $"{path}.{property.Name}";
            if (property.Name is "and" or "or" && type == typeof(string))
            {
                result[property.Name] = Items(property.Value, at).Select((item, i) => (object?)Scalar(item, type, $"{at}[{i}]")).ToList();
            }
            else if (!ScalarOperations.Contains(property.Name))
            {
                throw new ExportArgumentException($"{at}: unknown operation");
            }
            else if (property.Name is "in" or "nin")
            {
                result[property.Name] = Items(property.Value, at).Select((item, i) => Value(item, type, $"{at}[{i}]")).ToList();
            }
            else
            {
                result[property.Name] = Value(property.Value, type, at);
            }
        }

        return result;
    }

    private Dictionary<string, object?> Sort(JsonElement json, FilterEntity entity, string path)
    {
        var result = new Dictionary<string, object?>();
        foreach (var property in Properties(json, path))
        {
            var at = $"{path}.{property.Name}";
            var field = entity.Field(property.Name) ?? throw new ExportArgumentException($"{at}: {entity.GraphName} has no such field");
            result[property.Name] = field.Kind switch
            {
                FilterFieldKind.Object => Sort(property.Value, model[field.ValueType], at),
                FilterFieldKind.Scalar or FilterFieldKind.Id => property.Value.GetString() switch
                {
                    "ASC" => SortDirection.Asc,
                    "DESC" => SortDirection.Desc,
                    _ => throw new ExportArgumentException($"{at}: expected \"ASC\" or \"DESC\""),
                },
                _ => throw new ExportArgumentException($"{at}: lists cannot be sorted by"),
            };
        }

        return result;
    }

    private static object? Value(JsonElement json, Type type, string path)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var t = FilterModel.Underlying(type);
        try
        {
            return t switch
            {
                _ when t == typeof(string) && json.ValueKind == JsonValueKind.String && FilterText.Problem(json.GetString()!) is { } problem =>
                    throw new ExportArgumentException($"{path}: text {problem}"),
                _ when t == typeof(string) && json.ValueKind == JsonValueKind.String => json.GetString(),
                _ when t == typeof(int) && json.ValueKind == JsonValueKind.Number => json.GetInt32(),
                _ when t == typeof(decimal) && json.ValueKind == JsonValueKind.Number => json.GetDecimal(),
                _ when t == typeof(double) && json.ValueKind == JsonValueKind.Number => json.GetDouble(),
                _ when t == typeof(bool) && json.ValueKind is JsonValueKind.True or JsonValueKind.False => json.GetBoolean(),
                _ when t == typeof(DateOnly) && json.ValueKind == JsonValueKind.String =>
                    DateOnly.ParseExact(json.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ when t.IsEnum && json.ValueKind == JsonValueKind.String => EnumValue(t, json.GetString()!, path),
                _ => throw new ExportArgumentException($"{path}: expected {FilterInputTypes.ScalarName(t)}, found {json.ValueKind.ToString().ToLowerInvariant()}"),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw new ExportArgumentException($"{path}: {json} is not a valid {FilterInputTypes.ScalarName(t)}");
        }
    }

    private static object EnumValue(Type type, string name, string path)
    {
        var names = typeof(EnumNames<>).MakeGenericType(type).GetProperty(nameof(EnumNames<PostsGraph.Data.Entities.Necessity>.All))!.GetValue(null)!;
        var all = ((System.Collections.IDictionary)names);
        return all.Contains(name)
            ? all[name]!
            : throw new ExportArgumentException($"{path}: unknown {type.Name} \"{name}\"; expected one of {string.Join(", ", all.Keys.Cast<string>())}");
    }

    private static IEnumerable<JsonProperty> Properties(JsonElement json, string path) =>
        json.ValueKind == JsonValueKind.Object ? json.EnumerateObject() : throw new ExportArgumentException($"{path}: expected an object");

    private static IEnumerable<JsonElement> Items(JsonElement json, string path) =>
        json.ValueKind == JsonValueKind.Array ? json.EnumerateArray() : throw new ExportArgumentException($"{path}: expected a list");
}
