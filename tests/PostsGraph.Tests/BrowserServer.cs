using Microsoft.Playwright;

namespace PostsGraph.Tests;

// One real server process serving the IDE's local copy, and one Debian Chromium, for a test class
// (the IDE's and the workbench's browser tests); a page per test, in a context of its own.
public sealed class BrowserServer : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ServerProcess? _server;

    public ServerProcess Server => _server!;

    public async Task InitializeAsync()
    {
        if (!ClientSetup.Required && ClientSetup.BrowserMissing() is not null)
        {
            return; // every test is skipped
        }

        _server = ServerProcess.Start(RepoPaths.Seed, Path.Combine(PostsGraphApp.NewWorkDirectory(), "postsgraph.db"), $"--Ide:AssetsPath={ClientSetup.IdeAssets}");
        _playwright = await Playwright.CreateAsync();
        _browser = await ClientSetup.LaunchAsync(_playwright);
        Assert.True(await _server.WaitReadyAsync(), _server.Output);
    }

    // width: a window that wide (a phone's height below 600 px, a desktop's above); Playwright's default without.
    public async Task<IPage> NewPageAsync(int? width = null)
    {
        var context = await _browser!.NewContextAsync(width is { } w ? new() { ViewportSize = new() { Width = w, Height = w < 600 ? 844 : 900 } } : null);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
    }
}
