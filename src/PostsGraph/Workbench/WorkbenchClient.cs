using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using PostsGraph.GraphQL;
using PostsGraph.GraphQL.Limits;

namespace PostsGraph.Workbench;

// The workbench's only way to the data: an operation run by the same executer, limits and
// serializer as POST /graphql, its response read back from the JSON a client would receive.
public sealed class WorkbenchClient(IDocumentExecuter executer, ResponseSerializer serializer, IOptions<LimitOptions> limits, IServiceProvider services)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> RunAsync<T>(WorkbenchOperation operation, CancellationToken cancellationToken = default)
    {
        using var userContext = new RequestContext();
        var result = await GraphQLEndpoint.ExecuteWithinAsync(executer, new ExecutionOptions
        {
            UserContext = userContext,
            Query = operation.Document,
            OperationName = operation.Name,
            // Through the serializer, as an HTTP client's variables arrive.
            Variables = serializer.Deserialize<Inputs>(operation.VariablesJson),
            RequestServices = services,
        }, limits.Value, cancellationToken);

        using var response = JsonDocument.Parse(serializer.Serialize(result));
        if (response.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new WorkbenchQueryException([.. errors.EnumerateArray().Select(e => e.GetProperty("message").GetString() ?? "")]);
        }

        return response.RootElement.GetProperty("data").Deserialize<T>(Json)!;
    }
}

// The errors of a response, as the API words them.
public sealed class WorkbenchQueryException(IReadOnlyList<string> messages) : Exception(string.Join(" ", messages))
{
    public IReadOnlyList<string> Messages { get; } = messages;
}
