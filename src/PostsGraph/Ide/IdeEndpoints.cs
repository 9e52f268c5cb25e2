using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PostsGraph.Ide;

// What a person with a browser finds: the IDE at GET /graphql (when the browser prefers HTML; JSON
// clients are answered as before), its assets under /graphql/ide/ and the docs at /docs/{file}
// (the workbench at / links to them).
public static class IdeEndpoints
{
    public static IServiceCollection AddIde(this IServiceCollection services)
    {
        services.AddOptions<IdeOptions>().BindConfiguration(IdeOptions.Section);
        return services;
    }

    public static WebApplication MapIde(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<IdeOptions>>().Value;
        if (options.Enabled)
        {
            var assets = IdeAssets.For(options, "");
            if (assets.Folder is { } folder)
            {
                if (File.Exists(Path.Combine(folder, "ide.js")))
                {
                    app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = IdeAssets.RoutePrefix });
                    app.Logger.LogInformation("The IDE at /graphql loads GraphiQL from {Folder}", folder);
                }
                else
                {
                    app.Logger.LogWarning("Ide:AssetsPath {Folder} holds no ide.js: the IDE page will say it cannot load. Build the local copy with `bash ide/build`.", folder);
                }
            }
            else
            {
                app.Logger.LogInformation("The IDE at /graphql loads GraphiQL {Version} from {Cdn}", IdeAssets.GraphiQL, options.CdnUrl);
            }

            app.MapGet($"{IdeAssets.RoutePrefix}/start.js", () => Results.Text(StartModule.Value, "text/javascript; charset=utf-8"));
        }

        app.MapGet("/docs/{file}", (string file) => Docs.Read(file) is { } text
            ? Results.Text(text, "text/markdown; charset=utf-8")
            : Results.NotFound());
        return app;
    }

    // Answers GET /graphql with the IDE when it is on, the request carries no operation (no query,
    // no persisted operation's extensions), and the client prefers HTML to JSON (a browser's
    // navigation); false, having written nothing, otherwise.
    public static async Task<bool> TryServePageAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<IdeOptions>>().Value;
        if (!options.Enabled || http.Request.Query.ContainsKey("query") || http.Request.Query.ContainsKey("extensions") || !PrefersHtml(http.Request))
        {
            return false;
        }

        var pathBase = http.Request.PathBase.Value ?? "";
        var html = IdePage.Html(options, IdeAssets.For(options, pathBase), pathBase + http.Request.Path, pathBase);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.WriteAsync(html, http.RequestAborted);
        return true;
    }

    // HTML named, and ranked above every JSON type the client accepts (a browser sends
    // text/html first and */* at a lower quality).
    internal static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double Quality(Func<MediaTypeHeaderValue, bool> matches) =>
            accept.Where(matches).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var html = Quality(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var json = Quality(a => a.MediaType.Value is { } type && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*"));
        return html > 0 && html > json;
    }

    // What a client that does not ask for HTML gets at / (a browser gets the workbench).
    public static string RootText(IServiceProvider services)
    {
        var ide = services.GetRequiredService<IOptions<IdeOptions>>().Value.Enabled;
        return $"PostsGraph: send GraphQL requests to /graphql{(ide ? ", or open it in a browser for the IDE" : "")}. "
            + "The schema: /graphql?sdl. The docs: /docs/README.md. In a browser, / is the workbench.\n";
    }

    private static readonly Lazy<string> StartModule = new(() => Docs.Resource("PostsGraph.Ide.start.js")!);
}
