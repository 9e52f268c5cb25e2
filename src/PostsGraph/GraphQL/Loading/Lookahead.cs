using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Loading;

// The fields a query selects on an object, and on each object field under it, merged across
// aliases, inline fragments and fragment spreads.
public sealed class Selection
{
    public Dictionary<string, Selection> Fields { get; } = new(StringComparer.Ordinal);

    public Selection Add(string field) => Fields.TryGetValue(field, out var sub) ? sub : Fields[field] = new Selection();
}

// Reads ahead in the query. A page of posts reads only the columns its selection needs, as each
// field declares them (FieldReads), and the relations it selects (organisation, grade, duty station,
// unit, source notice) are joined into the same statement, each reading only the columns of its own
// sub-selection: a dashboard page costs one narrow query instead of five wide ones.
public static class Lookahead
{
    // Read whatever is selected: the post's identity, which paging, nodes and loaders key on.
    private static readonly string[] AlwaysRead = [nameof(Post.Id), nameof(Post.Key)];

    private static readonly ConcurrentDictionary<string, Expression<Func<Joined, Post>>> Projections = new(StringComparer.Ordinal);

    // The selection on the posts under the field, looking through `nodes` and `edges { node }` of a connection.
    public static Selection SelectedFields(IResolveFieldContext context, bool connection)
    {
        var found = new Selection();
        var document = context.Document;
        if (!connection)
        {
            Collect(context.FieldAst.SelectionSet, document, found, depth: 2);
            return found;
        }

        foreach (var field in Fields(context.FieldAst.SelectionSet, document))
        {
            if (field.Name.StringValue == "nodes")
            {
                Collect(field.SelectionSet, document, found, depth: 2);
            }
            else if (field.Name.StringValue == "edges")
            {
                foreach (var node in Fields(field.SelectionSet, document).Where(f => f.Name.StringValue == "node"))
                {
                    Collect(node.SelectionSet, document, found, depth: 2);
                }
            }
        }

        return found;
    }

    // The posts with the columns the selection reads and its relations joined; whole posts (with
    // the relations included) where a selected field declares nothing it reads.
    // alsoRead: columns to read whatever is selected (the key a nested connection groups its rows by).
    public static IQueryable<Post> Selecting(this IQueryable<Post> posts, PostsDbContext db, ISchema schema, Selection selection, params string[] alsoRead)
    {
        var postType = (IComplexGraphType)schema.AllTypes["Post"]!;
        var columns = new SortedSet<string>(AlwaysRead.Concat(alsoRead), StringComparer.Ordinal);
        var joins = new SortedDictionary<string, SortedSet<string>?>(StringComparer.Ordinal);
        foreach (var (name, sub) in selection.Fields)
        {
            if (name == "__typename")
            {
                continue;
            }

            if (postType.GetField(name) is not { } field || field.ReadOf() is not { } read)
            {
                return posts.Including(selection, postType);
            }

            columns.UnionWith(read.Columns);
            if (read.Join is { } navigation)
            {
                joins[navigation] = RelationColumns(field, sub);
            }
        }

        // The relations are joined explicitly, before any paging: a projection through navigations
        // makes EF Core read the page in a subquery and join outside it, which costs SQLite half as
        // much again as one flat statement.
        var rows = posts.Select(p => new Joined { Post = p });
        foreach (var navigation in joins.Keys)
        {
            rows = Relations[navigation](rows, db);
        }

        var key = string.Join(',', columns) + string.Concat(joins.Select(j => $"|{j.Key}:{(j.Value is null ? "*" : string.Join(',', j.Value))}"));
        var projection = Projections.GetOrAdd(key, static (_, plan) => Project(plan.columns, plan.joins), (columns, joins));
        return rows.Select(projection);
    }

    // The columns of a joined relation its sub-selection reads; null (the whole row) where a field declares nothing.
    private static SortedSet<string>? RelationColumns(IFieldType field, Selection selection)
    {
        if (field.ResolvedType?.GetNamedType() is not IComplexGraphType type)
        {
            return null;
        }

        var columns = new SortedSet<string>(StringComparer.Ordinal) { "Id" };
        foreach (var name in selection.Fields.Keys.Where(n => n != "__typename"))
        {
            if (type.GetField(name)?.ReadOf() is not { Join: null } read)
            {
                return null;
            }

            columns.UnionWith(read.Columns);
        }

        return columns;
    }

    // A post and the relations joined to it while the query is built.
    private sealed class Joined
    {
        public required Post Post { get; init; }
        public Organisation? Organisation { get; init; }
        public Grade? Grade { get; init; }
        public DutyStation? DutyStation { get; init; }
        public Unit? Unit { get; init; }
        public SourceNotice? SourceNotice { get; init; }
    }

    private static readonly Dictionary<string, Func<IQueryable<Joined>, PostsDbContext, IQueryable<Joined>>> Relations = new(StringComparer.Ordinal)
    {
        [nameof(Post.Organisation)] = (rows, db) => rows.LeftJoin(db.Organisations, r => (int?)r.Post.OrganisationId, o => (int?)o.Id,
            (r, o) => new Joined { Post = r.Post, Organisation = o, Grade = r.Grade, DutyStation = r.DutyStation, Unit = r.Unit, SourceNotice = r.SourceNotice }),
        [nameof(Post.Grade)] = (rows, db) => rows.LeftJoin(db.Grades, r => r.Post.GradeId, g => (int?)g.Id,
            (r, g) => new Joined { Post = r.Post, Organisation = r.Organisation, Grade = g, DutyStation = r.DutyStation, Unit = r.Unit, SourceNotice = r.SourceNotice }),
        [nameof(Post.DutyStation)] = (rows, db) => rows.LeftJoin(db.DutyStations, r => r.Post.DutyStationId, d => (int?)d.Id,
            (r, d) => new Joined { Post = r.Post, Organisation = r.Organisation, Grade = r.Grade, DutyStation = d, Unit = r.Unit, SourceNotice = r.SourceNotice }),
        [nameof(Post.Unit)] = (rows, db) => rows.LeftJoin(db.Units, r => r.Post.UnitId, u => (int?)u.Id,
            (r, u) => new Joined { Post = r.Post, Organisation = r.Organisation, Grade = r.Grade, DutyStation = r.DutyStation, Unit = u, SourceNotice = r.SourceNotice }),
        [nameof(Post.SourceNotice)] = (rows, db) => rows.LeftJoin(db.SourceNotices, r => (int?)r.Post.SourceNoticeId, n => (int?)n.Id,
            (r, n) => new Joined { Post = r.Post, Organisation = r.Organisation, Grade = r.Grade, DutyStation = r.DutyStation, Unit = r.Unit, SourceNotice = n }),
    };

    // Whole posts: the relations the selection names are included whole.
    private static IQueryable<Post> Including(this IQueryable<Post> posts, Selection selection, IComplexGraphType postType)
    {
        foreach (var name in selection.Fields.Keys)
        {
            if (postType.GetField(name)?.ReadOf() is { Join: { } navigation })
            {
                posts = posts.Include(navigation);
            }
        }

        return posts;
    }

    // r => new Post { Id = r.Post.Id, Key = r.Post.Key, ..., Grade = r.Grade == null ? null : new Grade { Id = r.Grade.Id, Code = r.Grade.Code } }
    private static Expression<Func<Joined, Post>> Project(IEnumerable<string> columns, IDictionary<string, SortedSet<string>?> joins)
    {
        var row = Expression.Parameter(typeof(Joined), "r");
        var post = Expression.Property(row, nameof(Joined.Post));
        var bindings = columns.Select(name => Expression.Bind(typeof(Post).GetProperty(name)!, Expression.Property(post, name)))
            .Concat(joins.Select(join => Expression.Bind(typeof(Post).GetProperty(join.Key)!, Relation(Expression.Property(row, join.Key), join.Value))));
        return Expression.Lambda<Func<Joined, Post>>(Expression.MemberInit(Expression.New(typeof(Post)), bindings), row);
    }

    private static Expression Relation(MemberExpression related, SortedSet<string>? columns)
    {
        if (columns is null)
        {
            return related;
        }

        var type = related.Type;
        var init = Expression.MemberInit(Expression.New(type), columns.Select(c => Expression.Bind(type.GetProperty(c)!, Expression.Property(related, c))));
        return Expression.Condition(Expression.Equal(related, Expression.Constant(null, type)), Expression.Constant(null, type), init);
    }

    private static void Collect(GraphQLSelectionSet? selections, GraphQLDocument document, Selection found, int depth)
    {
        foreach (var field in Fields(selections, document))
        {
            var sub = found.Add(field.Name.StringValue);
            if (depth > 1)
            {
                Collect(field.SelectionSet, document, sub, depth - 1);
            }
        }
    }

    // Unbounded here: the document limits bound the fields a document expands to, fragments included.
    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selections, GraphQLDocument document)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in Fields(inline.SelectionSet, document))
                    {
                        yield return field;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = document.FindFragmentDefinition(spread.FragmentName.Name);
                    foreach (var field in Fields(fragment?.SelectionSet, document))
                    {
                        yield return field;
                    }

                    break;
            }
        }
    }
}
