using GraphQL.Types;

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
    public static void Id<T>(this ObjectGraphType<T> type, Func<T, string> key)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global ID; stable across reloads of the same seed.")
            .Resolve(ctx => GlobalId.Encode(type.Name, key(ctx.Source)));
    }
}
