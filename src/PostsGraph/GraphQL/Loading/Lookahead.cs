using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Loading;

// Reads ahead in the query. A page of posts reads only the columns the client selects, and the
// relations it selects (organisation, grade, duty station, unit) are joined into the same query
// and primed into the batch loaders: a dashboard page costs one narrow query instead of five wide ones.
public static class Lookahead
{
    // Post fields that read more than the column of their own name.
    private static readonly Dictionary<string, string[]> Reads = new(StringComparer.Ordinal)
    {
        ["id"] = [nameof(Post.Key)],
        ["organisation"] = [nameof(Post.Organisation)],
        ["unit"] = [nameof(Post.Unit)],
        ["grade"] = [nameof(Post.Grade)],
        ["dutyStation"] = [nameof(Post.DutyStation)],
        ["__typename"] = [],
    };

    // Always read, whatever is selected: the ids that resolvers and loaders key on.
    private static readonly string[] AlwaysRead =
    [
        nameof(Post.Id), nameof(Post.Key), nameof(Post.Title), nameof(Post.SourceNoticeId), nameof(Post.OrganisationId),
        nameof(Post.UnitId), nameof(Post.GradeId), nameof(Post.DutyStationId),
    ];

    private static readonly Dictionary<string, PropertyInfo> Columns = typeof(Post).GetProperties()
        .Where(p => p.PropertyType == typeof(string) || p.PropertyType.IsValueType || p.PropertyType == typeof(AnnualNetPay))
        .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly ConcurrentDictionary<string, Expression<Func<Joined, Post>>> Projections = new(StringComparer.Ordinal);

    // The fields selected on the posts under the field, looking through `nodes`, `edges { node }`,
    // inline fragments and fragment spreads.
    public static HashSet<string> SelectedFields(IResolveFieldContext context, bool connection)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var selections = context.FieldAst.SelectionSet;
        if (!connection)
        {
            Collect(selections, context.Document, found);
            return found;
        }

        foreach (var field in Fields(selections, context.Document))
        {
            if (field.Name.StringValue == "nodes")
            {
                Collect(field.SelectionSet, context.Document, found);
            }
            else if (field.Name.StringValue == "edges")
            {
                foreach (var node in Fields(field.SelectionSet, context.Document).Where(f => f.Name.StringValue == "node"))
                {
                    Collect(node.SelectionSet, context.Document, found);
                }
            }
        }

        return found;
    }

    // The posts with the selected relations joined and, where every selected field is known to
    // read its own column (or nothing but ids), only those columns read; otherwise whole posts.
    public static IQueryable<Post> Selecting(this IQueryable<Post> posts, PostsDbContext db, HashSet<string> fields)
    {
        var columns = new SortedSet<string>(AlwaysRead, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (Reads.TryGetValue(field, out var reads))
            {
                columns.UnionWith(reads);
            }
            else if (Columns.TryGetValue(field, out var column))
            {
                columns.Add(column.Name);
            }
            else if (!IsList(field))
            {
                return posts.Including(fields);
            }
        }

        // The relations are joined explicitly, before any paging: a projection through navigations
        // makes EF Core read the page in a subquery and join outside it, which costs SQLite half as
        // much again as one flat statement.
        var rows = posts.Select(p => new Joined { Post = p });
        foreach (var relation in Relations.Keys.Where(columns.Contains))
        {
            rows = Relations[relation](rows, db);
        }

        var projection = Projections.GetOrAdd(string.Join(',', columns), static (_, columns) => Project(columns), columns);
        return rows.Select(projection);
    }

    // A post and the relations joined to it while the query is built.
    private sealed class Joined
    {
        public required Post Post { get; init; }
        public Organisation? Organisation { get; init; }
        public Grade? Grade { get; init; }
        public DutyStation? DutyStation { get; init; }
        public Unit? Unit { get; init; }
    }

    private static readonly Dictionary<string, Func<IQueryable<Joined>, PostsDbContext, IQueryable<Joined>>> Relations = new(StringComparer.Ordinal)
    {
        [nameof(Post.Organisation)] = (rows, db) => rows.LeftJoin(db.Organisations, r => (int?)r.Post.OrganisationId, o => (int?)o.Id,
            (r, o) => new Joined { Post = r.Post, Organisation = o, Grade = r.Grade, DutyStation = r.DutyStation, Unit = r.Unit }),
        [nameof(Post.Grade)] = (rows, db) => rows.LeftJoin(db.Grades, r => r.Post.GradeId, g => (int?)g.Id,
            (r, g) => new Joined { Post = r.Post, Organisation = r.Organisation, Grade = g, DutyStation = r.DutyStation, Unit = r.Unit }),
        [nameof(Post.DutyStation)] = (rows, db) => rows.LeftJoin(db.DutyStations, r => r.Post.DutyStationId, d => (int?)d.Id,
            (r, d) => new Joined { Post = r.Post, Organisation = r.Organisation, Grade = r.Grade, DutyStation = d, Unit = r.Unit }),
        [nameof(Post.Unit)] = (rows, db) => rows.LeftJoin(db.Units, r => r.Post.UnitId, u => (int?)u.Id,
            (r, u) => new Joined { Post = r.Post, Organisation = r.Organisation, Grade = r.Grade, DutyStation = r.DutyStation, Unit = u }),
    };

    // The projection binds the relations it reads, so only whole posts need them included.
    private static IQueryable<Post> Including(this IQueryable<Post> posts, HashSet<string> fields)
    {
        if (fields.Contains("organisation"))
        {
            posts = posts.Include(p => p.Organisation);
        }

        if (fields.Contains("grade"))
        {
            posts = posts.Include(p => p.Grade);
        }

        if (fields.Contains("dutyStation"))
        {
            posts = posts.Include(p => p.DutyStation);
        }

        if (fields.Contains("unit"))
        {
            posts = posts.Include(p => p.Unit);
        }

        return posts;
    }

    // Lists, evidence and the source notice are loaded by ids that are always read.
    private static bool IsList(string field) => field is "salaryComponents" or "duties" or "education" or "experience"
        or "languages" or "certifications" or "competencies" or "conditions" or "evidence" or "sourceNotice";

    // r => new Post { Id = r.Post.Id, Key = r.Post.Key, ..., Grade = r.Grade, ... }
    private static Expression<Func<Joined, Post>> Project(IEnumerable<string> members)
    {
        var row = Expression.Parameter(typeof(Joined), "r");
        var post = Expression.Property(row, nameof(Joined.Post));
        var bindings = members.Select(name => typeof(Post).GetProperty(name)!)
            .Select(property => Expression.Bind(property, Relations.ContainsKey(property.Name)
                ? Expression.Property(row, property.Name)
                : Expression.Property(post, property)));
        return Expression.Lambda<Func<Joined, Post>>(Expression.MemberInit(Expression.New(typeof(Post)), bindings), row);
    }

    public static void Prime(this Loaders loaders, IEnumerable<Post> posts)
    {
        foreach (var post in posts)
        {
            if (post.Organisation is { } organisation)
            {
                loaders.Organisations.Prime(organisation.Id, organisation);
            }

            if (post.Grade is { } grade)
            {
                loaders.Grades.Prime(grade.Id, grade);
            }

            if (post.DutyStation is { } station)
            {
                loaders.DutyStations.Prime(station.Id, station);
            }

            if (post.Unit is { } unit)
            {
                loaders.Units.Prime(unit.Id, unit);
            }
        }
    }

    private static void Collect(GraphQLSelectionSet? selections, GraphQLDocument document, HashSet<string> found)
    {
        foreach (var field in Fields(selections, document))
        {
            found.Add(field.Name.StringValue);
        }
    }

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selections, GraphQLDocument document, int depth = 0)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline when depth < 8:
                    foreach (var field in Fields(inline.SelectionSet, document, depth + 1))
                    {
                        yield return field;
                    }

                    break;
                case GraphQLFragmentSpread spread when depth < 8:
                    var fragment = document.FindFragmentDefinition(spread.FragmentName.Name);
                    foreach (var field in Fields(fragment?.SelectionSet, document, depth + 1))
                    {
                        yield return field;
                    }

                    break;
            }
        }
    }
}
