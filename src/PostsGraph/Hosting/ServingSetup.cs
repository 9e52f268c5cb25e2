using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;

namespace PostsGraph.Hosting;

// What an unattended service needs around its endpoints: CORS for browser dashboards, health and
// readiness probes, one structured log line per request, compression, and no 500 with a stack trace.
public static class ServingSetup
{
    private const string CorsPolicy = "dashboards";

    public static IServiceCollection AddServing(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("Content-Disposition");
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
        return services;
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
        app.Use((http, next) => LogRequestAsync(requests, http, next));
        app.UseResponseCompression();
        app.UseCors(CorsPolicy);
        app.MapGet("/healthz", () => Results.Text("ok\n")).ExcludeFromDescription();
        app.MapGet("/readyz", async (PostsDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct) && await db.Posts.AnyAsync(ct)
                ? Results.Text("ready\n")
                : Results.Text("the database is not reachable\n", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
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
