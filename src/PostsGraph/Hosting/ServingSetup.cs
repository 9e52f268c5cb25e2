using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Seed;

namespace PostsGraph.Hosting;

// What an unattended service needs around its endpoints: CORS for browser dashboards, health and
// readiness probes, one structured log line per request, compression, no 500 with a stack trace,
// and memory given back once a busy period ends.
public static class ServingSetup
{
    private const string CorsPolicy = "dashboards";

    public static IServiceCollection AddServing(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = CorsOrigins.From(configuration);
        services.AddSingleton(origins);
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.AllowsAny)
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins([.. origins.Allowed]);
            }

            policy.WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("Content-Disposition", "ETag");
        }));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/graphql-response+json", "text/csv", "text/markdown", "application/problem+json"]);
        });
        services.AddProblemDetails();
        services.AddOptions<HttpCachingOptions>().BindConfiguration(HttpCachingOptions.Section);
        services.AddSingleton<HttpCaching>();
        services.AddSingleton<IdleMemoryTrimmer>();
        services.AddHostedService(sp => sp.GetRequiredService<IdleMemoryTrimmer>());
        return services;
    }

    // Logs the serving configuration at start-up; false, with the reasons logged, when it is wrong.
    public static bool CheckServingConfiguration(this WebApplication app)
    {
        var origins = app.Services.GetRequiredService<CorsOrigins>();
        foreach (var error in origins.Errors)
        {
            app.Logger.LogCritical("{Error}", error);
        }

        app.Logger.LogInformation("Browser origins allowed by CORS: {Origins}", origins.Allowed.Count == 0 ? "none" : string.Join(", ", origins.Allowed));
        return origins.Errors.Count == 0;
    }

    public static WebApplication UseServing(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Whatever fails outside GraphQL's own error handling: logged with the request id, answered
            // with a problem+json naming it. 503, not 500: the request was fine, the service was not.
            StatusCodeSelector = _ => StatusCodes.Status503ServiceUnavailable,
        });
        var requests = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PostsGraph.Requests");
        var trimmer = app.Services.GetRequiredService<IdleMemoryTrimmer>();
        app.Use((http, next) =>
        {
            trimmer.RequestArrived();
            return LogRequestAsync(requests, http, next);
        });
        app.UseResponseCompression();
        app.UseCors(CorsPolicy);
        app.MapGet("/healthz", () => Results.Text("ok\n")).ExcludeFromDescription();
        app.MapGet("/readyz", ReadyAsync).ExcludeFromDescription();
        return app;
    }

    // Ready when the database is sound and a query answers as the API's do (through the pooled
    // context); otherwise 503 naming the cause, and the watcher is asked to rebuild it now.
    private static async Task<IResult> ReadyAsync(IPostsDatabase database, PostsDbContext db, SeedWatcher watcher, CancellationToken ct)
    {
        var problem = await database.ProblemAsync(ct);
        if (problem is null)
        {
            try
            {
                problem = await db.Posts.AnyAsync(ct) ? null : "the database holds no posts";
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                problem = $"a query failed: {e.Message}";
            }
        }

        if (problem is null)
        {
            return Results.Text("ready\n");
        }

        watcher.Wake();
        return Results.Text($"not ready: {problem}\n", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task LogRequestAsync(ILogger logger, HttpContext http, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = http.TraceIdentifier }))
        {
            await next();
            logger.LogInformation("{Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms (request {RequestId})",
                http.Request.Method, http.Request.Path.Value, http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, http.TraceIdentifier);
        }
    }
}
