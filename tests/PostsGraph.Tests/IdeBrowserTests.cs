using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PostsGraph.Tests;

// The IDE in Debian's Chromium, against the real server process serving GraphiQL from its local
// copy (ide/dist): what a person opening /graphql sees and does.
[Trait("Database", "SqliteOnly")]
public sealed class IdeBrowserTests(BrowserServer browser) : IClassFixture<BrowserServer>
{
    // From the ICC notice's title line; the README's first tour operation lists the first three posts.
    private const string IccTitle = "Security Coordination Officer (Protective Services)";

    [BrowserFact]
    public async Task OpensWithTheReadmeTourAndRunsItsFirstQuery()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Server.Url("/graphql"));

        var editor = page.Locator(".graphiql-query-editor");
        await Assertions.Expect(editor).ToContainTextAsync("posts(first: 3)", new() { Timeout = 30_000 });
        // One tab per operation of the README's tour.
        Assert.True(await page.Locator(".graphiql-tab").CountAsync() >= 5);
        await Assertions.Expect(page.Locator(".graphiql-tab").First).ToContainTextAsync("ThePosts");

        var response = await page.RunQueryAsync();
        Assert.Equal(200, response.Status);
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync(IccTitle, new() { Timeout = 30_000 });
    }

    [BrowserFact]
    public async Task ShowsTheSchemaInTheDocumentationExplorer()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Server.Url("/graphql"));
        await page.GetByLabel("Show Documentation Explorer").ClickAsync(new() { Timeout = 30_000 });

        var docs = page.Locator(".graphiql-doc-explorer");
        await docs.GetByText("Query", new() { Exact = true }).First.ClickAsync(new() { Timeout = 30_000 });
        // The root field and its description as the schema declares them.
        await Assertions.Expect(docs.GetByText("comparePosts", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(docs.GetByText("posts", new() { Exact = true })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task SendsTheHeadersEditorsHeaders()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Server.Url("/graphql"));
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("posts(first: 3)", new() { Timeout = 30_000 });

        await page.GetByText("Headers", new() { Exact = true }).ClickAsync();
        await page.Locator(".graphiql-editor-tool .graphiql-editor").Last.ClickAsync();
        await page.Keyboard.InsertTextAsync("{\"GraphQL-Cost\": \"report\"}");

        var response = await page.RunQueryAsync();
        Assert.Equal("report", await response.Request.HeaderValueAsync("graphql-cost"));
        // The header reached the server, which reported the cost after the data.
        var body = await response.JsonAsync();
        Assert.True(body!.Value.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetInt32() > 0);
    }

    [BrowserFact]
    public async Task SaysWhereToGoWhenGraphiQLCannotBeLoaded()
    {
        // No local copy, and a CDN nobody answers at: what a person sees offline.
        using var offline = ServerProcess.Start(RepoPaths.Seed, Path.Combine(PostsGraphApp.NewWorkDirectory(), "postsgraph.db"),
            "--Ide:CdnUrl=http://127.0.0.1:9", "--Ide:LoadTimeoutSeconds=10");
        Assert.True(await offline.WaitReadyAsync(), offline.Output);

        var page = await browser.NewPageAsync();
        await page.GotoAsync(offline.Url("/graphql"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The IDE could not be loaded" })).ToBeVisibleAsync(new() { Timeout = 20_000 });

        var schema = page.GetByRole(AriaRole.Link, new() { Name = "Download the schema" });
        Assert.Equal("/graphql?sdl", await schema.GetAttributeAsync("href"));
        var docs = await page.GotoAsync(offline.Url("/docs/querying.md"));
        Assert.Equal(200, docs!.Status);
    }
}

internal static class IdePageActions
{
    // Runs the active tab with GraphiQL's run button; the response to its POST.
    public static async Task<IResponse> RunQueryAsync(this IPage page) =>
        await page.RunAndWaitForResponseAsync(
            () => page.Locator(".graphiql-execute-button").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.PostData?.Contains("IntrospectionQuery") == false,
            new() { Timeout = 30_000 });
}
