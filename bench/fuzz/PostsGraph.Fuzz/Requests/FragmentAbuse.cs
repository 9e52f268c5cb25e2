namespace PostsGraph.Fuzz.Requests;

// Fragments and fields that multiply the work of validation and execution.
internal static class FragmentAbuse
{
    private static readonly string[] Leaves = ["__typename", "posts(first: 1) { totalCount }", "grades { code }"];

    // { ...F0 } fragment F0 on Query { ...F1 } ... : one long chain, valid GraphQL.
    public static FuzzRequest Chain(Random random)
    {
        var count = random.Next(1_200, 5_001);
        var fragments = Build.Numbered(i => $"fragment F{i} on Query {{ ...F{i + 1} }}", count - 1);
        return Build.GraphQL(random, $"{{ ...F0 }} {fragments} fragment F{count - 1} on Query {{ {random.OneOf(Leaves)} }}", Expectation.Either);
    }

    // Each fragment spreads the next twice: 2^levels spreads if expanded naively.
    public static FuzzRequest FanOut(Random random)
    {
        var levels = random.Next(20, 31);
        var fragments = Build.Numbered(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}", levels);
        return Build.GraphQL(random, $"{{ ...F0 }} {fragments} fragment F{levels} on Query {{ {random.OneOf(Leaves)} }}", Expectation.Either);
    }

    // F0 -> F1 -> ... -> F0, which validation must refuse without following it forever.
    public static FuzzRequest Cycle(Random random)
    {
        var count = random.Chance(0.1) ? 1 : random.Next(2, 501);
        var fragments = random.Chance(0.5)
            ? Build.Numbered(i => $"fragment F{i} on Query {{ ...F{(i + 1) % count} }}", count)
            : Build.Numbered(i => $"fragment F{i} on Query {{ __typename posts(first: 1) {{ totalCount }} ...F{(i + 1) % count} }}", count);
        return Build.GraphQL(random, $"{{ ...F0 }} {fragments}", Expectation.Refusal);
    }

    // Thousands of copies of one field without aliases: the fields-merge check is quadratic if done naively.
    public static FuzzRequest Repeated(Random random)
    {
        var count = random.Next(500, 2_001);
        if (random.Chance(0.25))
        {
            // Same name, different arguments: cannot merge, so it must be refused.
            return Build.GraphQL(random, $"{{ {Build.Numbered(i => $"posts(first: {i % 50 + 1}) {{ totalCount }}", count)} }}", Expectation.Refusal);
        }

        var field = random.OneOf(["posts(first: 50) { totalCount }", "grades { code }", "__typename", "postStatistics { count }"]);
        return Build.GraphQL(random, $"{{ {Build.Repeat(field, count)} }}", Expectation.Either);
    }

    public static FuzzRequest Aliases(Random random)
    {
        var count = random.Next(200, 1_001);
        var field = random.OneOf(["posts(first: 50) { totalCount }", "grades { code }", "__typename", "organisations { acronym }", "postStatistics(groupBy: [GRADE]) { count }"]);
        return Build.GraphQL(random, $"{{ {Build.Numbered(i => $"a{i}: {field}", count)} }}", Expectation.Either);
    }
}
