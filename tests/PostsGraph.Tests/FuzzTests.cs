using PostsGraph.Fuzz;

namespace PostsGraph.Tests;

// The fuzzer's short run against the real server in a process of its own, so that a request that
// kills the process (a stack overflow cannot be caught) fails the test instead of the test host.
public sealed class FuzzTests
{
    [Fact]
    public async Task AnswersAThousandFuzzedRequestsWithNo5xxCrashOrUnloggedInternalError()
    {
        var database = Path.Combine(PostsGraphApp.NewWorkDirectory(), "postsgraph.db");
        using var server = ServerProcess.StartOnTestDatabase(RepoPaths.Seed, database, "--Seed:Watch=false");
        Assert.True(await server.WaitReadyAsync(), server.Output);

        var report = await FuzzRunner.RunAsync(server.Client, new FuzzSettings { Requests = 1000, Seed = 1, ServerProcessId = server.Id });

        Assert.True(report.Passed, report.Summary());
        Assert.Equal(1000, report.RequestsSent);
        Assert.False(server.HasExited, server.Output);
        // Every internal error the client saw was logged under the id it was given.
        Assert.All(report.InternalErrors, e => Assert.Contains($"Unhandled error in request {e.RequestId}", server.Output));
    }
}
