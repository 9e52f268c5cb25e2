using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PostsGraph.Ide;

namespace PostsGraph.Tests;

// What the IDE page and its neighbours answer over HTTP; IdeBrowserTests runs the page in Chromium.
[Collection(ApiCollection.Name)]
public sealed class IdeTests(PostsGraphApp app)
{
    // What Chromium sends when a person opens a page.
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Fact]
    public async Task ServesGraphiQLWithTheReadmeTourToABrowser()
    {
        using var response = await GetAsync(app, "/graphql", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // By default GraphiQL comes from the CDN, at the version the local copy pins.
        Assert.Contains("<script type=\"importmap\">", html);
        Assert.Contains($"https://esm.sh/graphiql@{IdeAssets.GraphiQL}", html);
        // The README's first tour operation, named after its lead-in, is the first tab.
        Assert.Contains("query ThePosts { posts(first: 3)", html);
    }

    [Fact]
    public async Task AnswersAJsonClientWithoutAQueryAsBefore()
    {
        using var response = await app.CreateClient().GetAsync("/graphql");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request has no query.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task RunsAQueryABrowserSendsInTheUrl()
    {
        using var response = await GetAsync(app, "/graphql?query=%7B__typename%7D", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TurnedOffAnswersABrowserAsAnyClientWithoutAQuery()
    {
        using var off = new PostsGraphApp { Settings = { ["Ide:Enabled"] = "false" } };
        using var response = await GetAsync(off, "/graphql", BrowserAccept);
        using var start = await GetAsync(off, "/graphql/ide/start.js", "*/*");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }

    [Fact]
    public async Task ShowsAPersonAtTheRootTheWorkbenchWithLinksToTheIdeTheSchemaAndTheDocs()
    {
        using var page = await GetAsync(app, "/", BrowserAccept);
        using var text = await GetAsync(app, "/", "*/*");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // Links are relative to <base href="/">.
        Assert.Contains("<base href=\"/\" />", html);
        Assert.Contains("<a href=\"graphql\" data-enhance-nav=\"false\">GraphQL IDE</a>", html);
        Assert.Contains("href=\"graphql?sdl\"", html);
        Assert.Contains("href=\"docs/README.md\"", html);
        Assert.Contains("open it in a browser for the IDE", await text.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", text.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ServesTheDocsItWasBuiltWith()
    {
        using var querying = await GetAsync(app, "/docs/querying.md", "*/*");
        using var missing = await GetAsync(app, "/docs/nothing.md", "*/*");

        Assert.Equal(HttpStatusCode.OK, querying.StatusCode);
        Assert.Equal("text/markdown", querying.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "querying.md")), await querying.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ServesTheModuleThatStartsGraphiQL()
    {
        using var response = await GetAsync(app, "/graphql/ide/start.js", "*/*");

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "PostsGraph", "Ide", "start.js")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void LoadsTheSameVersionsFromTheCdnAsTheLocalCopyPins()
    {
        // ide/package-lock.json fixes what `bash ide/build` bundles; the CDN import map must name the same.
        var packages = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "ide", "package-lock.json"))).RootElement.GetProperty("packages");
        string Locked(string name) => packages.GetProperty($"node_modules/{name}").GetProperty("version").GetString()!;

        Assert.Equal(IdeAssets.GraphiQL, Locked("graphiql"));
        Assert.Equal(IdeAssets.GraphiQLReact, Locked("@graphiql/react"));
        Assert.Equal(IdeAssets.GraphiQLToolkit, Locked("@graphiql/toolkit"));
        Assert.Equal(IdeAssets.React, Locked("react"));
        Assert.Equal(IdeAssets.React, Locked("react-dom"));
        Assert.Equal(IdeAssets.GraphQLJs, Locked("graphql"));
    }

    [Fact]
    public void FindsTheReadmeTourOperationsWithTheirLeadIns()
    {
        var tour = MarkdownOperations.Read(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))).ToList();

        Assert.True(tour.Count >= 5);
        Assert.Equal("The posts", tour[0].Title);
        Assert.StartsWith("{ posts(first: 3)", tour[0].Query);
        Assert.Equal("Where a fact comes from", tour[1].Title);
    }

    private static async Task<HttpResponseMessage> GetAsync(PostsGraphApp host, string path, string accept)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Accept.Clear();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }
}
