using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Seed;

namespace PostsGraph.Tests;

// GET responses for dashboards that poll: an ETag from the database build and the request,
// Cache-Control, and 304 for a client that holds the same response.
[Collection(ApiCollection.Name)]
public sealed class HttpCachingTests(PostsGraphApp app)
{
    private const string Query = "/graphql?query=%7B%20posts%20%7B%20totalCount%20%7D%20%7D";

    [Fact]
    public async Task AnswersAGetWithAnETagAndA304WhenTheClientHoldsIt()
    {
        using var first = await GetAsync(app, Query);
        var etag = first.Headers.ETag;
        using var again = await GetAsync(app, Query, etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.Equal("max-age=0, must-revalidate", CacheControl(first));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GivesEachRequestItsOwnETag()
    {
        using var posts = await GetAsync(app, Query);
        using var grades = await GetAsync(app, "/graphql?query=%7B%20grades%20%7B%20code%20%7D%20%7D");
        using var stale = await GetAsync(app, "/graphql?query=%7B%20grades%20%7B%20code%20%7D%20%7D", posts.Headers.ETag);

        Assert.NotEqual(posts.Headers.ETag, grades.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Fact]
    public async Task GivesNoETagToAPostOrToAResponseWithErrors()
    {
        using var post = await app.CreateClient().PostAsync("/graphql", new StringContent("""{"query":"{ posts { totalCount } }"}""", new MediaTypeHeaderValue("application/json")));
        using var error = await GetAsync(app, "/graphql?query=%7B%20nothing%20%7D");

        Assert.Null(post.Headers.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Null(error.Headers.ETag);
    }

    [Fact]
    public async Task ChangesTheETagWhenTheDatabaseIsRebuilt()
    {
        using var own = new PostsGraphApp { SeedPath = RepoPaths.CopySeed() };
        using var before = await GetAsync(own, Query);

        var rebuilt = await own.Services.GetRequiredService<SeedLoader>().LoadAsync(force: true);
        using var after = await GetAsync(own, Query, before.Headers.ETag);

        Assert.True(rebuilt.Succeeded);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task SaysHowLongAResponseMayBeUsedAsConfigured()
    {
        using var configured = new PostsGraphApp { Settings = { ["HttpCaching:MaxAge"] = "00:01:00" } };
        using var off = new PostsGraphApp { Settings = { ["HttpCaching:Enabled"] = "false" } };

        using var minute = await GetAsync(configured, Query);
        using var none = await GetAsync(off, Query);

        Assert.Equal("max-age=60, must-revalidate", CacheControl(minute));
        Assert.Null(none.Headers.ETag);
        Assert.Null(none.Headers.CacheControl);
    }

    [Fact]
    public async Task CachesExportsAndTheSchemaDownloadToo()
    {
        using var export = await GetAsync(app, "/export/posts.csv");
        using var exportAgain = await GetAsync(app, "/export/posts.csv", export.Headers.ETag);
        using var schema = await GetAsync(app, "/graphql?sdl");
        using var schemaAgain = await GetAsync(app, "/graphql?sdl", schema.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, exportAgain.StatusCode);
        // HotChocolate's headers for its schema download.
        Assert.Equal("public, max-age=3600, must-revalidate", CacheControl(schema));
        Assert.Equal(HttpStatusCode.NotModified, schemaAgain.StatusCode);
    }

    // The header's directives, in a fixed order (HttpClient parses it and may reorder them).
    private static string CacheControl(HttpResponseMessage response)
    {
        var value = response.Headers.CacheControl!;
        return string.Join(", ", new[] { value.Public ? "public" : null, $"max-age={value.MaxAge?.TotalSeconds}", value.MustRevalidate ? "must-revalidate" : null }.OfType<string>());
    }

    private static async Task<HttpResponseMessage> GetAsync(PostsGraphApp host, string path, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await host.CreateClient().SendAsync(request);
    }
}
