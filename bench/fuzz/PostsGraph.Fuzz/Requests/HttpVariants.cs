namespace PostsGraph.Fuzz.Requests;

// Variables, Accept headers, paths and methods a server meets in the wild.
internal static class HttpVariants
{
    private const string PageQuery = "query Page($first: Int, $where: PostFilterInput) { posts(first: $first, where: $where) { totalCount nodes { key } } }";

    public static FuzzRequest Variables(Random random)
    {
        var (variables, expect) = random.Next(10) switch
        {
            0 => ($$"""{"first": 5, "pad": "{{random.Word(random.Next(200_000, 2_000_000))}}"}""", Expectation.Refusal),
            1 => ($$"""{"first": 5, "pad": "{{random.Word(random.Next(10_000, 200_000))}}"}""", Expectation.Either),
            2 => ($$"""{"first": {{random.OneOf(["\"ten\"", "1.5", "true", "{}", "[]", "1e20", "-2147483649"])}}}""", Expectation.Refusal),
            3 => ("""{"where": {"grade": {"cod": {"eq": "P-5"}}}}""", Expectation.Refusal),
            4 => ("""{"where": {"durationMonths": {"eq": "twelve"}}}""", Expectation.Refusal),
            5 => ("""{"where": {"or": [""" + Build.Repeat("""{"key": {"eq": "k1"}}""", random.Next(1_000, 12_000), ",") + "]}}", Expectation.Either),
            6 => ("""{"where": """ + Build.Repeat("""{"and": [""", 300, "") + "{}" + Build.Repeat("]}", 300, "") + "}", Expectation.Either),
            7 => ("""{"where": "grade"}""", Expectation.Refusal),
            8 => ("""{"first": null, "where": null}""", Expectation.Success),
            _ => ("""{"first": 3, "where": {"postedOn": {"gt": "yesterday"}}}""", Expectation.Refusal),
        };
        if (random.Chance(0.15))
        {
            // Declared non-null and not given.
            return Build.GraphQL(random, "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", Expectation.Refusal, random.OneOf(["{}", """{"ids": null}""", """{"ids": [null]}"""]));
        }

        return Build.GraphQL(random, PageQuery, expect, variables, "Page");
    }

    public static FuzzRequest Accept(Random random)
    {
        var valid = random.Chance(0.7);
        var query = valid ? "{ grades { code } }" : "{ grades { nope } }";
        var (accept, refused) = random.Next(12) switch
        {
            0 => ((string?)null, (bool?)false),
            1 => ("*/*", false),
            2 => ("application/json", false),
            3 => ("application/graphql-response+json", false),
            4 => ("text/html", true),
            5 => ("application/xml", true),
            6 => ("text/*", true),
            7 => ("application/*", null),
            8 => ("application/json;q=0", null),
            9 => (";;;,,", null),
            10 => ("text/html, application/json;q=0.5", false),
            _ => ("application/graphql-response+json; charset=utf-16", null),
        };
        var expect = refused switch { true => Expectation.Refusal, null => Expectation.Either, false => valid ? Expectation.Success : Expectation.Refusal };
        List<KeyValuePair<string, string>> headers = accept is null ? [] : [new("Accept", accept)];
        return random.Chance(0.5)
            ? Build.Get(Build.GetPath(query), expect, headers)
            : Build.Post(Build.GraphQLPath, Build.Body(query), "application/json", expect, headers);
    }

    // Paths that are not the API's: 404 or 405, nothing worse.
    public static FuzzRequest Path(Random random)
    {
        var path = random.OneOf([
            "/graphq", "/graphql/", "/GraphQL", "/graphql/extra", "/api/graphql", "/export", "/export/posts", "/export/posts.", "/export/posts/",
            "/%2e%2e/%2e%2e/etc/passwd", "/graphql%00", "/healthz/x", "/favicon.ico", "/graphql?query=", "/graphql?query=%7B", "/graphql?variables=%7B%7D",
            "/graphql?query=%7B__typename%7D&variables=%7Bbad", "/graphql?query=%7B__typename%7D&query=%7Bgrades%7Bcode%7D%7D", "/" + random.Word(random.Next(100, 8_000)),
            "/graphql?query=%7B__typename%7D&extensions=%5B%5D", "/readyz?x=1", "/%ZZ", "/graphql?" + random.Word(2_000)]);
        return Build.Get(path, Expectation.Either);
    }

    public static FuzzRequest Method(Random random)
    {
        var method = new HttpMethod(random.OneOf(["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "BREW"]));
        var path = random.OneOf([Build.GraphQLPath, Build.GetPath("{ __typename }"), "/export/posts.csv", "/healthz"]);
        var body = method.Method is "HEAD" or "TRACE" or "OPTIONS" ? null : Build.Body("{ __typename }");
        return new FuzzRequest(0, "", method, path, body is null ? [] : [new("Content-Type", "application/json")], body, Expectation.Either);
    }
}
