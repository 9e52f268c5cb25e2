using PostsGraph.Workbench.Posts;

namespace PostsGraph.Tests;

// The posts page's URL state and the GraphQL variables it becomes.
public sealed class PostsQueryTests
{
    [Fact]
    public void TurnsTheUrlsFiltersIntoOneWhere()
    {
        var query = PostsQuery.From("http://localhost/posts?org=ILO&org=ITU&grade=P-5&from=2025-01-01&yearsFrom=7&language=fr&certified=true", 50);

        Assert.Equal(
            """{"and":[{"organisation":{"acronym":{"in":["ILO","ITU"]}}},{"grade":{"code":{"in":["P-5"]}}},{"deadline":{"gte":"2025-01-01"}},{"minYearsExperience":{"gte":7}},{"languages":{"some":{"necessity":{"eq":"REQUIRED"},"anyOf":{"some":{"eq":"fr"}}}}},{"certifications":{"some":{"necessity":{"eq":"REQUIRED"}}}}]}""",
            query.Where()!.ToJsonString());
    }

    [Fact]
    public void LeavesOutWhatIsEmptyOrMalformed()
    {
        var query = PostsQuery.From("http://localhost/posts?org=&from=13/02/2026&yearsFrom=-3&size=5000&sort=nothing", 50);

        Assert.Null(query.Where());
        Assert.Null(query.Order());
        // No more than the API's largest page.
        Assert.Equal(50, query.Size);
        Assert.Equal("""{"first":50}""", query.Operation().VariablesJson);
    }

    [Fact]
    public void SortsPayWithinEachCurrency()
    {
        var query = PostsQuery.From("http://localhost/posts?sort=pay&dir=desc", 50);

        Assert.Equal("""[{"annualNetPay":{"currency":"ASC"}},{"annualNetPay":{"amount":"DESC"}},{"key":"DESC"}]""", query.Order()!.ToJsonString());
    }

    [Fact]
    public void SortingAColumnAgainTurnsItsDirectionAndStartsAtTheFirstPage()
    {
        var query = PostsQuery.From("http://localhost/posts?grade=P-5&sort=title&after=abc", 50);

        Assert.Equal("posts?grade=P-5&sort=title&dir=desc", query.SortedBy("title").Url());
        Assert.Equal("posts?grade=P-5&sort=deadline", query.SortedBy("deadline").Url());
    }

    [Fact]
    public void PagesBackwardWithLast()
    {
        var query = PostsQuery.From("http://localhost/posts?before=Mg%3D%3D&size=10", 50);

        Assert.Equal("""{"last":10,"before":"Mg=="}""", query.Operation().VariablesJson);
        Assert.Equal("posts?size=10&before=Mg%3D%3D", query.Url());
    }
}

// The workbench's post page lists a post's fields by hand, in its operation: a field added to Post must
// be added there too (or named here as one the page leaves out, with the reason).
public sealed class WorkbenchOperationTests
{
    // matches: the words a search found, and the post page runs no search.
    private static readonly string[] LeftOut = ["matches"];

    [Fact]
    public void ThePostPageAsksForEveryFieldOfAPost()
    {
        var schema = GraphQLParser.Parser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "schema.graphql")));
        var post = schema.Definitions.OfType<GraphQLParser.AST.GraphQLObjectTypeDefinition>().Single(t => t.Name.StringValue == "Post");
        var operation = GraphQLParser.Parser.Parse(PostsGraph.Workbench.WorkbenchOperations.Post);
        var nodes = operation.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single()
            .SelectionSet.Selections.OfType<GraphQLParser.AST.GraphQLField>().Single()   // posts
            .SelectionSet!.Selections.OfType<GraphQLParser.AST.GraphQLField>().Single(); // nodes

        var asked = nodes.SelectionSet!.Selections.OfType<GraphQLParser.AST.GraphQLField>().Select(f => f.Name.StringValue).ToHashSet();
        var missing = post.Fields!.Select(f => f.Name.StringValue).Where(f => !asked.Contains(f) && !LeftOut.Contains(f)).ToList();

        Assert.True(missing.Count == 0, $"WorkbenchOperations.Post does not ask for: {string.Join(", ", missing)}");
    }
}
