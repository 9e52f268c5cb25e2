using Microsoft.Extensions.Options;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Limits;
using PostsGraph.Hosting;

namespace PostsGraph.Export;

// GET /export/posts.{csv|json|md}?where=…&order=… and GET /export/posts/{id or key}.{json|md|csv}.
// `where` and `order` are the JSON of the same arguments of the GraphQL `posts` field.
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/posts.{format}", (string format, string? where, string? order, HttpContext http) =>
            ExportAsync(http, format, where, order, single: null));
        app.MapGet("/export/posts/{post}.{format}", (string post, string format, HttpContext http) =>
            ExportAsync(http, format, null, null, single: post));
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string formatText, string? whereJson, string? orderJson, string? single)
    {
        if (!ExportFormats.TryParse(formatText, out var format))
        {
            return Problem($"Unknown export format \"{formatText}\"; use csv, json or md.");
        }

        if (single is not null && FilterText.Problem(single) is { } problem)
        {
            return Problem($"A post's key {problem}.");
        }

        var services = http.RequestServices;
        var arguments = services.GetRequiredService<ExportArguments>();
        Dictionary<string, object?>? where;
        List<object?>? order;
        try
        {
            where = single is null ? arguments.Where(whereJson, typeof(Post)) : KeyFilter(KeyOf(single));
            order = arguments.Order(orderJson, typeof(Post));
        }
        catch (ExportArgumentException e)
        {
            return Problem(e.Message);
        }

        // An unknown post is a 404, not an empty file.
        if (single is not null && !await services.GetRequiredService<ProfileSource>().AnyAsync(where, http.RequestAborted))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no post \"{single}\".");
        }

        // A client holding this export from the same database build gets 304 before any work.
        var caching = services.GetRequiredService<HttpCaching>();
        var etag = await caching.ETagAsync(http, http.RequestAborted);
        if (caching.NotModified(http, etag))
        {
            return Results.Empty;
        }

        // An export is expensive work: it waits its turn with the GraphQL requests that are, for at
        // most the execution timeout, and keeps its slot until its last byte is written.
        var limits = services.GetRequiredService<IOptions<LimitOptions>>().Value;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        wait.CancelAfter(limits.ExecutionTimeout);
        IDisposable slot;
        try
        {
            slot = await services.GetRequiredService<ExpensiveRequestGate>().EnterAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            http.Response.Headers.RetryAfter = "5";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
                detail: $"No export could start within {limits.ExecutionTimeout.TotalSeconds} seconds; try again later.");
        }

        using var _ = slot;
        var name = $"{(single is null ? "posts" : KeyOf(single))}.{ExportFormats.Extension(format)}";
        http.Response.ContentType = ExportFormats.ContentType(format);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        if (etag is not null)
        {
            caching.Apply(http.Response, etag);
        }
        try
        {
            await services.GetRequiredService<ExportWriter>().WriteAsync(http.Response.Body, format, where, order, single is not null, http.RequestAborted);
        }
        catch (Exception e) when (http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            // Part of the file has gone out: a clean end would pass it off as the whole file. The
            // connection is reset instead, so the client sees an incomplete transfer.
            services.GetRequiredService<ILogger<ExportWriter>>().LogError(e, "Export of {File} failed after it began (request {RequestId}); the connection was aborted", name, http.TraceIdentifier);
            http.Abort();
        }

        return Results.Empty;
    }

    // The post is named by its global ID or by its key.
    private static string KeyOf(string post) => GraphQL.GlobalId.TryKeyOf(post, "Post", out var key) ? key : post;

    private static Dictionary<string, object?> KeyFilter(string key) => new() { ["key"] = new Dictionary<string, object?> { ["eq"] = key } };

    private static IResult Problem(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad export request", detail: detail);
}
