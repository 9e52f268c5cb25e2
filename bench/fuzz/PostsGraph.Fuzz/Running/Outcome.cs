namespace PostsGraph.Fuzz.Running;

// Whether an answer other than a 5xx matches the request's Expectation; null when it does, otherwise what was wrong.
internal static class Outcome
{
    public static string? Of(FuzzRequest request, int status, Inspection inspection)
    {
        var graphQL = request.PathAndQuery.StartsWith("/graphql", StringComparison.OrdinalIgnoreCase);
        var ok = status is >= 200 and < 300;
        var matches = request.Expect switch
        {
            Expectation.Success => ok && !inspection.HasErrors && (inspection.HasData || !graphQL),
            Expectation.Refusal => status is >= 400 and < 500 || (ok && graphQL && inspection.HasErrors),
            _ => ok || status is >= 400 and < 500,
        };
        if (matches)
        {
            return null;
        }

        var expected = request.Expect == Expectation.Success ? "success" : request.Expect == Expectation.Refusal ? "a refusal" : "2xx or 4xx";
        return $"expected {expected}, got {status}{(inspection.FirstError is { } error ? $": {ReportText.Clip(error)}" : ok && graphQL ? " without errors" : "")}";
    }
}
