namespace PostsGraph.Fuzz.Requests;

// Requests built from the schema's real fields and the seed's real keys, which should succeed.
internal static class ValidQueries
{
    public static FuzzRequest Posts(Random random)
    {
        var selection = string.Join(" ", random.Some(Facts.PostSelections, 1, 4));
        var page = random.OneOf(["", "first: 1", "first: 5", "first: 20", "last: 3"]);
        List<string> arguments = [page, Filter(random), Order(random)];
        var shape = random.Next(3) switch
        {
            0 => $"totalCount nodes {{ {selection} }}",
            1 => $"edges {{ cursor node {{ {selection} }} }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }}",
            _ => $"nodes {{ {selection} }}",
        };
        if (random.Chance(0.2))
        {
            // One document with variables, so that the server's variable path is exercised too.
            var grade = random.OneOf(["P-3", "P-4", "P-5", "D-1"]);
            return Build.GraphQL(random, $$"""query Page($first: Int, $grade: String) { posts(first: $first, where: { grade: { code: { eq: $grade } } }) { {{shape}} } }""",
                Expectation.Success, $$"""{"first": {{random.Next(1, 21)}}, "grade": "{{grade}}"}""", "Page");
        }

        var args = string.Join(", ", arguments.Where(a => a.Length > 0));
        return Build.GraphQL(random, $"{{ posts{(args.Length > 0 ? $"({args})" : "")} {{ {shape} }} }}", Expectation.Success);
    }

    public static FuzzRequest Statistics(Random random)
    {
        var groupBy = string.Join(", ", random.Some(Facts.GroupBy, 0, 3));
        var where = Filter(random);
        var args = string.Join(", ", new[] { groupBy.Length > 0 ? $"groupBy: [{groupBy}]" : "", where }.Where(a => a.Length > 0));
        return Build.GraphQL(random, $$"""
            { postStatistics{{(args.Length > 0 ? $"({args})" : "")}} {
                key { groupedBy organisation { acronym } grade { code } gradeCategory dutyStation { city } country { code } appointmentType currency deadlineYear }
                count postsWithoutPay annualNetPay { currency count min max avg sum } minYearsExperience { count min max avg } } }
            """, Expectation.Success);
    }

    public static FuzzRequest Compare(Random random)
    {
        var ids = Facts.Quoted(random.Some(Facts.PostKeys, 2, 5).Select(Facts.PostId));
        var rows = random.OneOf(["rows", "rows(onlyDifferences: true)", "rows(onlyDifferences: false)"]);
        return Build.GraphQL(random, $$"""{ comparePosts(ids: [{{ids}}]) { posts { key } {{rows}} { attribute label differs values { value evidence { quote sourceUrl } } } } }""", Expectation.Success);
    }

    public static FuzzRequest Node(Random random)
    {
        var fragments = "id ... on Post { key title } ... on Organisation { acronym } ... on Grade { code level } ... on DutyStation { city }";
        string[] all = [.. Facts.PostKeys.Select(Facts.PostId), .. Facts.OtherNodeIds];
        return random.Next(4) switch
        {
            0 => Build.GraphQL(random, $$"""{ node(id: "{{random.OneOf(all)}}") { {{fragments}} } }""", Expectation.Success),
            1 => Build.GraphQL(random, $$"""{ nodes(ids: [{{Facts.Quoted(random.Some(all, 1, 10))}}]) { {{fragments}} } }""", Expectation.Success),
            2 => Build.GraphQL(random, $$"""{ post(id: "{{Facts.PostId(random.OneOf(Facts.PostKeys))}}") { key title grade { code } annualNetPay { amount currency } } }""", Expectation.Success),
            _ => Build.GraphQL(random, "query Node($id: ID!) { node(id: $id) { id ... on Post { key } } }", Expectation.Success,
                $$"""{"id": "{{random.OneOf(all)}}"}"""),
        };
    }

    public static FuzzRequest Reference(Random random) => Build.GraphQL(random, random.Next(4) switch
    {
        0 => """{ organisations(where: { acronym: { startsWith: "U" } }, order: [{ name: ASC }]) { id acronym name kind headquarters { city } } }""",
        1 => """{ grades(where: { category: { eq: PROFESSIONAL } }, order: [{ level: DESC }]) { id code level title } }""",
        2 => """{ dutyStations(where: { country: { code: { eq: "CH" } } }) { id key city country { name } } }""",
        _ => """{ units(where: { organisation: { acronym: { eq: "ITU" } } }) { id name kind depth path { name } } }""",
    }, Expectation.Success);

    public static FuzzRequest Export(Random random)
    {
        var format = random.OneOf(["csv", "json", "md"]);
        return random.Next(4) switch
        {
            0 => Build.Get($"/export/posts.{format}", Expectation.Success),
            1 => Build.Get($"/export/posts.{format}?where={Uri.EscapeDataString("""{"grade":{"code":{"eq":"P-5"}}}""")}&order={Uri.EscapeDataString("""[{"annualNetPay":{"amount":"DESC"}}]""")}", Expectation.Success),
            2 => Build.Get($"/export/posts/{random.OneOf(Facts.PostKeys)}.{format}", Expectation.Success),
            _ => Build.GraphQL(random, $$"""{ exportPosts(format: {{random.OneOf(["CSV", "JSON", "MARKDOWN"])}}, where: { key: { eq: "{{random.OneOf(Facts.PostKeys)}}" } }) }""", Expectation.Success),
        };
    }

    private static string Filter(Random random)
    {
        var filters = random.Some(Facts.PostFilters, 0, 3);
        return filters.Count switch
        {
            0 => "",
            1 => $"where: {{ {filters[0]} }}",
            _ => $"where: {{ {random.OneOf(["and", "or"])}: [{string.Join(", ", filters.Select(f => $"{{ {f} }}"))}] }}",
        };
    }

    private static string Order(Random random)
    {
        var orders = random.Some(Facts.PostOrders, 0, 2);
        return orders.Count == 0 ? "" : $"order: [{string.Join(", ", orders)}]";
    }
}
