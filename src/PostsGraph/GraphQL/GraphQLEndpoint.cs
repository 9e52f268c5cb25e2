using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PostsGraph.GraphQL.Limits;
using PostsGraph.Hosting;
using PostsGraph.Ide;

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

    private static async Task HandlePostAsync(HttpContext http, ResponseSerializer serializer, IDocumentExecuter executer, IOptions<LimitOptions> limits, PersistedOperations persisted)
    {
        // A client that accepts only multipart/mixed can send a batch (HotChocolate's batch
        // response); anything else it sends is refused below, once the body shows it is no batch.
        var multipartOnly = ResponseMediaType(http) is null && PrefersMultipart(http.Request);
        if (!multipartOnly && await RefusedAsNotAcceptableAsync(http, serializer))
        {
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type: application/json.");
            return;
        }

        var max = limits.Value.MaxRequestBytes;
        using var body = new MemoryStream();
        if (http.Request.ContentLength > max || !await CopyAtMostAsync(http.Request.Body, body, max, http.RequestAborted))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {max} bytes allowed.", ErrorCodes.RequestTooLarge);
            return;
        }

        if (FirstByte(body) == '[')
        {
            await HandleBatchAsync(http, serializer, executer, limits.Value, persisted, body);
            return;
        }

        if (multipartOnly)
        {
            await RefusedAsNotAcceptableAsync(http, serializer);
            return;
        }

        GraphQLRequest? request;
        try
        {
            body.Position = 0;
            request = await serializer.ReadAsync<GraphQLRequest>(body, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"The request body is not a valid GraphQL request: {e.Message}");
            return;
        }

        var resolution = request is null ? null : persisted.Resolve(request);
        if (resolution?.Error is { } error)
        {
            await WriteResultAsync(http, serializer, new ExecutionResult { Errors = [error] });
            return;
        }

        await ExecuteAsync(http, serializer, executer, resolution?.Request, limits.Value, resolution?.Extension);
    }

    private static async Task HandleGetAsync(HttpContext http, ResponseSerializer serializer, IDocumentExecuter executer, IOptions<LimitOptions> limits, PersistedOperations persisted)
    {
        if (http.Request.Query.ContainsKey("sdl"))
        {
            await WriteSchemaAsync(http);
            return;
        }

        if (await IdeEndpoints.TryServePageAsync(http))
        {
            return;
        }

        if (await RefusedAsNotAcceptableAsync(http, serializer))
        {
            return;
        }

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

        var resolution = persisted.Resolve(request);
        if (resolution.Error is { } error)
        {
            await WriteResultAsync(http, serializer, new ExecutionResult { Errors = [error] });
            return;
        }

        request = resolution.Request;
        if (IsMutation(request.Query, request.OperationName))
        {
            // GraphQL over HTTP: a mutation sent with GET is refused without running it.
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }

        // A dashboard polling with GET gets 304 while the database and its request are the same.
        var caching = http.RequestServices.GetRequiredService<HttpCaching>();
        var etag = await caching.ETagAsync(http, http.RequestAborted);
        if (caching.NotModified(http, etag))
        {
            return;
        }

        await ExecuteAsync(http, serializer, executer, request, limits.Value, resolution.Extension, etag);
    }

    private static async Task ExecuteAsync(HttpContext http, ResponseSerializer serializer, IDocumentExecuter executer, GraphQLRequest? request, LimitOptions limits, Dictionary<string, object?>? persistedQuery = null, string? etag = null)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "The request has no query.");
            return;
        }

        using var userContext = new RequestContext(); // holds the statistics slot, if any, until the response is written
        var result = await RunAsync(http, executer, request, limits, userContext, persistedQuery);

        // Only a response without errors may be cached: an error (a timeout, say) need not come again.
        if (etag is not null && result.Executed && result.Errors is not { Count: > 0 })
        {
            http.RequestServices.GetRequiredService<HttpCaching>().Apply(http.Response, etag);
        }

        await WriteResultAsync(http, serializer, result);
    }

    // Request batching as HotChocolate offers it, off unless Batching:Enabled: a JSON array of
    // requests, run one after the other. Answered as HotChocolate answers it (multipart/mixed, each
    // result with its requestIndex) to a client that accepts multipart/mixed, and as a JSON array in
    // the requests' order (Apollo's BatchHttpLink, GraphQL.NET's server) to a client that accepts JSON.
    private static async Task HandleBatchAsync(HttpContext http, ResponseSerializer serializer, IDocumentExecuter executer, LimitOptions limits, PersistedOperations persisted, MemoryStream body)
    {
        var batching = http.RequestServices.GetRequiredService<IOptions<BatchingOptions>>().Value;
        if (!batching.Enabled)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest,
                "Batched requests (a JSON array of requests) are turned off on this server: send one request object per POST.", ErrorCodes.BatchingDisabled);
            return;
        }

        List<GraphQLRequest?>? requests;
        try
        {
            body.Position = 0;
            requests = await serializer.ReadAsync<List<GraphQLRequest?>>(body, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"The request body is not a valid batch of GraphQL requests: {e.Message}");
            return;
        }

        if (requests is not { Count: > 0 } || requests.Count > batching.MaxSize)
        {
            await WriteRequestErrorAsync(http, serializer, StatusCodes.Status400BadRequest,
                $"A batch holds from 1 to {batching.MaxSize} requests; this one holds {requests?.Count ?? 0}.", ErrorCodes.BatchTooLarge);
            return;
        }

        var multipart = PrefersMultipart(http.Request);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = multipart ? "multipart/mixed; boundary=\"-\"" : $"{ResponseMediaType(http)}; charset=utf-8";
        var output = http.Response.BodyWriter;
        if (!multipart)
        {
            await output.WriteAsync("["u8.ToArray(), http.RequestAborted);
        }

        for (var index = 0; index < requests.Count; index++)
        {
            // Each result is written before the next request runs, and its slots are then given back.
            using var userContext = new RequestContext();
            var result = await RunBatchedAsync(http, executer, requests[index], limits, userContext, persisted);
            if (multipart)
            {
                await output.WriteAsync("\r\n---\r\nContent-Type: application/json; charset=utf-8\r\n\r\n"u8.ToArray(), http.RequestAborted);
                await output.WriteAsync(serializer.ToUtf8(result, index), http.RequestAborted);
            }
            else
            {
                if (index > 0)
                {
                    await output.WriteAsync(","u8.ToArray(), http.RequestAborted);
                }

                await serializer.WriteAsync(output, result, http.RequestAborted);
            }
        }

        await output.WriteAsync(multipart ? "\r\n-----\r\n"u8.ToArray() : "]"u8.ToArray(), http.RequestAborted);
    }

    private static async Task<ExecutionResult> RunBatchedAsync(HttpContext http, IDocumentExecuter executer, GraphQLRequest? request, LimitOptions limits, RequestContext userContext, PersistedOperations persisted)
    {
        var resolution = request is null ? null : persisted.Resolve(request);
        if (resolution?.Error is { } error)
        {
            return new ExecutionResult { Errors = [error] };
        }

        if (string.IsNullOrWhiteSpace(resolution?.Request.Query))
        {
            return new ExecutionResult { Errors = [new ExecutionError("The request has no query.") { Code = ErrorCodes.InvalidRequest }] };
        }

        return await RunAsync(http, executer, resolution.Request, limits, userContext, resolution.Extension);
    }

    // The first value of the GraphQL-Cost header, when it is one HotChocolate knows: report or validate.
    private static string? CostMode(HttpRequest request) =>
        request.Headers["GraphQL-Cost"].FirstOrDefault()?.Trim().ToLowerInvariant() switch
        {
            "report" => "report",
            "validate" => "validate",
            _ => null,
        };

    private static bool PrefersMultipart(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var multipart = accept.Where(a => a.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = accept.Where(a => a.MediaType.Value is "application/json" or "application/graphql-response+json").Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return multipart > 0 && multipart >= json;
    }

    // Executes one request within the execution timeout, with the extensions the response reports.
    private static async Task<ExecutionResult> RunAsync(HttpContext http, IDocumentExecuter executer, GraphQLRequest request, LimitOptions limits, RequestContext userContext, Dictionary<string, object?>? persistedQuery)
    {
        var costMode = CostMode(http.Request);
        if (costMode == "validate")
        {
            userContext[CostRule.ValidateOnlyKey] = true;
        }

        var result = await ExecuteWithinAsync(executer, new ExecutionOptions
        {
            UserContext = userContext,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
        }, limits, http.RequestAborted);

        // HotChocolate's `GraphQL-Cost` header: `report` adds the operation's cost to the response,
        // `validate` answers with the cost alone, having run nothing (CostValidation), whatever the limits.
        if (costMode is not null && userContext.TryGetValue(CostRule.CostKey, out var counted) && counted is OperationCost cost)
        {
            result.Extensions ??= [];
            result.Extensions["operationCost"] = new Dictionary<string, object?> { ["fieldCost"] = cost.FieldCost, ["typeCost"] = cost.TypeCost };
            if (costMode == "validate" && result.Errors is not { Count: > 0 })
            {
                result = new ExecutionResult { Extensions = result.Extensions, Executed = false };
            }
        }

        if (persistedQuery is not null)
        {
            result.Extensions ??= [];
            result.Extensions[PersistedOperations.Extension] = persistedQuery;
        }

        return result;
    }

    // Executes one operation within Limits:ExecutionTimeout (the endpoint's requests and the
    // workbench's): running out of time is an error in the result (TIMEOUT); the caller giving up
    // (`aborted`) is a cancellation.
    internal static async Task<ExecutionResult> ExecuteWithinAsync(IDocumentExecuter executer, ExecutionOptions options, LimitOptions limits, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(limits.ExecutionTimeout);
        options.CancellationToken = timeout.Token;
        try
        {
            return await executer.ExecuteAsync(options);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            var error = new ExecutionError($"The request exceeded the configured timeout of {limits.ExecutionTimeout.TotalSeconds} seconds.") { Code = ErrorCodes.Timeout };
            return new ExecutionResult { Errors = [error], Executed = true };
        }
    }

    private static async Task WriteResultAsync(HttpContext http, ResponseSerializer serializer, ExecutionResult result)
    {
        var mediaType = ResponseMediaType(http)!;
        // With application/graphql-response+json, a request that never executed for an error (parse or
        // validation error, unknown persisted operation) is a 400; with legacy application/json every
        // well-formed request is a 200. A cost validated without errors is a 200 either way.
        http.Response.StatusCode = mediaType == GraphQLResponseJson && !result.Executed && result.Errors is { Count: > 0 } ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.BodyWriter, result, http.RequestAborted);
    }

    // HotChocolate's schema download: `GET /graphql?sdl` gives the schema as schema/schema.graphql
    // holds it, with an ETag and HotChocolate's Cache-Control for it.
    private static async Task WriteSchemaAsync(HttpContext http)
    {
        var (text, etag) = http.RequestServices.GetRequiredService<SchemaDownload>().Value;
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "public, max-age=3600, must-revalidate";
        if (HttpCaching.Matches(http.Request, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.ContentType = "application/graphql; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"schema.graphql\"";
        await http.Response.WriteAsync(text, http.RequestAborted);
    }

    private static async Task<bool> RefusedAsNotAcceptableAsync(HttpContext http, ResponseSerializer serializer)
    {
        if (ResponseMediaType(http) is not null)
        {
            return false;
        }

        await WriteRequestErrorAsync(http, serializer, StatusCodes.Status406NotAcceptable, "The Accept header allows neither application/graphql-response+json nor application/json.");
        return true;
    }

    // Null when the client accepts neither JSON response type.
    private static string? ResponseMediaType(HttpContext http)
    {
        // GraphQL over HTTP: a client that names no type, or accepts any, is answered as a legacy
        // client, with application/json (a plain fetch, curl or requests call gets a 200 with its errors).
        var accept = http.Request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.MediaType == "*/*" || type.MediaType == "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static bool IsMutation(string? query, string? operationName)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return false;
        }

        try
        {
            var operations = Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            // With several operations and no name, none is chosen: the executor refuses that with a 400.
            var operation = operationName is null ? (operations.Count == 1 ? operations[0] : null) : operations.Find(o => o.Name?.StringValue == operationName);
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false; // the executor reports it, within the document limits
        }
    }

    private static int FirstByte(MemoryStream body)
    {
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return start < 0 ? -1 : bytes[start];
    }

    private static async Task<bool> CopyAtMostAsync(Stream source, Stream target, long max, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (target.Length + read > max)
            {
                return false;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return true;
    }

    private static async Task WriteRequestErrorAsync(HttpContext http, ResponseSerializer serializer, int status, string message, string code = ErrorCodes.InvalidRequest)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{ResponseMediaType(http) ?? Json}; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}

// The schema's text and its ETag, printed once per host (its @listSize weights follow the host's options).
public sealed class SchemaDownload(IServiceProvider services)
{
    private readonly Lazy<(string Text, string ETag)> _value = new(() =>
    {
        var text = services.PrintSchema();
        return (text, HttpCaching.Weak(text));
    });

    public (string Text, string ETag) Value => _value.Value;
}
