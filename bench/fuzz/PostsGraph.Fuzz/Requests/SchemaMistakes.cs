namespace PostsGraph.Fuzz.Requests;

// Documents a client gets wrong: arguments of the wrong type, names the schema does not have.
internal static class SchemaMistakes
{
    // Some look wrong but are valid GraphQL (an Int literal is a valid ID, a single value coerces to a list): Either.
    private static readonly (string Query, Expectation Expect)[] WrongTypes =
    [
        ("{ grades(where: { id: { eq: 1 } }) { code } }", Expectation.Either),
        ("""{ posts(first: "ten") { totalCount } }""", Expectation.Refusal),
        ("{ posts(first: 1.5) { totalCount } }", Expectation.Refusal),
        ("{ posts(first: 2147483648) { totalCount } }", Expectation.Refusal),
        ("{ posts(first: -1) { totalCount } }", Expectation.Refusal),
        ("{ posts(first: 51) { totalCount } }", Expectation.Refusal),
        ("""{ posts(after: "not a cursor") { totalCount } }""", Expectation.Refusal),
        ("""{ posts(before: "", last: 2) { totalCount } }""", Expectation.Either),
        ("{ postStatistics(groupBy: GRADE) { count } }", Expectation.Either),
        ("""{ postStatistics(groupBy: ["GRADE"]) { count } }""", Expectation.Refusal),
        ("""{ exportPosts(format: "CSV") }""", Expectation.Refusal),
        ("""{ posts(where: { postedOn: { eq: "not-a-date" } }) { totalCount } }""", Expectation.Refusal),
        ("""{ posts(where: { postedOn: { eq: "2024-02-30" } }) { totalCount } }""", Expectation.Refusal),
        ("""{ posts(where: { postAdjustmentRate: { eq: "abc" } }) { totalCount } }""", Expectation.Refusal),
        ("{ posts(where: { postAdjustmentRate: { gt: 1e400 } }) { totalCount } }", Expectation.Either),
        ("{ posts(where: { annualNetPay: { amount: { lt: 79228162514264337593543950336 } } }) { totalCount } }", Expectation.Either),
        ("{ posts(where: { key: { eq: 5 } }) { totalCount } }", Expectation.Refusal),
        ("""{ posts(where: { and: { key: { eq: "x" } } }) { totalCount } }""", Expectation.Either),
        ("""{ posts(order: [{ key: DESC, title: ASC }]) { nodes { key } } }""", Expectation.Either),
        ("{ posts(order: { key: DESC }) { nodes { key } } }", Expectation.Either),
        ("{ posts(where: null, order: null) { totalCount } }", Expectation.Either),
        ("{ posts(where: { conditions: { any: 1 } }) { totalCount } }", Expectation.Refusal),
        ("{ comparePosts(ids: []) { posts { key } } }", Expectation.Refusal),
        ($$"""{ comparePosts(ids: ["{{Facts.PostId("itu-2207")}}"]) { posts { key } } }""", Expectation.Refusal),
        ($$"""{ nodes(ids: [{{Facts.Quoted(Enumerable.Repeat(Facts.PostId("itu-2207"), 51))}}]) { id } }""", Expectation.Refusal),
        ("""{ nodes(ids: "x") { id } }""", Expectation.Either),
        ("{ node(id: null) { id } }", Expectation.Refusal),
        ("{ posts { nodes { evidence(field: 5) { kind } } } }", Expectation.Refusal),
        ("""{ comparePosts(ids: ["a", "b"]) { rows(onlyDifferences: "yes") { label } } }""", Expectation.Refusal),
        ("{ posts(first: 1, last: 1) { totalCount } }", Expectation.Either),
    ];

    private static readonly string[] Unknowns =
    [
        "{ nope }", "{ posts { nodes { nope } } }", "{ ... on Nope { x } }", "fragment F on Nope { x } { ...F }",
        "{ posts(nope: 1) { totalCount } }", "{ posts(order: [{ key: SIDEWAYS }]) { totalCount } }", "{ postStatistics(groupBy: [NOPE]) { count } }",
        "query Q($x: NopeType) { __typename }", "{ __typename @nope }", """{ posts(where: { grade: { cod: { eq: "x" } } }) { totalCount } }""",
        "subscription { posts { totalCount } }", "{ posts { nodes } }", "{ posts }", "{ __typename { x } }", "{ posts { nodes { key(x: 1) } } }",
        "{ exportPosts(format: XLS) }", "{ posts(where: { appointmentType: { eq: INTERN } }) { totalCount } }", "query Q { __typename } query Q { __typename }",
        "{ ...Missing }", "fragment Unused on Query { __typename } { __typename }", "query ($v: Int) { posts(first: $w) { totalCount } }",
    ];

    public static FuzzRequest WrongType(Random random)
    {
        var (query, expect) = random.OneOf(WrongTypes);
        return Build.GraphQL(random, query, expect);
    }

    public static FuzzRequest Unknown(Random random) => Build.GraphQL(random, random.OneOf(Unknowns), Expectation.Refusal);
}
