using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.Export;
using PostsGraph.GraphQL.Comparison;
using PostsGraph.GraphQL.Statistics;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Paging;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NodeInterface>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .ResolveAsync(async ctx => (await Nodes.LoadAsync(ctx, [ctx.GetArgument<string>("id")]))[0]);
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Lookup nodes by a list of IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .ResolveAsync(async ctx => await Nodes.LoadAsync(ctx, ctx.GetArgument<List<string>>("ids")));

        Field<PostsConnectionType>("posts")
            .Description("Posts, filtered by `where`, ordered by `order` (by key when none is given), a page at a time.")
            .PagingArguments()
            .Filterable(typeof(Post))
            .ResolveAsync(async ctx =>
            {
                var page = await CursorPaging.PageAsync(
                    Db(ctx),
                    () => ctx.Filtered(Db(ctx).Posts, [Order("key")]),
                    posts => posts.Selecting(Db(ctx), ctx.Schema, Lookahead.SelectedFields(ctx, connection: true)),
                    ctx,
                    ctx.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value);
                return page;
            });
        Field<PostType>("post")
            .Description("The post with this global ID; null if there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A Post's global ID.")
            .ResolveAsync(async ctx => (await Nodes.LoadAsync(ctx, [ctx.GetArgument<string>("id")], "Post"))[0]);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostGroupType>>>>("postStatistics")
            .Description("Statistics of the posts `where` selects, grouped by the values in `groupBy` (one group of all of them when it is empty). Pay is never combined across currencies: each group reports one pay line per currency, and counts the posts that state no pay.")
            .FilterArgument(typeof(Post), "The same filter as `posts`.")
            .Argument<ListGraphType<NonNullGraphType<PostGroupByType>>>("groupBy", "What to group by, in order.")
            .ResolveAsync(async ctx => await PostStatistics.ComputeAsync(ctx));

        Field<NonNullGraphType<PostComparisonType>>("comparePosts")
            .Description("Two to ten posts side by side, attribute by attribute, with the evidence behind every value.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The posts' global IDs, in the order to show them.")
            .ResolveAsync(async ctx => await PostComparer.CompareAsync(ctx, ctx.GetArgument<List<string>>("ids")));

        this.AddExportField();

        Listing<Organisation, OrganisationType>("organisations", "Organisations in the reference data (by acronym unless `order` says otherwise).", db => db.Organisations, Order("acronym"));
        Listing<Unit, UnitType>("units", "Organisational units that posts sit in (by key: organisation, then the chain of names).", db => db.Units, Order("key"));
        Listing<Grade, GradeType>("grades", "The common-system grade catalogue (by category, then level).", db => db.Grades, Order("category"), Order("level"));
        Listing<DutyStation, DutyStationType>("dutyStations", "Duty stations in the reference data (by key).", db => db.DutyStations, Order("key"));
    }

    private void Listing<T, TGraphType>(string name, string description, Func<PostsDbContext, IQueryable<T>> set, params object?[] defaults)
        where TGraphType : IGraphType
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Filterable(typeof(T))
            .ResolveAsync(async ctx => await ctx.Filtered(set(Db(ctx)), defaults).ToListAsync(ctx.CancellationToken));
    }

    private static Dictionary<string, object?> Order(string field) => new() { [field] = SortDirection.Asc };

    private static PostsDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PostsDbContext>();
}
