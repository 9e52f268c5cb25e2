using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostType>>>>("posts")
            .Description("All posts, by key.")
            .ResolveAsync(async ctx => await Db(ctx).Posts.OrderBy(p => p.Key).ToListAsync(ctx.CancellationToken));
        Field<PostType>("post")
            .Description("The post with this global ID; null if there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A Post's global ID.")
            .ResolveAsync(async ctx =>
            {
                var key = KeyOf(ctx.GetArgument<string>("id"), "Post");
                return await Db(ctx).Posts.SingleOrDefaultAsync(p => p.Key == key, ctx.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations")
            .Description("All organisations in the reference data, by acronym.")
            .ResolveAsync(async ctx => await Db(ctx).Organisations.OrderBy(o => o.Acronym).ToListAsync(ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("units")
            .Description("All organisational units that posts sit in, by key (organisation, then the chain of names).")
            .ResolveAsync(async ctx => await Db(ctx).Units.OrderBy(u => u.Key).ToListAsync(ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeType>>>>("grades")
            .Description("The common-system grade catalogue, by category and level.")
            .ResolveAsync(async ctx => (await Db(ctx).Grades.ToListAsync(ctx.CancellationToken)).OrderBy(g => g.Category).ThenBy(g => g.Level).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DutyStationType>>>>("dutyStations")
            .Description("All duty stations in the reference data, by key.")
            .ResolveAsync(async ctx => await Db(ctx).DutyStations.OrderBy(d => d.Key).ToListAsync(ctx.CancellationToken));
    }

    private static PostsDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PostsDbContext>();

    private static string KeyOf(string id, string typeName) =>
        GlobalId.TryDecode(id, out var type, out var key) && type == typeName
            ? key
            : throw new ExecutionError($"\"{id}\" is not a valid {typeName} ID.") { Code = "INVALID_ID" };
}
