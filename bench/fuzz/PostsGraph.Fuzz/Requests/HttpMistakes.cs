using System.Text;

namespace PostsGraph.Fuzz.Requests;

// Mistakes in the GraphQL-over-HTTP envelope: operations, batching, bodies, media types.
internal static class HttpMistakes
{
    private const string TwoOperations = "query A { __typename } query B { grades { code } }";
    private const string Json = "application/json";

    public static FuzzRequest Operations(Random random) => random.Next(6) switch
    {
        0 => Build.Get(Build.GetPath(TwoOperations), Expectation.Refusal),
        1 => Build.Post(Build.GraphQLPath, Build.Body(TwoOperations), Json, Expectation.Refusal),
        2 => Build.GraphQL(random, TwoOperations, Expectation.Refusal, operationName: random.OneOf(["C", "", "a", " A", "__schema"])),
        3 => Build.Post(Build.GraphQLPath, Utf8($$"""{"query":"{{TwoOperations}}","operationName":{{random.OneOf(["5", "true", "[\"A\"]", "{}"])}}}"""), Json, Expectation.Refusal),
        4 => Build.GraphQL(random, "{ __typename }", Expectation.Refusal, operationName: "Named"),
        _ => Build.GraphQL(random, TwoOperations, Expectation.Success, operationName: random.OneOf(["A", "B"])),
    };

    public static FuzzRequest Mutation(Random random) => random.Next(4) switch
    {
        0 => Build.Post(Build.GraphQLPath, Build.Body("mutation { addPost(key: \"x\") { id } }"), Json, Expectation.Refusal),
        1 => Build.Get(Build.GetPath("mutation M { __typename }"), Expectation.Refusal),
        2 => Build.Post(Build.GraphQLPath, Build.Body("mutation M { __typename }"), Json, Expectation.Refusal),
        _ => Build.Get(Build.GetPath("query A { __typename } mutation B { __typename }", operationName: random.OneOf(["A", "B"])), Expectation.Either),
    };

    // A JSON array of requests: refused, or answered item by item by a server that batches.
    public static FuzzRequest Batch(Random random)
    {
        var items = Build.Repeat("""{"query":"{ grades { code } }"}""", random.OneOf([0, 1, 2, 10, 1_000, 10_000]), ",");
        return Build.Post(Build.GraphQLPath, Utf8($"[{items}]"), Json, Expectation.Either);
    }

    public static FuzzRequest Body(Random random)
    {
        var (body, expect) = random.Next(16) switch
        {
            0 => (Utf8("""{"query": "{ __typename }" """), Expectation.Refusal),
            1 => (Utf8("""{query: "{ __typename }"}"""), Expectation.Refusal),
            2 => (Utf8("""{"query": "{ __typename }",}"""), Expectation.Refusal),
            3 => (Utf8("{'query': '{ __typename }'}"), Expectation.Refusal),
            4 => (Utf8(random.OneOf(["null", "\"{ __typename }\"", "123", "true", "{}", "[[]]"])), Expectation.Refusal),
            5 => (Utf8("""{"query": 5}"""), Expectation.Refusal),
            6 => (Utf8("""{"query": null}"""), Expectation.Refusal),
            7 => (Utf8("""{"query": ["{ __typename }"]}"""), Expectation.Refusal),
            8 => (Build.Body("{ __typename }", random.OneOf(["\"x\"", "[]", "5", "true"])), Expectation.Refusal),
            9 => (Build.Body("{ __typename }", Build.Repeat("{\"a\":[", 20_000, "") + Build.Repeat("]}", 20_000, "")), Expectation.Either),
            10 => (Utf8("""{"query": "{ nope }", "query": "{ __typename }"}"""), Expectation.Either),
            11 => ([0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE], Expectation.Refusal),
            12 => (Encoding.Unicode.GetBytes("""{"query": "{ __typename }"}"""), Expectation.Refusal),
            13 => ([0xEF, 0xBB, 0xBF, .. Build.Body("{ __typename }")], Expectation.Either),
            14 => ([], Expectation.Refusal),
            _ => (Utf8("""{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}"""), Expectation.Either),
        };
        return Build.Post(Build.GraphQLPath, body, Json, expect);
    }

    public static FuzzRequest ContentType(Random random)
    {
        var body = Build.Body("{ grades { code } }");
        var (type, expect) = random.Next(12) switch
        {
            0 => ((string?)null, Expectation.Refusal),
            1 => ("text/plain", Expectation.Refusal),
            2 => ("application/xml", Expectation.Refusal),
            3 => ("application/graphql", Expectation.Refusal),
            4 => ("multipart/form-data; boundary=x", Expectation.Refusal),
            5 => ("application/x-www-form-urlencoded", Expectation.Refusal),
            6 => ("application/json; charset=utf-8", Expectation.Success),
            7 => ("APPLICATION/JSON", Expectation.Success),
            8 => ("application/jsonx", Expectation.Refusal),
            9 => (";;;", Expectation.Refusal),
            10 => ("application/json; charset=latin1", Expectation.Either),
            _ => ("application/graphql-response+json", Expectation.Refusal),
        };
        return random.Chance(0.1)
            ? Build.Post(Build.GraphQLPath, null, type, Expectation.Refusal)
            : Build.Post(Build.GraphQLPath, body, type, expect);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
