using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace PostsGraph.GraphQL;

// POST application/json and GET with URL parameters, answered in application/graphql-response+json
// unless the client asks for application/json (GraphQL over HTTP).
public static class GraphQLEndpoint
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.MapPost(path, HandlePostAsync);
        app.MapGet(path, HandleGetAsync);
        return app;
    }

    private static async Task HandlePostAsync(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter executer)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type: application/json.");
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"The request body is not a valid GraphQL request: {e.Message}");
            return;
        }

        await ExecuteAsync(http, serializer, executer, request);
    }

    private static async Task HandleGetAsync(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter executer)
    {
        var query = http.Request.Query;
        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest
            {
                Query = query["query"],
                OperationName = query["operationName"] is { Count: > 0 } name && name.ToString().Length > 0 ? name.ToString() : null,
                Variables = query["variables"] is { Count: > 0 } variables ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
                Extensions = query["extensions"] is { Count: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions.ToString()) : null,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"The variables or extensions parameter is not a JSON object: {e.Message}");
            return;
        }

        await ExecuteAsync(http, serializer, executer, request);
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, IDocumentExecuter executer, GraphQLRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "The request has no query.");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
        });

        var mediaType = ResponseMediaType(http);
        // With application/graphql-response+json, a request that never executed (parse or validation
        // error) is a 400; with legacy application/json every well-formed request is a 200.
        http.Response.StatusCode = mediaType == GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static string ResponseMediaType(HttpContext http)
    {
        var accept = http.Request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponseJson;
        }

        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) || type.MediaType == "*/*" || type.MediaType == "application/*")
            {
                return GraphQLResponseJson;
            }

            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return GraphQLResponseJson;
    }

    private static async Task WriteRequestErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{ResponseMediaType(http)}; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = "INVALID_REQUEST" }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
