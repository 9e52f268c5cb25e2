using PostsGraph;
using PostsGraph.Data;
using PostsGraph.GraphQL;
using PostsGraph.Seed;

var (verb, verbOptions, hostArgs) = Cli.Parse(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
builder.Services.AddSeed();
builder.Services.AddPostsDatabase();
builder.Services.AddPostsGraphQL();
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    builder.WebHost.UseUrls("http://localhost:5180");
}

var app = builder.Build();
if (verb is not null)
{
    return await Cli.RunAsync(verb, verbOptions, app.Services);
}

if (!await app.Services.PrepareDatabaseAsync())
{
    return 1;
}

app.MapGraphQLEndpoint();
app.MapGet("/", () => Results.Text("PostsGraph: POST GraphQL queries to /graphql.\n"));
await app.RunAsync();
return 0;

public partial class Program;
