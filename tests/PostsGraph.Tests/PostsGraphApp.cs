using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PostsGraph.Tests;

// The real HTTP host, building its own SQLite file from a seed folder with the real loader.
public sealed class PostsGraphApp : WebApplicationFactory<Program>
{
    public PostsGraphApp()
    {
        Postgres = TestPostgres.CreateDatabase();
    }

    public static string NewWorkDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "postsgraph-tests", Guid.NewGuid().ToString("N"))).FullName;

    // Set when the suite runs against PostgreSQL (POSTSGRAPH_TEST_POSTGRES): this host's own database.
    public string? Postgres { get; }

    public string SeedPath { get; init; } = RepoPaths.Seed;

    // Created before the host starts, for tests that put files there first.
    public string WorkDirectory
    {
        get;
        init => Directory.CreateDirectory(field = value);
    } = NewWorkDirectory();

    // Leaves the database file in place when disposed, for a test that starts a second host on it.
    public bool KeepWorkDirectory { get; init; }

    public string DatabasePath => Path.Combine(WorkDirectory, "postsgraph.db");

    public SqlCommandCounter Commands { get; } = new();

    // Extra configuration for tests of limits and serving options.
    public Dictionary<string, string> Settings { get; init; } = [];

    // More interceptors, for tests that make the database fail.
    public List<IInterceptor> Interceptors { get; init; } = [];

    // More services, for tests that watch the server's own work.
    public Action<IServiceCollection>? ExtraServices { get; init; }

    // The real seed, built once per test run by the real loader; a host on it starts from a copy,
    // which the loader finds up to date. Hosts on another seed, or on PostgreSQL, build their own.
    private static readonly Lazy<string> BuiltSeed = new(() =>
    {
        var path = Path.Combine(NewWorkDirectory(), "postsgraph.db");
        var loader = new Seed.SeedLoader(RepoPaths.Seed, new Data.SqliteDatabase(path), Microsoft.Extensions.Logging.Abstractions.NullLogger<Seed.SeedLoader>.Instance);
        var result = loader.LoadAsync().GetAwaiter().GetResult();
        return result.Succeeded ? path : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    });

    // Clients accept what GraphQL over HTTP asks a client to accept; a test of a client that sends
    // another Accept header (or none) sets its own on the request or clears this one.
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Postgres is null && SeedPath == RepoPaths.Seed && !File.Exists(DatabasePath))
        {
            File.Copy(BuiltSeed.Value, DatabasePath);
        }

        builder.UseSetting("Seed:Path", SeedPath);
        builder.UseSetting("Seed:Watch", "false");
        builder.UseSetting("Database:Path", DatabasePath);
        if (Postgres is not null)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("Database:ConnectionString", Postgres);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInterceptor>(Commands);
            foreach (var interceptor in Interceptors)
            {
                services.AddSingleton(interceptor);
            }

            ExtraServices?.Invoke(services);
        });
    }

    // Written out here rather than taken from the server's code, so tests pin the ID format.
    public static string PostId(string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Post:{key}"));

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await CreateClient().PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return json.GetProperty("data").Clone();
    }

    // The whole response (data and errors), whatever its status, for tests that expect errors.
    public async Task<JsonElement> QueryResponseAsync(string query, object? variables = null)
    {
        using var response = await CreateClient().PostAsJsonAsync("/graphql", new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestPostgres.DropDatabase(Postgres);
        try
        {
            if (!KeepWorkDirectory)
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<PostsGraphApp>
{
    public const string Name = "api";
}
