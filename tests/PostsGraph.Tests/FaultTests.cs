using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Seed;

namespace PostsGraph.Tests;

// Faults an operator meets (a read-only data directory, a damaged database file, a process killed
// mid-build): none stops the service, and the data it serves stays whole. They act on the SQLite
// file and its directory; a read-only directory is made with `chattr +i`, which holds for root too.
[Trait("Database", "SqliteOnly")]
public sealed class FaultTests
{
    private const string Count = "{ posts { totalCount } }";

    [Fact]
    public async Task KeepsServingWhenARebuildCannotWriteItsDirectory()
    {
        var seed = RepoPaths.CopySeed();
        using var app = new PostsGraphApp { SeedPath = seed };
        var loader = app.Services.GetRequiredService<SeedLoader>();
        await AssertServesFivePostsAsync(app);
        ChangeSeed(seed);

        SeedLoadResult refused;
        using (ReadOnly(app.WorkDirectory))
        {
            refused = await loader.LoadAsync();
            await AssertServesFivePostsAsync(app);
        }

        var rebuilt = await loader.LoadAsync();

        Assert.False(refused.Succeeded);
        Assert.True(refused.Faulted);
        Assert.True(rebuilt.Succeeded && rebuilt.Rebuilt);
        await AssertServesFivePostsAsync(app);
    }

    [Fact]
    public async Task StartsOnTheGoodDatabaseWhenItsRebuildCannotWriteItsDirectory()
    {
        var seed = RepoPaths.CopySeed();
        var work = PostsGraphApp.NewWorkDirectory();
        using (var first = new PostsGraphApp { SeedPath = seed, WorkDirectory = work, KeepWorkDirectory = true })
        {
            await AssertServesFivePostsAsync(first);
        }

        ChangeSeed(seed);
        using (ReadOnly(work))
        {
            using var second = new PostsGraphApp { SeedPath = seed, WorkDirectory = work };
            await AssertServesFivePostsAsync(second);
        }
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("missing")]
    [InlineData("not a SQLite database")]
    public async Task RebuildsADamagedDatabaseAndSaysSoUntilThen(string damage)
    {
        using var app = new PostsGraphApp { Settings = { ["Seed:CheckInterval"] = "00:00:01" } };
        var client = app.CreateClient();
        await AssertServesFivePostsAsync(app);

        switch (damage)
        {
            case "truncated":
                using (var file = File.Open(app.DatabasePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
                {
                    file.SetLength(file.Length / 2);
                }

                break;
            case "missing":
                File.Delete(app.DatabasePath);
                break;
            default:
                await File.WriteAllTextAsync(app.DatabasePath, new string('x', 4096));
                break;
        }

        using var notReady = await client.GetAsync("/readyz");
        var said = await notReady.Content.ReadAsStringAsync();
        var ready = await WaitAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Contains(damage, said);
        Assert.True(ready, "the database was not rebuilt within 30 s");
        await AssertServesFivePostsAsync(app);
    }

    [Fact]
    public async Task RemovesFilesLeftByAnInterruptedBuildAtStart()
    {
        var work = PostsGraphApp.NewWorkDirectory();
        var leftovers = new[] { "postsgraph.db.0123456789abcdef0123456789abcdef.building", "postsgraph.db.0123456789abcdef0123456789abcdef.building-journal" };
        foreach (var name in leftovers)
        {
            await File.WriteAllTextAsync(Path.Combine(work, name), "half a build");
        }

        using var app = new PostsGraphApp { WorkDirectory = work };
        await AssertServesFivePostsAsync(app);

        Assert.Equal(["postsgraph.db"], Directory.EnumerateFiles(work).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ServesWholeDataAfterAKillDuringARebuild()
    {
        var seed = RepoPaths.CopySeed();
        var work = PostsGraphApp.NewWorkDirectory();
        var database = Path.Combine(work, "postsgraph.db");
        bool killedMidBuild;
        using (var server = ServerProcess.Start(seed, database))
        {
            Assert.True(await server.WaitReadyAsync(), server.Output);
            ChangeSeed(seed); // the watcher rebuilds after half a second of quiet
            var building = await WaitAsync(() => Task.FromResult(Directory.EnumerateFiles(work, "*.building*").Any()), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(1));
            server.Kill();
            await server.WaitForExitAsync(TimeSpan.FromSeconds(10));
            killedMidBuild = building && Directory.EnumerateFiles(work, "*.building*").Any();
        }

        using var restarted = ServerProcess.Start(seed, database);
        Assert.True(await restarted.WaitReadyAsync(), restarted.Output);
        using var response = await restarted.Client.PostAsync("/graphql", new StringContent($$"""{"query":"{{Count}}"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains("\"totalCount\":5", await response.Content.ReadAsStringAsync());
        Assert.Empty(Directory.EnumerateFiles(work, "*.building*"));
        // The kill must land while a build was under way for the test to say anything about it.
        Assert.True(killedMidBuild, "the rebuild finished before the kill; no leftover was made");
    }

    [Fact]
    public async Task ExitsWithCode1WhenThereIsNoDatabaseToServe()
    {
        var seed = RepoPaths.CopySeed();
        File.Delete(Directory.EnumerateFiles(Path.Combine(seed, "notices")).First()); // a post's notice is gone: the seed is refused
        var database = Path.Combine(PostsGraphApp.NewWorkDirectory(), "postsgraph.db");

        using var server = ServerProcess.Start(seed, database);
        var exit = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.Contains("There is no database to serve", server.Output);
    }

    [Fact]
    public async Task StopsStartUpOnAMalformedCorsOrigin()
    {
        var database = Path.Combine(PostsGraphApp.NewWorkDirectory(), "postsgraph.db");

        using var server = ServerProcess.Start(RepoPaths.Seed, database, "--Cors:AllowedOrigins=dashboard.example");
        var exit = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.Contains("\"dashboard.example\" is not an origin", server.Output);
    }

    private static async Task AssertServesFivePostsAsync(PostsGraphApp app) =>
        Assert.Equal(5, (await app.QueryAsync(Count)).GetProperty("posts").GetProperty("totalCount").GetInt32());

    // Any edit changes the seed's hash, so the next load rebuilds.
    private static void ChangeSeed(string seed) => File.AppendAllText(Path.Combine(seed, "posts", "itu-2207.json"), "\n");

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition, TimeSpan within, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(200));
        }

        return false;
    }

    // `chattr +i`: no file can be created, renamed or deleted in the directory, by root either.
    private static IDisposable ReadOnly(string directory)
    {
        Chattr("+i", directory);
        return new Undo(() => Chattr("-i", directory));
    }

    private static void Chattr(string flag, string path)
    {
        using var chattr = Process.Start("chattr", [flag, path]);
        chattr.WaitForExit();
        Assert.True(chattr.ExitCode == 0, $"chattr {flag} {path} failed");
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
