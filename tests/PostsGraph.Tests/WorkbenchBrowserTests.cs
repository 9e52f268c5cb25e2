using System.Text.Json;
using Microsoft.Playwright;

namespace PostsGraph.Tests;

// The workbench in Debian's Chromium, against the real server process: what a person does with it,
// at desktop and phone widths, with axe-core checking every page. Expected values come from the notices.
[Trait("Database", "SqliteOnly")]
public sealed class WorkbenchBrowserTests(BrowserServer browser) : IClassFixture<BrowserServer>
{
    private const string IloTitle = "Head, Security Unit";
    private const string ItuTitle = "Head, Safety, Security and Resilience Division";

    public static TheoryData<string> Pages => new()
    {
        "/", "/posts?grade=P-5", "/post/itu-2207?fact=salaryComponents%5B0%5D", "/post/icc-24313?fact=grade",
        "/compare?post=ilo-rbc-p-intserv-2025-27&post=itu-2207", "/compare", "/statistics?by=GRADE", "/about",
    };

    [BrowserFact]
    public async Task FiltersToTheP5PostsOpensItusAndMarksItsPayInTheNotice()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync(browser.Server.Url("/posts"));
        await page.GetByLabel("Grade", new() { Exact = true }).SelectOptionAsync("P-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page.Locator(".results-count")).ToHaveTextAsync("Posts 1–2 of 2");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = IloTitle, Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = ItuTitle, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = ItuTitle, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Annual salary from: USD 101,540" }).ClickAsync();

        var quote = page.Locator("mark#quote");
        await Assertions.Expect(quote).ToContainTextAsync("101,540");
        await Assertions.Expect(quote).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(".selected-fact")).ToContainTextAsync("Annual salary from");
    }

    [BrowserFact]
    public async Task ComparesTheTickedIloAndItuPostsAndShowsOnlyTheirDifferences()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync(browser.Server.Url("/posts?grade=P-5"));
        await page.GetByLabel($"Compare ILO: {IloTitle}").CheckAsync();
        await page.GetByLabel($"Compare ITU: {ItuTitle}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare ticked posts" }).ClickAsync();

        // Both are P-5 posts in Geneva, of two organisations.
        await Assertions.Expect(page.Locator("tr.differs[data-attribute=organisation]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-attribute=grade]")).Not.ToHaveClassAsync("differs");
        var organisation = page.Locator("tr[data-attribute=organisation]");
        await organisation.Locator("summary").Last.ClickAsync();
        await Assertions.Expect(organisation.Locator("blockquote").Last).ToContainTextAsync("INTERNATIONAL TELECOMMUNICATION UNION");

        await page.GetByRole(AriaRole.Link, new() { Name = "Show only differences" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-attribute=grade]")).ToHaveCountAsync(0);
        Assert.True(await page.Locator("tbody tr.differs").CountAsync() > 0);
        Assert.Equal(0, await page.Locator("tbody tr:not(.differs)").CountAsync());
    }

    [BrowserFact]
    public async Task ChartsABarPerGrade()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync(browser.Server.Url("/statistics"));
        await page.GetByLabel("Group by").SelectOptionAsync("GRADE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        // The five posts are at P-3 (OPCW, UNDSS), P-4 (ICC) and P-5 (ILO, ITU).
        var years = page.Locator("section[aria-labelledby=years]");
        var bars = years.Locator(".rz-column-series.rz-series-0 path");
        await Assertions.Expect(bars).ToHaveCountAsync(3);
        foreach (var bar in await bars.AllAsync())
        {
            Assert.True((await bar.BoundingBoxAsync())?.Height > 0);
        }

        Assert.Equal(["P-3", "P-4", "P-5"], await years.Locator(".rz-category-axis .rz-tick-text").AllTextContentsAsync());
        await years.GetByRole(AriaRole.Link, new() { Name = "2 posts" }).Last.ClickAsync();
        await Assertions.Expect(page.Locator(".results-count")).ToHaveTextAsync("Posts 1–2 of 2");
    }

    [BrowserFact]
    public async Task OpensAViewsOperationInTheIde()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync(browser.Server.Url("/posts?grade=P-5"));
        await page.GetByText("GraphQL behind this view").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open in the GraphQL IDE" }).First.ClickAsync();

        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("query WorkbenchPosts", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".graphiql-editor-tool")).ToContainTextAsync("P-5");
        var response = await page.RunQueryAsync();
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync(ItuTitle, new() { Timeout = 30_000 });
        Assert.Equal(200, response.Status);
    }

    [BrowserFact]
    public async Task SkipsToTheContentFromTheKeyboard()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync(browser.Server.Url("/posts"));
        // Blazor moves focus to the heading after a navigation; from the top of the page instead:
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
        await page.EvaluateAsync("() => { document.body.tabIndex = -1; document.body.focus(); }");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to the content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        // The first control after the skip is the page's own, not the navigation.
        var focused = await page.EvaluateAsync<string>("document.activeElement.closest('header') ? 'header' : document.activeElement.id");
        Assert.Equal("q", focused);
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task HasNoSeriousAccessibilityViolationsAtDesktopAndPhoneWidths(string path)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await browser.NewPageAsync(width);
            await page.GotoAsync(browser.Server.Url(path));
            await page.AddScriptTagAsync(new() { Path = ClientSetup.AxeScript });
            var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) }))");
            var serious = result.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.ToString()).ToList();
            Assert.True(serious.Count == 0, $"{path} at {width} px: {string.Join("; ", serious)}");

            // Usable at the width: the page itself never scrolls sideways (wide tables and charts scroll in their own box).
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} at {width} px is {overflow} px wider than the window");
            await page.Context.CloseAsync();
        }
    }
}
