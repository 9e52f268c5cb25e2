using System.Text;

namespace PostsGraph.Fuzz.Requests;

// IDs that are not IDs, or name nothing, wherever the API takes an ID.
internal static class BadIds
{
    public static FuzzRequest Any(Random random)
    {
        var id = Id(random);
        var quoted = Build.Json(id);
        return random.Next(10) switch
        {
            0 => Build.GraphQL(random, $"{{ node(id: {quoted}) {{ id }} }}", Expectation.Either),
            1 => Build.GraphQL(random, $"{{ nodes(ids: [{Facts.Quoted(Enumerable.Range(0, random.Next(1, 11)).Select(_ => Id(random)))}]) {{ id }} }}", Expectation.Either),
            2 => Build.GraphQL(random, $"{{ post(id: {quoted}) {{ key }} }}", Expectation.Either),
            3 => Build.GraphQL(random, $"{{ comparePosts(ids: [{Build.Json(Facts.PostId("itu-2207"))}, {quoted}]) {{ posts {{ key }} }} }}", Expectation.Either),
            4 => Build.GraphQL(random, $"{{ posts(where: {{ id: {{ {random.OneOf(["eq", "neq"])}: {quoted} }} }}) {{ totalCount }} }}", Expectation.Either),
            5 => Build.GraphQL(random, $"{{ grades(where: {{ id: {{ in: [{quoted}, {Build.Json(Id(random))}] }} }}) {{ code }} }}", Expectation.Either),
            6 => Build.GraphQL(random, "query Q($id: ID!) { node(id: $id) { id } }", Expectation.Either, $"{{\"id\": {quoted}}}"),
            7 => Build.Get($"/export/posts/{Uri.EscapeDataString(id)}.{random.OneOf(["json", "csv", "md"])}", Expectation.Either),
            8 => Build.Get($"/export/posts.csv?where={Uri.EscapeDataString($"{{\"id\":{{\"eq\":{quoted}}}}}")}", Expectation.Either),
            _ => Build.GraphQL(random, $"{{ organisations(where: {{ id: {{ eq: {quoted} }} }}) {{ acronym }} }}", Expectation.Either),
        };
    }

    private static string Id(Random random) => random.Next(11) switch
    {
        0 => random.Word(random.Next(1, 40), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
        1 => Facts.PostId(random.Word(random.Next(1, 30))),
        2 => Facts.Id(random.OneOf(["Post", "Grade", "Organisation", "Unit", "DutyStation", "Nope", "", "post"]), random.OneOf(["", ":", "P-5", "ITU", "itu-2207", "..", "%"])),
        3 => random.OneOf(["!!!", "====", "UG9zdA", "UG9zdDo=", "UG9zdDppdHUtMjIwNw", "UG9zdDppdHUtMjIwNw===", " UG9zdDppdHUtMjIwNw== ", "UG9z dDppdHUtMjIwNw=="]),
        4 => Convert.ToBase64String(RandomBytes(random, random.Next(1, 64))),
        5 => "",
        6 => Convert.ToBase64String(Encoding.UTF8.GetBytes("Post:" + new string('k', random.Next(1_000, 50_000)))),
        7 => random.OneOf(["1", "-1", "0", "null", "true", "{}", "[]"]),
        8 => Facts.Id("Post", "itu-2207\u0000"),
        9 => Facts.Id("Post", "' OR 1=1 --"),
        _ => "Post:itu-2207",
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
