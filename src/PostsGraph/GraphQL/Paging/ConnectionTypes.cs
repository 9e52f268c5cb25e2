using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Limits;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.GraphQL.Paging;

// HotChocolate's connection shape: named after the field (posts -> PostsConnection, PostsEdge),
// nullable edges and nodes lists, totalCount counted only when selected.
public abstract class ConnectionType<T, TNodeType> : ObjectGraphType<Page<T>> where TNodeType : IGraphType
{
    protected ConnectionType(string fieldName)
    {
        var prefix = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        Name = $"{prefix}Connection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").InMemory().Description("Information to aid in pagination.").Resolve(ctx => ctx.Source);
        var edge = new ObjectGraphType<Edge<T>> { Name = $"{prefix}Edge", Description = "An edge in a connection." };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(ctx => ctx.Source.Cursor);
        edge.Field<NonNullGraphType<TNodeType>>("node").InMemory().Description("The item at the end of the edge.").Resolve(ctx => ctx.Source.Node);
        Field("edges", new ListGraphType(new NonNullGraphType(edge))).InMemory().Description("A list of edges.").Resolve(ctx => ctx.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").InMemory().Description("A flattened list of the nodes.").Resolve(ctx => ctx.Source.Edges.Select(e => e.Node).ToList());
        // A count query of its own: HotChocolate's cost of 10 for totalCount.
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Identifies the total count of items in the connection.")
            .Weighs(CostRule.ResolverCost)
            .ResolveAsync(async ctx => await ctx.Source.CountAsync(ctx.CancellationToken));
    }
}

public sealed class PostsConnectionType() : ConnectionType<Post, PostType>("posts");

public sealed class PageInfoType : ObjectGraphType<IPageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Indicates whether more edges exist following the set defined by the clients arguments.").Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Indicates whether more edges exist prior the set defined by the clients arguments.").Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("When paginating backwards, the cursor to continue.").Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("When paginating forwards, the cursor to continue.").Resolve(ctx => ctx.Source.EndCursor);
    }
}
