using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PostsGraph.Ide;

// What a person with a browser finds: the IDE at GET /graphql (when the browser prefers HTML; JSON
// clients are answered as before), its assets under /graphql/ide/, the docs at /docs/{file}, and
// at / a page pointing to all three.
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
        app.MapGet("/", (HttpContext http) => PrefersHtml(http.Request)
            ? Results.Content(Landing(http.Request.PathBase, options.Enabled), "text/html; charset=utf-8")
            : Results.Text($"PostsGraph: send GraphQL requests to /graphql{(options.Enabled ? ", or open it in a browser for the IDE" : "")}. "
                + "The schema: /graphql?sdl. The docs: /docs/README.md.\n"));
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

    private static string Landing(PathString pathBase, bool ide)
    {
        var at = (string path) => WebUtility.HtmlEncode(pathBase + path);
        var docs = string.Concat(Docs.Files.Select(f => $"<li><a href=\"{at("/docs/" + f)}\">{WebUtility.HtmlEncode(f)}</a></li>"));
        var open = ide
            ? $"<p><a href=\"{at("/graphql")}\">Open the GraphQL IDE</a> (GraphiQL), with the README's tour ready to run.</p>"
            : "<p>The IDE is turned off on this server (Ide:Enabled).</p>";
        return $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>PostsGraph</title>
            <style>body {"{"} font-family: system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; {"}"}</style></head>
            <body>
            <h1>PostsGraph</h1>
            <p>A GraphQL API over a comparative database of UN-system security posts, every fact traced to the vacancy notice it came from.</p>
            {open}
            <ul>
            <li>GraphQL endpoint: <code>{at("/graphql")}</code> (POST or GET)</li>
            <li><a href="{at("/graphql?sdl")}">The schema</a> (<code>schema.graphql</code>)</li>
            </ul>
            <h2>Docs</h2>
            <ul>{docs}</ul>
            </body>
            </html>

            """;
    }

    private static readonly Lazy<string> StartModule = new(() => Docs.Resource("PostsGraph.Ide.start.js")!);
}
