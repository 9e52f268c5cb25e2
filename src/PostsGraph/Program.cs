using PostsGraph;
using PostsGraph.Data;
using PostsGraph.Export;
using PostsGraph.GraphQL;
using PostsGraph.Hosting;
using PostsGraph.Ide;
using PostsGraph.Seed;
using PostsGraph.Workbench;

var cli = Cli.Parse(args);
if (cli.ExitCode is { } exit)
{
    return exit;
}

var (verb, verbOptions, hostArgs) = cli;
var builder = WebApplication.CreateBuilder(hostArgs);
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
// One line per request comes from PostsGraph.Requests; the framework's own request lines would repeat it.
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
if (verb is not null)
{
    // Verbs may write their output to standard output (export): logs go to standard error.
    builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}

builder.Services.AddSeed();
builder.Services.AddPostsDatabase();
builder.Services.AddPostsGraphQL();
builder.Services.AddExport();
builder.Services.AddServing(builder.Configuration);
builder.Services.AddIde();
builder.Services.AddWorkbench();
builder.UseWorkbenchAssets();
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    builder.WebHost.UseUrls("http://localhost:5180");
}

var app = builder.Build();
try
{
    if (verb is not null)
    {
        var code = await Cli.RunAsync(verb, verbOptions, app.Services);
        app.Services.FlushConsoleLog();
        return code;
    }

    if (!app.CheckServingConfiguration() || !await app.Services.PrepareDatabaseAsync())
    {
        app.Services.FlushConsoleLog();
        return 1;
    }
}
catch (SeedNotFoundException e)
{
    // Run away from the repository with no Seed:Path: say what to set, with the usage exit code.
    Console.Error.WriteLine($"PostsGraph: {e.Message}");
    return 2;
}

app.UseServing();
app.MapGraphQLEndpoint();
app.MapExportEndpoints();
app.MapIde();
app.MapWorkbench();
await app.RunAsync();
return 0;

public partial class Program;
