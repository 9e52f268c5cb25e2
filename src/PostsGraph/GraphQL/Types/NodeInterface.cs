using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.GraphQL.Types;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque ID (HotChocolate format: Base64 of \"TypeName:key\").";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global ID.");
    }
}

public static class NodeFields
{
    // The name of the property a Node type's global ID is made from, so that filters on `id` can
    // compare keys in SQL.
    public const string KeyMetadata = "nodeKey";

    public static FieldBuilder<T, object> Id<T>(this ObjectGraphType<T> type, Expression<Func<T, string>> key)
    {
        var keyOf = key.Compile();
        type.Interface<NodeInterface>();
        var member = ((MemberExpression)key.Body).Member.Name;
        type.Metadata[KeyMetadata] = member;
        return type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global ID; stable across reloads of the same seed.")
            .Reads(member)
            .Resolve(ctx => GlobalId.Encode(type.Name, keyOf(ctx.Source)));
    }
}
