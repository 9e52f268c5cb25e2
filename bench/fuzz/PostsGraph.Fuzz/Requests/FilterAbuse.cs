using System.Text;

namespace PostsGraph.Fuzz.Requests;

// Filters that are valid GraphQL but huge or deep: the translator must neither recurse per condition
// into a stack overflow nor build a statement the database cannot take.
internal static class FilterAbuse
{
    private static readonly string[] Conditions =
        ["""{ key: { eq: "k1" } }""", """{ grade: { code: { eq: "P-5" } } }""", """{ title: { contains: "x" } }""", "{ durationMonths: { gt: 3 } }", "{ languages: { any: true } }"];

    public static FuzzRequest OrFlood(Random random)
    {
        var list = Build.Repeat(random.OneOf(Conditions), random.Next(1_000, 9_001), ", ");
        return Build.GraphQL(random, Root(random, $"{{ {random.OneOf(["or", "and"])}: [{list}] }}"), Expectation.Either);
    }

    public static FuzzRequest InList(Random random)
    {
        var count = random.Next(1_000, 40_001);
        var field = random.OneOf(["key", "durationMonths", "id"]);
        var list = Build.Numbered(i => field switch
        {
            "key" => random.Chance(0.5) ? "\"a\"" : $"\"k{i}\"",
            "durationMonths" => (i % 100).ToString(),
            _ => Build.Json(Facts.PostId($"k{i}")),
        }, count, ",");
        if (random.Chance(0.3))
        {
            var type = field == "durationMonths" ? "[Int]" : field == "id" ? "[ID!]" : "[String]";
            return Build.GraphQL(random, $$"""query In($items: {{type}}) { posts(where: { {{field}}: { in: $items } }) { totalCount } }""",
                Expectation.Either, $$"""{"items": [{{list}}]}""", "In");
        }

        return Build.GraphQL(random, Root(random, $"{{ {field}: {{ {random.OneOf(["in", "nin"])}: [{list}] }} }}"), Expectation.Either);
    }

    // and/or nested inside one another, tens to hundreds of levels.
    public static FuzzRequest Nested(Random random)
    {
        var depth = random.Next(10, 400);
        var filter = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            filter.Append(random.Chance(0.5) ? "{ and: [" : "{ or: [");
        }

        filter.Append(random.OneOf(Conditions));
        for (var i = 0; i < depth; i++)
        {
            filter.Append("] }");
        }

        return Build.GraphQL(random, Root(random, filter.ToString()), Expectation.Either);
    }

    // Related objects inside related objects: unit.parent.parent..., organisation.headquarters.country.
    public static FuzzRequest DeepObject(Random random)
    {
        var depth = random.Next(3, 200);
        var inner = random.Chance(0.5)
            ? Build.Repeat("parent: {", depth) + " name: { eq: \"x\" } " + Build.Repeat("}", depth)
            : Build.Repeat("organisation: { headquarters: { country: { code: { eq: \"CH\" } } } }, parent: {", depth) + " kind: { eq: TEAM } " + Build.Repeat("}", depth);
        return Build.GraphQL(random, Root(random, $"{{ unit: {{ {inner} }} }}"), Expectation.Either);
    }

    // The same filter reaches every field that takes a PostFilterInput.
    private static string Root(Random random, string filter) => random.Next(4) switch
    {
        0 => $"{{ postStatistics(where: {filter}) {{ count }} }}",
        1 => $"{{ exportPosts(format: CSV, where: {filter}) }}",
        _ => $"{{ posts(first: 5, where: {filter}) {{ totalCount nodes {{ key }} }} }}",
    };
}
