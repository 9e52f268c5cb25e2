using PostsGraph.Ide;
using Radzen;

namespace PostsGraph.Workbench;

// The workbench at /: Razor components rendered on the server (static rendering, streamed while a
// page waits for its data), Radzen's assets served from its package, every page's state in its URL.
public static class WorkbenchSetup
{
    public static IServiceCollection AddWorkbench(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddRadzenComponents();
        services.AddScoped<WorkbenchClient>();
        services.AddScoped<Statistics.ChartMarkup>();
        return services;
    }

    // Static web assets (_content/Radzen.Blazor, _framework/blazor.web.js) resolve from the build's
    // manifest in any environment, not only Development: tests and `dotnet run` of a Release build
    // serve the same files.
    public static WebApplicationBuilder UseWorkbenchAssets(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    public static WebApplication MapWorkbench(this WebApplication app)
    {
        // A client that does not ask for HTML gets at / the line it always got, pointing to /graphql.
        app.Use((http, next) =>
        {
            if (http.Request.Path != "/" || !HttpMethods.IsGet(http.Request.Method) || IdeEndpoints.PrefersHtml(http.Request))
            {
                return next();
            }

            http.Response.ContentType = "text/plain; charset=utf-8";
            return http.Response.WriteAsync(IdeEndpoints.RootText(http.RequestServices));
        });
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        return app;
    }
}
