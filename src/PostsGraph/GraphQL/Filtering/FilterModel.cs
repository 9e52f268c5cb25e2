using System.Reflection;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PostsGraph.Data;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.GraphQL.Filtering;

public enum FilterFieldKind
{
    Scalar,
    Id,
    Object,
    ObjectList,
    ScalarList,
}

// One field of a filter or sort input: the GraphQL name, the entity property behind it, and the
// type of its values (the scalar, the element of a list, or the related entity).
// CanBeNull: the column can hold NULL (from the EF Core model), which sorting must place last.
public sealed record FilterField(string Name, FilterFieldKind Kind, PropertyInfo Property, Type ValueType, bool CanBeNull = false);

public sealed record FilterEntity(Type ClrType, string GraphName, IReadOnlyList<FilterField> Fields, PropertyInfo? NodeKey)
{
    public FilterField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

// The filterable shape of every entity the API exposes, found by matching each output type's
// fields with the EF Core model: a field is filterable and sortable when an entity property or
// navigation of the same name backs it. Built once; the input types and the translators read it.
public sealed class FilterModel
{
    public const string WholeListMetadata = "postsgraph.filtersAsWholeList";

    private static readonly HashSet<Type> Scalars =
        [typeof(string), typeof(int), typeof(decimal), typeof(double), typeof(bool), typeof(DateOnly)];

    private readonly Dictionary<Type, FilterEntity> _entities;

    private FilterModel(Dictionary<Type, FilterEntity> entities) => _entities = entities;

    public IEnumerable<FilterEntity> Entities => _entities.Values;

    public FilterEntity this[Type clrType] => _entities[clrType];

    // The GraphQL type whose node IDs an Id field holds: the entity whose key the field's property is.
    public string NodeTypeOf(FilterField field) => Entities.First(e => e.NodeKey == field.Property).GraphName;

    // From the EF Core model of the configured database and the output graph types of its entities
    // (`outputType` makes one, from the container that holds the schema's types).
    public static FilterModel Build(IModel model, Func<Type, IComplexGraphType> outputType)
    {
        var outputs = typeof(PostType).Assembly.GetTypes()
            .Where(t => !t.IsAbstract)
            .Select(t => (GraphType: t, Clr: ClrTypeOf(t)))
            .Where(o => o.Clr is not null && model.FindEntityType(o.Clr) is not null)
            .Select(o => (Output: outputType(o.GraphType), Clr: o.Clr!))
            .ToList();
        var exposed = outputs.Select(o => o.Clr).ToHashSet();
        var entities = outputs.ToDictionary(o => o.Clr, o => Describe(model.FindEntityType(o.Clr)!, o.Output, exposed));
        return new FilterModel(entities);
    }

    public static bool IsScalar(Type type) => Scalars.Contains(Underlying(type)) || Underlying(type).IsEnum;

    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static FilterEntity Describe(IEntityType entity, IComplexGraphType output, HashSet<Type> exposed)
    {
        var fields = new List<FilterField>();
        var nodeKey = output.GetMetadata<string?>(NodeFields.KeyMetadata) is { } key ? entity.ClrType.GetProperty(key) : null;
        // Expression fields keep the CLR name until the schema's name converter camel-cases them.
        // A field with arguments of its own is a view, not a property to filter on, unless it says
        // it filters as its whole list (Post.evidence, whose `field` only narrows what it shows);
        // `where` and `order` on a list, and paging on a connection, do not count.
        foreach (var name in output.Fields.Where(f => f.GetMetadata(WholeListMetadata, false)
            || (f.Arguments ?? []).All(a => a.Name is "where" or "order" or "first" or "after" or "last" or "before")).Select(f => Camel(f.Name)))
        {
            if (name == "id" && nodeKey is not null)
            {
                fields.Add(new FilterField("id", FilterFieldKind.Id, nodeKey, typeof(string)));
                continue;
            }

            var property = entity.ClrType.GetProperties().FirstOrDefault(p => NameOf(p) == name);
            if (property is null || (entity.FindProperty(property.Name) is null && entity.FindNavigation(property.Name) is null))
            {
                continue;
            }

            var type = property.PropertyType;
            var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
            if (IsScalar(type))
            {
                fields.Add(new FilterField(name, FilterFieldKind.Scalar, property, type, entity.FindProperty(property.Name)?.IsNullable ?? true));
            }
            else if (element is not null && IsScalar(element))
            {
                fields.Add(new FilterField(name, FilterFieldKind.ScalarList, property, element));
            }
            else if (element is not null && exposed.Contains(element))
            {
                fields.Add(new FilterField(name, FilterFieldKind.ObjectList, property, element));
            }
            else if (exposed.Contains(type))
            {
                fields.Add(new FilterField(name, FilterFieldKind.Object, property, type));
            }
        }

        return new FilterEntity(entity.ClrType, output.Name, fields, nodeKey);
    }

    // The GraphQL name of a property: [GraphQL.Name] where the API renames it, else camelCase.
    private static string NameOf(PropertyInfo property) =>
        property.GetCustomAttribute<global::GraphQL.NameAttribute>()?.Name ?? Camel(property.Name);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    // T of an ObjectGraphType<T> subclass; null for any other type.
    private static Type? ClrTypeOf(Type graphType)
    {
        for (var t = graphType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
