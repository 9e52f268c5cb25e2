using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Loading;

// Reads ahead in the query: the relations of a post that the client selects are joined into the
// query that reads the posts, and the batch loaders are primed with them, so a page of posts with
// its organisation, grade, duty station and unit costs one query instead of five.
public static class Lookahead
{
    private static readonly string[] Relations = ["organisation", "grade", "dutyStation", "unit"];

    // The relations selected under the field, looking through `nodes`, `edges { node }`, inline
    // fragments and fragment spreads.
    public static HashSet<string> SelectedRelations(IResolveFieldContext context, bool connection)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var selections = context.FieldAst.SelectionSet;
        if (connection)
        {
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
        }
        else
        {
            Collect(selections, context.Document, found);
        }

        return found;
    }

    public static IQueryable<Post> Including(this IQueryable<Post> posts, HashSet<string> relations)
    {
        if (relations.Contains("organisation"))
        {
            posts = posts.Include(p => p.Organisation);
        }

        if (relations.Contains("grade"))
        {
            posts = posts.Include(p => p.Grade);
        }

        if (relations.Contains("dutyStation"))
        {
            posts = posts.Include(p => p.DutyStation);
        }

        if (relations.Contains("unit"))
        {
            posts = posts.Include(p => p.Unit);
        }

        return posts;
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
            if (Relations.Contains(field.Name.StringValue))
            {
                found.Add(field.Name.StringValue);
            }
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
