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
using PostsGraph.Search;

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
            .Description("Posts, filtered by `where`, ordered by `order` (by key when none is given; with `search`, by relevance, ties in the order the posts were loaded), a page at a time.")
            .PagingArguments()
            .Argument<StringGraphType>("search",
                "Only posts whose title, duties, requirements, conditions or competencies hold every word and \"quoted phrase\" given (at most 10, in at most 200 characters), in any case, with or without accents, and in other forms of the word (protection, protective). Only spaces: no search. Each post's `matches` say where.")
            .Filterable(typeof(Post))
            .ResolveAsync(async ctx =>
            {
                var search = SearchQuery.From(ctx);
                if (search is not null)
                {
                    await SearchEngine.For(Db(ctx)).CheckAsync(Db(ctx), search, ctx.CancellationToken);
                    SearchMatches.Register(ctx, search);
                    if (ctx.GetArgument<List<object?>?>("order") is not { Count: > 0 })
                    {
                        return await RankedPageAsync(ctx, search);
                    }
                }

                var page = await CursorPaging.PageAsync(
                    Db(ctx),
                    () => search is null ? ctx.Filtered(Db(ctx).Posts, [Order("key")]) : Searched(ctx, search),
                    posts => posts.Selecting(Db(ctx), ctx.Schema, Lookahead.SelectedFields(ctx, connection: true)),
                    ctx,
                    ctx.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value,
                    compile: search is null,
                    // With an order given, SQLite may read every post through an index
                    // holding a joined relation's column and sort them all; the page is cut first instead.
                    pageFirst: ctx.GetArgument<List<object?>?>("order") is { Count: > 0 });
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
        Listing<Grade, GradeType>("grades", "The grade catalogue of every grade system (by system, category, then level).", db => db.Grades, Order("system"), Order("category"), Order("level"));
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

    // A search in order of relevance: its ranked post IDs (kept per database build, SearchCache), those
    // `where` selects kept in that order (the filter runs in SQL, without the search), a page read by
    // ID. Cursors are positions in that list, as everywhere.
    private static async Task<Page<Post>> RankedPageAsync(IResolveFieldContext context, SearchQuery search)
    {
        var db = Db(context);
        var services = context.RequestServices!;
        IReadOnlyList<int> ranked = await services.GetRequiredService<SearchCache>().GetOrRankAsync(db, search, context.CancellationToken);
        if (context.GetArgument<Dictionary<string, object?>?>("where") is { } where)
        {
            var selected = (await services.GetRequiredService<FilterTranslator>().Apply(db.Posts, where).Select(p => p.Id)
                .ToListAsync(context.CancellationToken)).ToHashSet();
            ranked = [.. ranked.Where(selected.Contains)];
        }

        var window = CursorPaging.WindowOf(context, services.GetRequiredService<IOptions<PagingOptions>>().Value);
        var (start, take) = window.Range(ranked.Count);
        var ids = ranked.Skip(start).Take(take).ToArray();
        var rows = (await db.Posts.Where(p => ids.Contains(p.Id))
            .Selecting(db, context.Schema, Lookahead.SelectedFields(context, connection: true)).ToListAsync(context.CancellationToken))
            .ToDictionary(p => p.Id);
        var edges = ids.Select((id, i) => (id, i)).Where(x => rows.ContainsKey(x.id))
            .Select(x => new Edge<Post>(CursorPaging.Encode(start + x.i), rows[x.id])).ToList();
        return new Page<Post>(edges, hasNext: start + take < ranked.Count, hasPrevious: start > 0, _ => Task.FromResult(ranked.Count));
    }

    // A search in the order `order` gives: the posts it finds, filtered by `where`, sorted in SQL.
    private static IQueryable<Post> Searched(IResolveFieldContext context, SearchQuery search)
    {
        var db = Db(context);
        var hits = SearchEngine.For(db).Hits(db, search);
        return context.Filtered(db.Posts.Where(p => hits.Contains(p.Id)), [Order("key")]);
    }

    private static PostsDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PostsDbContext>();
}
