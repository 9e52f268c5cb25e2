using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PostsGraph.GraphQL.Limits;

// A field cost of Fixed + PerPost × (posts in the database), and a type cost of Types (HotChocolate's
// typeCost: one for each object the response may hold); sums and products saturate rather than overflow.
internal readonly record struct Cost(long Fixed, long PerPost, long Types = 0)
{
    public static Cost operator +(Cost a, Cost b) => new(Add(a.Fixed, b.Fixed), Add(a.PerPost, b.PerPost), Add(a.Types, b.Types));

    public static Cost operator *(long m, Cost c) => new(Multiply(m, c.Fixed), Multiply(m, c.PerPost), Multiply(m, c.Types));

    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}

// One walk of an operation for CostRule: each fragment is costed once for each page size it is
// spread under, and every `where` and `order` is measured on the way (FilterSize).
internal sealed class CostWalk(ValidationContext context, LimitOptions limits)
{
    private readonly FragmentMemo<long?, Cost> _fragments = new(context.Document);
    private readonly FilterSize _filters = new(limits, name => VariableValue(context, name));

    // A variable's value as the request gives it, or else its default in the operation (an AST
    // value): validation runs before GraphQL.NET fills in the defaults.
    private static object? VariableValue(ValidationContext context, string name) =>
        context.Variables?.TryGetValue(name, out var value) == true ? value
            : context.Operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name)?.DefaultValue;

    public Cost Selections(GraphQLSelectionSet? selections, IGraphType parent, long? pageSize)
    {
        var total = default(Cost);
        foreach (var selection in selections?.Selections ?? [])
        {
            total += selection switch
            {
                GraphQLField field => Field(field, parent, pageSize),
                GraphQLInlineFragment inline => Selections(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, pageSize),
                GraphQLFragmentSpread spread => Spread(spread, parent, pageSize),
                _ => default,
            };
        }

        return total;
    }

    private Cost Field(GraphQLField field, IGraphType parent, long? pageSize)
    {
        var definition = field.Name.StringValue switch
        {
            "__schema" => context.Schema.SchemaMetaFieldType,
            "__type" => context.Schema.TypeMetaFieldType,
            _ => (parent.GetNamedType() as IComplexGraphType)?.GetField(field.Name),
        };
        if (definition is null)
        {
            return default; // __typename, or a field validation refuses
        }

        var type = definition.ResolvedType!;
        var named = type.GetNamedType();
        var leaf = named is ScalarGraphType or EnumerationGraphType;
        var perPost = definition.GetMetadata(CostRule.PerPostKey, 0);
        var introspection = named.Name.StartsWith("__", StringComparison.Ordinal);
        // A leaf costs nothing unless it says so (totalCount, a count query); a composite field its resolver's cost.
        long weight = introspection ? (leaf ? 0 : 1) : CostWeights.Of(definition, leaf);
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            var name = argument.Name.StringValue;
            if (name == "search")
            {
                // A full-text search weighs as a string search in a filter does (it cannot use a plain index).
                weight = Cost.Add(weight, Filtering.FilterInputTypes.ExpensiveOperationCost);
                continue;
            }

            if (name is not ("where" or "order"))
            {
                continue;
            }

            // The argument's own cost, and each filter or sort operation's it holds.
            weight = Cost.Add(weight, Cost.Add(CostRule.ArgumentCost, InputCost(argument.Value, definition.Arguments?.Find(name)?.ResolvedType)));
            if (name == "where")
            {
                _filters.Where(argument.Value);
            }
            else
            {
                _filters.Order(argument.Value);
            }
        }

        var cost = new Cost(weight, perPost);
        if (leaf)
        {
            return cost;
        }

        // A connection's page size applies to its nodes and edges.
        var slice = Argument(field, "first") ?? Argument(field, "last");
        var childPageSize = definition.Arguments?.Find("first") is not null ? slice ?? CostRule.DefaultPageSize : (long?)null;
        var children = Selections(field.SelectionSet, named, childPageSize);
        var isList = type is ListGraphType || (type is NonNullGraphType { ResolvedType: ListGraphType });
        var multiplier = !isList || introspection ? 1 : field.Name.StringValue is "nodes" or "edges" && pageSize is { } size ? size : limits.AssumedListSize;
        // The field's objects count once each in the type cost, with what they select.
        return cost + multiplier * (children + new Cost(0, 0, 1));
    }

    // The cost of the operations in a where or order value: each input field's weight
    // (FilterInputTypes gives filter and sort operations theirs), written in the document or passed
    // in a variable (as GraphQL.NET read it, or its default), whatever the nesting.
    private long InputCost(object? value, IGraphType? type)
    {
        if (value is GraphQLVariable variable)
        {
            value = VariableValue(context, variable.Name.StringValue);
        }

        if (FilterSize.Items(value) is { } items)
        {
            return items.Aggregate(0L, (sum, item) => Cost.Add(sum, InputCost(item, type)));
        }

        return type?.GetNamedType() is IInputObjectGraphType input
            ? FilterSize.Fields(value).Aggregate(0L, (sum, f) => input.GetField(f.Name) is { } definition
                ? Cost.Add(sum, Cost.Add((long)definition.GetMetadata(CostRule.WeightKey, 0), InputCost(f.Value, definition.ResolvedType)))
                : sum)
            : 0;
    }

    private Cost Spread(GraphQLFragmentSpread spread, IGraphType parent, long? pageSize) =>
        _fragments.Of(spread.FragmentName.Name, pageSize, fragment => Selections(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parent, pageSize));

    private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : context.Schema.AllTypes[condition.Type.Name];

    // An Int argument written in the document or passed as a variable (or its default).
    // A value of the wrong type is left to validation and paging to refuse.
    private long? Argument(GraphQLField field, string name)
    {
        object? value = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value;
        if (value is GraphQLVariable variable)
        {
            value = VariableValue(context, variable.Name.StringValue);
        }

        return value switch
        {
            GraphQLIntValue literal => long.TryParse(literal.Value.Span, out var n) ? Math.Max(n, 0) : null,
            int n => Math.Max(n, 0),
            long n => Math.Max(n, 0),
            _ => null,
        };
    }
}
