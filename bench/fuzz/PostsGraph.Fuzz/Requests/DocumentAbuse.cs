using System.Text;

namespace PostsGraph.Fuzz.Requests;

// Documents that strain the parser: deep nesting, long tokens, many tokens, garbage.
internal static class DocumentAbuse
{
    public static FuzzRequest DeepSelection(Random random)
    {
        var depth = random.Next(64, 3_000);
        var query = random.Next(3) switch
        {
            0 => $"{{ {Build.Repeat("a {", depth)} b {Build.Repeat("}", depth)} }}",
            // Real fields, so the depth limit and not field validation has to refuse it.
            1 => $"{{ posts {{ nodes {{ {Build.Repeat("organisation { units {", depth / 2)} name {Build.Repeat("} }", depth / 2)} }} }} }}",
            _ => $"{{ posts {{ nodes {{ unit {{ {Build.Repeat("parent {", depth)} name {Build.Repeat("}", depth)} }} }} }} }}",
        };
        return Build.GraphQL(random, query, Expectation.Refusal);
    }

    public static FuzzRequest DeepLiteral(Random random)
    {
        var depth = random.Next(64, 5_000);
        var literal = random.Chance(0.5)
            ? Build.Repeat("[", depth) + "\"x\"" + Build.Repeat("]", depth)
            : Build.Repeat("{ a: ", depth) + "1" + Build.Repeat(" }", depth);
        var field = random.OneOf(["posts(where: { key: { in: LIT } }) { totalCount }", "posts(where: LIT) { totalCount }", "postStatistics(groupBy: LIT) { count }", "nodes(ids: LIT) { id }"]);
        return Build.GraphQL(random, $"{{ {field.Replace("LIT", literal)} }}", Expectation.Refusal);
    }

    public static FuzzRequest LongToken(Random random)
    {
        var length = random.Next(10_000, 250_000);
        return random.Next(5) switch
        {
            0 => Build.GraphQL(random, $$"""{ posts(where: { title: { contains: "{{random.Word(length)}}" } }) { totalCount } }""", Expectation.Either),
            1 => Build.GraphQL(random, $"{{ a{random.Word(length, "abcdefghij_0123456789")} }}", Expectation.Refusal),
            2 => Build.GraphQL(random, $"{{ posts(first: 1{new string('9', length)}) {{ totalCount }} }}", Expectation.Refusal),
            3 => Build.GraphQL(random, $"{{ posts(where: {{ title: {{ eq: \"\"\"{random.Word(length)}\"\"\" }} }}) {{ totalCount }} }}", Expectation.Either),
            _ => Build.GraphQL(random, $"# {random.Word(length)}\n{{ __typename }}", Expectation.Either),
        };
    }

    public static FuzzRequest ManyTokens(Random random)
    {
        var count = random.Next(5_000, 60_000);
        return random.Next(5) switch
        {
            0 => Build.GraphQL(random, $"{{ {Build.Repeat("__typename", count)} }}", Expectation.Either),
            1 => Build.GraphQL(random, $"{{ {new string(',', count)} __typename }}", Expectation.Either),
            2 => Build.GraphQL(random, $"query Q({Build.Numbered(i => $"$v{i}: Int", count / 4, ", ")}) {{ __typename }}", Expectation.Refusal),
            3 => Build.GraphQL(random, $"{{ __typename {Build.Repeat("@include(if: true)", count / 4)} }}", Expectation.Refusal),
            _ => Build.GraphQL(random, $"{{ posts({Build.Repeat("first: 1", count / 3, ", ")}) {{ totalCount }} }}", Expectation.Refusal),
        };
    }

    public static FuzzRequest Garbage(Random random)
    {
        const string valid = """{ posts(first: 5, where: { grade: { code: { eq: "P-5" } } }) { nodes { key title } } }""";
        var choice = random.Next(9);
        var query = choice switch
        {
            0 => valid[..random.Next(valid.Length - 1)],
            1 => new string('{', random.Next(1, 5_000)),
            2 => """{ posts(where: { key: { eq: "unterminated } }) { totalCount } }""",
            3 => """{ posts(where: { key: { eq: "\uZZZZ" } }) { totalCount } }""",
            4 => """{ posts(where: { key: { eq: "\uD800" } }) { totalCount } }""",
            5 => "{ __typename \u0000 }",
            6 => random.OneOf(["", " ", "\n\t", "#", "{}", "query", "fragment", "...", "$", "@", "!"]),
            7 => Soup(random, random.Next(1, 2_000)),
            _ => "\uFEFF{ __typename } }",
        };
        // A lone surrogate escape is invalid by the spec, and some parsers let it through.
        return Build.GraphQL(random, query, choice == 4 ? Expectation.Either : Expectation.Refusal);
    }

    private static string Soup(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Chance(0.3) ? random.OneOf(["{", "}", "(", ")", "[", "]", ":", "...", "$", "@", "\"", "!", "=", "|", "&"]) : (char)random.Next(32, 127));
        }

        return text.ToString();
    }
}
