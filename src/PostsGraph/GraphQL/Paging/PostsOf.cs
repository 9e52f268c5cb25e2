using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Statistics;

namespace PostsGraph.GraphQL.Paging;

// `posts` on an organisation, grade, duty station or unit: the posts that name it, as a cursor
// connection with the root field's `where`, `order` and paging. Batched over every parent of a
// level that asks with the same arguments: one query reads every parent's page (each parent's
// posts numbered in SQL by ROW_NUMBER() OVER (PARTITION BY …), which EF Core writes for a
// correlated Skip/Take), and one grouped COUNT runs when totalCount is selected or `last` counts
// back from the end.
public static class PostsOf
{
    public static FieldBuilder<TParent, object> PostsConnection<TParent>(
        this ObjectGraphType<TParent> type, string description, Expression<Func<Post, int?>> foreignKey, Expression<Func<TParent, int>> parentKey)
        where TParent : class
    {
        var parentId = parentKey.Compile();
        return type.Field<PostsConnectionType>("posts")
            .Description(description)
            .PagingArguments()
            .Filterable(typeof(Post))
            .Reads(((MemberExpression)parentKey.Body).Member.Name)
            .Resolve(ctx => Loader(ctx, foreignKey, parentKey).Load(parentId(ctx.Source)).Then(page => page!));
    }

    private static BatchLoader<int, Page<Post>> Loader<TParent>(IResolveFieldContext context, Expression<Func<Post, int?>> foreignKey, Expression<Func<TParent, int>> parentKey)
        where TParent : class
    {
        // Every parent under the same field of the document asks with the same arguments.
        var arguments = new PostsArguments(context);
        return context.Loaders().Keep(arguments.Key(context.ParentType.Name), () =>
        {
            var (db, filter, sort, schema, selection) = arguments.Resolve();
            var (where, order, window) = (arguments.Where, arguments.Order, arguments.Window);
            var foreignKeyName = MemberOf(foreignKey.Body);
            var foreignKeyOf = foreignKey.Compile();

            return new BatchLoader<int, Page<Post>>(async (keys, ct) =>
            {
                var filtered = filter.Apply(db.Posts, where);
                var sorted = sort.Apply(filtered, order, PostsArguments.ByKey);
                Dictionary<int, int>? counts = null;
                async Task<Dictionary<int, int>> CountsAsync(CancellationToken token) => counts ??= (await filtered
                    .Where(KeyFilter.In(foreignKey, [.. keys.Select(k => (int?)k)]))
                    .GroupBy(foreignKey)
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToListAsync(token))
                    .ToDictionary(g => g.Key!.Value, g => g.Count);

                // Parents whose pages start at the same position share one query: all of them,
                // unless `last` counts back from the end of lists of different lengths.
                var ranges = new Dictionary<int, (int Start, int Take)>();
                foreach (var parent in keys)
                {
                    ranges[parent] = window.Range(window.NeedsCount ? (await CountsAsync(ct)).GetValueOrDefault(parent) : null);
                }

                var rows = new Dictionary<int, List<Post>>();
                foreach (var range in ranges.GroupBy(r => r.Value, r => r.Key))
                {
                    var (start, take) = range.Key;
                    var page = Correlated(db.Set<TParent>(), parentKey, [.. range], sorted, foreignKey, start, take + 1);
                    // The rows come back in the page's order within each parent.
                    var read = await sort.Apply(page, order, PostsArguments.ByKey).Selecting(db, schema, selection, foreignKeyName).ToListAsync(ct);
                    foreach (var post in read)
                    {
                        var parent = foreignKeyOf(post)!.Value;
                        (rows.TryGetValue(parent, out var list) ? list : rows[parent] = []).Add(post);
                    }
                }

                return keys.ToDictionary(k => k, k =>
                {
                    var (start, take) = ranges[k];
                    return CursorPaging.PageOf(rows.GetValueOrDefault(k) ?? [], start, take, async token => (await CountsAsync(token)).GetValueOrDefault(k));
                });
            });
        });
    }

    private static string MemberOf(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => MemberOf(convert.Operand),
        MemberExpression member => member.Member.Name,
        _ => throw new ArgumentException($"{body} is not a property."),
    };

    // parents.Where(key in keys).SelectMany(parent => posts.Where(fk == key(parent)).Skip(start).Take(take))
    private static IQueryable<Post> Correlated<TParent>(
        IQueryable<TParent> parents, Expression<Func<TParent, int>> parentKey, IReadOnlyList<int> keys,
        IQueryable<Post> posts, Expression<Func<Post, int?>> foreignKey, int start, int take)
    {
        var parent = parentKey.Parameters[0];
        var post = foreignKey.Parameters[0];
        var belongs = Expression.Lambda<Func<Post, bool>>(
            Expression.Equal(foreignKey.Body, Expression.Convert(parentKey.Body, typeof(int?))), post);
        var page = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(Post)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(Post)],
                Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(Post)], posts.Expression, Expression.Quote(belongs)),
                Expression.Constant(start)),
            Expression.Constant(take));
        var selector = Expression.Lambda<Func<TParent, IEnumerable<Post>>>(page, parent);
        return parents.Where(KeyFilter.In(parentKey, keys)).SelectMany(selector);
    }
}

// `posts` on a statistics group: the posts of the group's statistics `where` that share its key,
// with the root field's `where`, `order` and paging. Every group of a level is read with three
// queries: the matching posts' ids in order, their grouping facts (FactRow), and the pages' posts.
public static class GroupPostsOf
{
    public static FieldBuilder<PostGroup, object> PostsConnection(this ObjectGraphType<PostGroup> type, string description) =>
        type.Field<PostsConnectionType>("posts")
            .Description(description)
            .PagingArguments()
            .Filterable(typeof(Post))
            .Resolve(ctx => Loader(ctx).Load(ctx.Source).Then(page => page!));

    private static BatchLoader<PostGroup, Page<Post>> Loader(IResolveFieldContext<PostGroup> context)
    {
        // A fragment can put one `posts` field under two statistics fields: their groups differ in
        // where and groupBy, so each statistics field's groups have a loader of their own.
        var arguments = new PostsArguments(context);
        return context.Loaders().Keep(arguments.Key($"PostGroup|{JsonSerializer.Serialize(context.Source.Where)}|{string.Join(',', context.Source.GroupedBy)}"), () =>
        {
            var (db, filter, sort, schema, selection) = arguments.Resolve();
            var (where, order, window) = (arguments.Where, arguments.Order, arguments.Window);

            return new BatchLoader<PostGroup, Page<Post>>(async (groups, ct) =>
            {
                // The groups of one statistics field share its where and groupBy.
                var groupedBy = groups[0].GroupedBy;
                var matching = filter.Apply(filter.Apply(db.Posts, groups[0].Where), where);
                var ordered = await sort.Apply(matching, order, PostsArguments.ByKey).Select(p => p.Id).ToListAsync(ct);
                var facts = await FactRow.All(db).Where(f => matching.Select(p => p.Id).Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);

                var byText = groups.ToDictionary(g => KeyText(groupedBy, g.Key), g => new List<int>());
                foreach (var id in ordered)
                {
                    if (facts.TryGetValue(id, out var fact) && byText.TryGetValue(KeyText(groupedBy, fact), out var members))
                    {
                        members.Add(id);
                    }
                }

                var ranges = groups.ToDictionary(g => g, g =>
                {
                    var members = byText[KeyText(groupedBy, g.Key)];
                    var (start, take) = window.Range(members.Count);
                    return (Start: start, Take: take, Members: members, Page: members.Skip(start).Take(take + 1).ToList());
                });
                var ids = ranges.Values.SelectMany(r => r.Page).Distinct().ToList();
                var posts = ids.Count == 0 ? [] : await db.Posts.Where(KeyFilter.In<Post, int>(p => p.Id, ids)).Selecting(db, schema, selection).ToDictionaryAsync(p => p.Id, ct);
                return ranges.ToDictionary(r => r.Key, r =>
                    CursorPaging.PageOf([.. r.Value.Page.Select(id => posts[id])], r.Value.Start, r.Value.Take, _ => Task.FromResult(r.Value.Members.Count)));
            });
        });
    }

    private static string KeyText(IReadOnlyList<PostGroupBy> by, PostGroupKey key) =>
        KeyText(by, key.OrganisationId, key.GradeId, key.GradeCategory, key.DutyStationId, key.CountryCode, key.AppointmentType, key.Currency, key.DeadlineYear);

    private static string KeyText(IReadOnlyList<PostGroupBy> by, FactRow fact) =>
        KeyText(by, fact.OrganisationId, fact.GradeId, fact.GradeCategory, fact.DutyStationId, fact.CountryCode, fact.AppointmentType, fact.Currency, fact.Deadline?.Year);

    // The values of the grouped-by dimensions, in groupBy's order; a missing value is empty.
    private static string KeyText(IReadOnlyList<PostGroupBy> by, int? organisation, int? grade, GradeCategory? category, int? station,
        string? country, AppointmentType? appointment, string? currency, int? year) =>
        string.Join('|', by.Select(d => d switch
        {
            PostGroupBy.Organisation => organisation?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PostGroupBy.Grade => grade?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PostGroupBy.GradeCategory => category?.ToString(),
            PostGroupBy.DutyStation => station?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PostGroupBy.Country => country,
            PostGroupBy.AppointmentType => appointment?.ToString(),
            PostGroupBy.Currency => currency,
            PostGroupBy.DeadlineYear => year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        } ?? ""));
}

// What both kinds of nested `posts` read from the field: its where, order and paging (checked as the
// root field checks them), the services their queries use, and the selection the pages project.
file sealed class PostsArguments(IResolveFieldContext context)
{
    // The root field's default order: by key.
    public static readonly object?[] ByKey = [new Dictionary<string, object?> { ["key"] = SortDirection.Asc }];

    public Dictionary<string, object?>? Where { get; } = context.GetArgument<Dictionary<string, object?>?>("where");

    public List<object?>? Order { get; } = context.GetArgument<List<object?>?>("order");

    public PageWindow Window { get; } = CursorPaging.WindowOf(context, context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value);

    // The loader's key: the field's node in the document, what else tells its parents apart, and the arguments.
    public (GraphQLParser.AST.GraphQLField, string) Key(string parents) =>
        (context.FieldAst, $"{parents}|{JsonSerializer.Serialize(Where)}|{JsonSerializer.Serialize(Order)}|{Window}");

    // What the loader's queries need, found once when the loader is made.
    public (PostsDbContext Db, FilterTranslator Filter, SortTranslator Sort, ISchema Schema, Selection Selection) Resolve()
    {
        var services = context.RequestServices!;
        return (services.GetRequiredService<PostsDbContext>(), services.GetRequiredService<FilterTranslator>(),
            services.GetRequiredService<SortTranslator>(), context.Schema, Lookahead.SelectedFields(context, connection: true));
    }
}
