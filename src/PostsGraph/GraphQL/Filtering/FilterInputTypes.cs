using GraphQL.Types;

namespace PostsGraph.GraphQL.Filtering;

// Builds HotChocolate.Data's input types from the filter model: `<Entity>FilterInput`,
// `<Entity>SortInput`, the scalar `…OperationFilterInput`s and the list filters, named and shaped
// as HotChocolate 13-15 names and shapes them by default.
public static class FilterInputTypes
{
    public static string FilterInputName(string graphName) => $"{graphName}FilterInput";

    public static string SortInputName(string graphName) => $"{graphName}SortInput";

    public static IEnumerable<IGraphType> Create(FilterModel model)
    {
        var types = new Dictionary<string, IGraphType> { ["SortEnumType"] = new SortEnumType() };

        void Register(IGraphType type) => types.TryAdd(type.Name, type);

        foreach (var entity in model.Entities)
        {
            var filter = new InputObjectGraphType { Name = FilterInputName(entity.GraphName) };
            filter.AddField(ListOf(filter.Name, "and"));
            filter.AddField(ListOf(filter.Name, "or"));
            var sort = new InputObjectGraphType { Name = SortInputName(entity.GraphName) };
            foreach (var field in entity.Fields)
            {
                var operations = field.Kind switch
                {
                    FilterFieldKind.Id => Operations(types, "ID", typeof(string), identifier: true),
                    FilterFieldKind.Scalar => Operations(types, ScalarName(field.ValueType), field.ValueType),
                    FilterFieldKind.ScalarList => ScalarList(types, Operations(types, ScalarName(field.ValueType), field.ValueType)),
                    FilterFieldKind.ObjectList => ObjectList(types, FilterInputName(model[field.ValueType].GraphName)),
                    _ => FilterInputName(model[field.ValueType].GraphName),
                };
                filter.AddField(new FieldType { Name = field.Name, ResolvedType = new GraphQLTypeReference(operations) });
                var order = field.Kind switch
                {
                    FilterFieldKind.Id or FilterFieldKind.Scalar => "SortEnumType",
                    FilterFieldKind.Object => SortInputName(model[field.ValueType].GraphName),
                    _ => null,
                };
                if (order is not null)
                {
                    var step = new FieldType { Name = field.Name, ResolvedType = new GraphQLTypeReference(order) };
                    sort.AddField(order == "SortEnumType" ? Weighed(step, OperationCost) : step);
                }
            }

            Register(filter);
            Register(sort);
        }

        return types.Values;
    }

    public static string ScalarName(Type type)
    {
        var t = FilterModel.Underlying(type);
        return t.IsEnum ? t.Name : t == typeof(string) ? "String" : t == typeof(int) ? "Int" : t == typeof(decimal) ? "Decimal"
            : t == typeof(double) ? "Float" : t == typeof(bool) ? "Boolean" : t == typeof(DateOnly) ? Types.LocalDateGraphType.TypeName
            : throw new NotSupportedException($"No filter operations for {t}.");
    }

    // The operation input of one scalar, with exactly HotChocolate's operators for its kind.
    private static string Operations(Dictionary<string, IGraphType> types, string scalar, Type clrType, bool identifier = false)
    {
        var name = identifier ? "IdOperationFilterInput" : $"{scalar}OperationFilterInput";
        if (types.ContainsKey(name))
        {
            return name;
        }

        var type = new InputObjectGraphType { Name = name };
        var t = FilterModel.Underlying(clrType);
        var isString = t == typeof(string) && !identifier;
        if (isString)
        {
            type.AddField(ListOf(name, "and"));
            type.AddField(ListOf(name, "or"));
        }

        Add(type, scalar, "eq", "neq");
        if (isString)
        {
            Add(type, scalar, ExpensiveOperationCost, "contains", "ncontains");
        }

        if (t != typeof(bool))
        {
            // Enum lists take non-null items; the other scalars' lists, IDs' included, take nullable ones (HotChocolate 15).
            var item = t.IsEnum ? (IGraphType)new NonNullGraphType(new GraphQLTypeReference(scalar)) : new GraphQLTypeReference(scalar);
            type.AddField(Weighed(new FieldType { Name = "in", ResolvedType = new ListGraphType(item) }, OperationCost));
            type.AddField(Weighed(new FieldType { Name = "nin", ResolvedType = new ListGraphType(item) }, OperationCost));
        }

        if (isString)
        {
            Add(type, scalar, ExpensiveOperationCost, "startsWith", "nstartsWith", "endsWith", "nendsWith");
        }
        else if (!t.IsEnum && t != typeof(bool) && !identifier)
        {
            Add(type, scalar, "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte");
        }

        types[name] = type;
        return name;
    }

    private static string ScalarList(Dictionary<string, IGraphType> types, string operations) =>
        ListInput(types, $"List{operations}", operations);

    private static string ObjectList(Dictionary<string, IGraphType> types, string filter) =>
        ListInput(types, $"ListFilterInputTypeOf{filter}", filter);

    private static string ListInput(Dictionary<string, IGraphType> types, string name, string element)
    {
        if (!types.ContainsKey(name))
        {
            var type = new InputObjectGraphType { Name = name };
            Add(type, element, "all", "none", "some");
            type.AddField(Weighed(new FieldType { Name = "any", ResolvedType = new GraphQLTypeReference("Boolean") }, OperationCost));
            types[name] = type;
        }

        return name;
    }

    private static void Add(InputObjectGraphType type, string valueType, params string[] names) =>
        Add(type, valueType, OperationCost, names);

    private static void Add(InputObjectGraphType type, string valueType, int cost, params string[] names)
    {
        foreach (var name in names)
        {
            type.AddField(Weighed(new FieldType { Name = name, ResolvedType = new GraphQLTypeReference(valueType) }, cost));
        }
    }

    // HotChocolate's cost of a filter or sort operation: 10, and 20 for the string searches that
    // cannot use an index (contains, startsWith, endsWith and their negations). CostWalk adds it for
    // each operation a where or order holds; the schema prints it as @cost.
    public const int OperationCost = 10;
    public const int ExpensiveOperationCost = 20;

    private static FieldType Weighed(FieldType field, int cost)
    {
        field.Metadata[Limits.CostRule.WeightKey] = cost;
        return field;
    }

    private static FieldType ListOf(string self, string name) =>
        new() { Name = name, ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(self))) };
}

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType() => Name = "SortEnumType";
}
