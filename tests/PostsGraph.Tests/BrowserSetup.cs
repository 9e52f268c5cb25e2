using Microsoft.Playwright;

namespace PostsGraph.Tests;

// What a test in a real browser needs: Debian's Chromium (driven by Playwright, whose own browser
// download is never used) and the IDE's local copy (ide/dist), so that no test reaches a CDN.
// `bash .ci/browser-setup` installs both; `.ci/run` runs it and sets POSTSGRAPH_BROWSER_TESTS=required,
// so that CI fails rather than skips when they are missing.
public static class BrowserSetup
{
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("POSTSGRAPH_CHROMIUM") ?? "/usr/bin/chromium";

    public static string IdeAssets { get; } = Environment.GetEnvironmentVariable("POSTSGRAPH_IDE_ASSETS") ?? Path.Combine(RepoPaths.Root, "ide", "dist");

    public static bool Required => Environment.GetEnvironmentVariable("POSTSGRAPH_BROWSER_TESTS") == "required";

    // Why browser tests cannot run here, or null when they can.
    public static string? Missing()
    {
        var missing = new List<string>();
        if (!File.Exists(Chromium))
        {
            missing.Add($"Chromium ({Chromium})");
        }

        if (!File.Exists(Path.Combine(IdeAssets, "ide.js")))
        {
            missing.Add($"the IDE's local copy ({IdeAssets})");
        }

        return missing.Count == 0 ? null : $"Needs {string.Join(" and ", missing)}: run `bash .ci/browser-setup` to install them.";
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
}

// A [Fact] run in a real browser; skipped with the command that installs what is missing, unless
// POSTSGRAPH_BROWSER_TESTS=required (CI), where a missing browser fails the test instead.
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserSetup.Required && BrowserSetup.Missing() is { } missing)
        {
            Skip = missing;
        }
    }
}
