namespace PostsGraph.Fuzz.Requests;

// The export documents, asked for many times in one request or with broken URL parameters.
internal static class ExportAbuse
{
    public static FuzzRequest Aliases(Random random)
    {
        var count = random.Next(100, 1_001);
        var format = random.OneOf(["CSV", "JSON", "MARKDOWN"]);
        return Build.GraphQL(random, $"{{ {Build.Numbered(i => $"e{i}: exportPosts(format: {format})", count)} }}", Expectation.Either);
    }

    public static FuzzRequest Endpoint(Random random)
    {
        var format = random.OneOf(["csv", "json", "md"]);
        var (query, expect) = random.Next(12) switch
        {
            0 => ("where={\"grade\":", Expectation.Refusal),
            1 => ("where=" + Escape("""{"grade":{"cod":{"eq":"P-5"}}}"""), Expectation.Refusal),
            2 => ("where=" + Escape("""{"durationMonths":{"eq":"twelve"}}"""), Expectation.Refusal),
            3 => ("where=" + Escape($$"""{"or":[{{Build.Repeat("""{"key":{"eq":"k1"}}""", random.Next(10, 3_000), ",")}}]}"""), Expectation.Either),
            4 => ("where=" + Escape(Build.Repeat("{\"and\":[", 200) + "{}" + Build.Repeat("]}", 200)), Expectation.Either),
            5 => ("where=" + Escape("""{"id":{"eq":"!!not base64"}}"""), Expectation.Either),
            6 => ("order=" + Escape("""[{"key":"UP"}]"""), Expectation.Refusal),
            7 => ("order=" + Escape("""{"key":"DESC"}"""), Expectation.Either),
            8 => ("where=" + Escape("[1,2,3]"), Expectation.Refusal),
            9 => ("where=&order=", Expectation.Either),
            10 => ("where=" + Escape("""{"postedOn":{"gt":"2024-13-45"}}"""), Expectation.Refusal),
            _ => ("where=" + Escape("""{"annualNetPay":{"amount":{"gt":1e400}}}"""), Expectation.Either),
        };
        if (random.Chance(0.15))
        {
            return Build.Get($"/export/posts.{random.OneOf(["xml", "CSV", "", "csv.csv", "exe", "json%00"])}?{query}", Expectation.Either);
        }

        if (random.Chance(0.25))
        {
            var post = random.OneOf(["no-such-post", "..", "%2e%2e", random.Word(random.Next(1, 4_000)), "icc-24313%00", "%2F"]);
            return Build.Get($"/export/posts/{post}.{format}", Expectation.Refusal);
        }

        return Build.Get($"/export/posts.{format}?{query}", expect);
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
