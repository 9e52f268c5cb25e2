namespace PostsGraph.Tests;

// The pictures of docs/workbench.md and the README, made by `bash docs/screenshots/make` (which sets
// POSTSGRAPH_SCREENSHOTS to the folder); skipped in a plain test run.
[Trait("Database", "SqliteOnly")]
public sealed class WorkbenchScreenshots(BrowserServer browser) : IClassFixture<BrowserServer>
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("POSTSGRAPH_SCREENSHOTS");

    [ScreenshotFact]
    public async Task TakesOnePicturePerPage()
    {
        (string Name, string Path)[] pages =
        [
            ("posts", "/posts?grade=P-5"),
            ("post", "/post/itu-2207?fact=salaryComponents%5B0%5D#quote"),
            ("compare", "/compare?post=ilo-rbc-p-intserv-2025-27&post=itu-2207&diff=true"),
            ("statistics", "/statistics?by=GRADE"),
            ("about", "/about"),
        ];
        foreach (var (name, path) in pages)
        {
            var page = await browser.NewPageAsync(1280);
            await page.GotoAsync(browser.Server.Url(path));
            await page.Locator("h1").WaitForAsync();
            var file = System.IO.Path.Combine(Folder!, $"{name}.png");
            await page.ScreenshotAsync(new() { Path = file });
            await page.Context.CloseAsync();

            // A PNG of the page, not an empty or blank one.
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.True(bytes.Length > 20_000, $"{file} is only {bytes.Length} bytes");
        }
    }

    public sealed class ScreenshotFactAttribute : FactAttribute
    {
        public ScreenshotFactAttribute()
        {
            if (Folder is null)
            {
                Skip = "Makes the docs' screenshots: run `bash docs/screenshots/make`.";
            }
            else if (ClientSetup.BrowserMissing() is { } missing)
            {
                Skip = missing;
            }
        }
    }
}
