namespace PostsGraph.Fuzz.Requests;

// Introspection is exempt from the depth and cost limits, so its own nesting must not run away.
internal static class IntrospectionAbuse
{
    public static FuzzRequest Deep(Random random)
    {
        var levels = random.Next(9, 61);
        string query;
        switch (random.Next(3))
        {
            case 0:
                // types { possibleTypes { interfaces { possibleTypes { interfaces ... } } } }
                var chain = Build.Numbered(i => i == 0 ? "types {" : i % 2 == 1 ? "possibleTypes {" : "interfaces {", levels);
                query = $"{{ __schema {{ {chain} name {Build.Repeat("}", levels)} }} }}";
                break;
            case 1:
                query = $$"""{ __type(name: "Post") { fields { type { {{Build.Repeat("ofType {", levels)}} name {{Build.Repeat("}", levels)}} } } } }""";
                break;
            default:
                // types { fields { type { fields { type ... } } } }: the response grows with every level.
                var fields = Build.Numbered(i => i % 2 == 0 ? "fields {" : "type {", levels);
                query = $"{{ __schema {{ types {{ {fields} name {Build.Repeat("}", levels)} }} }} }}";
                break;
        }

        return Build.GraphQL(random, query, Expectation.Either);
    }

    public static FuzzRequest TypeByName(Random random)
    {
        var (argument, expect) = random.Next(7) switch
        {
            0 => ("(name: \"\")", Expectation.Either),
            1 => ("(name: \"NoSuchType\")", Expectation.Either),
            2 => ($"(name: \"{random.Word(random.Next(1_000, 100_000))}\")", Expectation.Either),
            3 => ("", Expectation.Refusal),
            4 => ("(name: 5)", Expectation.Refusal),
            5 => ("(name: null)", Expectation.Refusal),
            _ => ($"(name: \"{random.OneOf(["Post", "Query", "PostFilterInput", "Node", "Date", "__Type"])}\")", Expectation.Success),
        };
        return Build.GraphQL(random, $"{{ __type{argument} {{ name kind fields {{ name }} inputFields {{ name }} enumValues {{ name }} possibleTypes {{ name }} }} }}", expect);
    }
}
