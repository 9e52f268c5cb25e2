using System.Diagnostics;
using Microsoft.Playwright;

namespace PostsGraph.Tests;

// What the tests of real clients need, beyond the .NET SDK: Debian's Chromium (driven by
// Playwright, whose own browser download is never used) with the IDE's local copy (ide/dist), so
// that no test reaches a CDN; and Node.js with the clients of clients/ (graphql-js, graphql-http,
// Apollo Client, urql). `bash .ci/client-setup` installs them; `.ci/run` runs it and sets
// POSTSGRAPH_CLIENT_TESTS=required, so that CI fails rather than skips when one is missing.
public static class ClientSetup
{
    private const string Install = "run `bash .ci/client-setup` to install them";

    public static string Chromium { get; } = Environment.GetEnvironmentVariable("POSTSGRAPH_CHROMIUM") ?? "/usr/bin/chromium";

    public static string IdeAssets { get; } = Environment.GetEnvironmentVariable("POSTSGRAPH_IDE_ASSETS") ?? Path.Combine(RepoPaths.Root, "ide", "dist");

    public static string Clients => Path.Combine(RepoPaths.Root, "clients");

    // axe-core from the npm registry (clients/package.json), injected into the workbench's pages.
    public static string AxeScript => Path.Combine(Clients, "node_modules", "axe-core", "axe.min.js");

    public static bool Required => Environment.GetEnvironmentVariable("POSTSGRAPH_CLIENT_TESTS") == "required";

    // Why browser tests cannot run here, or null when they can.
    public static string? BrowserMissing()
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

        if (!File.Exists(AxeScript))
        {
            missing.Add($"axe-core ({AxeScript})");
        }

        return missing.Count == 0 ? null : $"Needs {string.Join(" and ", missing)}: {Install}.";
    }

    // Why the Node.js client tests cannot run here, or null when they can.
    public static string? NodeMissing() =>
        Directory.Exists(Path.Combine(Clients, "node_modules", "graphql")) && NodeVersion.Value is not null
            ? null
            : $"Needs Node.js and the clients in {Clients}/node_modules: {Install}.";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });

    // Runs `node clients/{script} {arguments}`: its exit code, and standard output and error.
    public static async Task<(int ExitCode, string Output, string Errors)> RunNodeAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Clients, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static readonly Lazy<string?> NodeVersion = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? version : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no node on PATH
        }
    });
}

// A [Fact] run in a real browser; skipped with the command that installs what is missing, unless
// POSTSGRAPH_CLIENT_TESTS=required (CI), where a missing browser fails the test instead.
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!ClientSetup.Required && ClientSetup.BrowserMissing() is { } missing)
        {
            Skip = missing;
        }
    }
}

// A [Theory] in a real browser; skipped like BrowserFact.
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!ClientSetup.Required && ClientSetup.BrowserMissing() is { } missing)
        {
            Skip = missing;
        }
    }
}

// A [Fact] that runs a Node.js client from clients/; skipped like BrowserFact.
public sealed class NodeClientFactAttribute : FactAttribute
{
    public NodeClientFactAttribute()
    {
        if (!ClientSetup.Required && ClientSetup.NodeMissing() is { } missing)
        {
            Skip = missing;
        }
    }
}
