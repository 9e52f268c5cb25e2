using System.Data.Common;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PostsGraph.Tests;

// A client that leaves, or a request past its timeout, stops the work it started: the database
// command it waits on is cancelled, not left to run.
public sealed class CancellationTests
{
    [Fact]
    public async Task CancelsTheDatabaseCommandWhenTheClientLeaves()
    {
        var database = new HeldDatabase();
        using var app = new PostsGraphApp { Interceptors = { database } };
        var client = app.CreateClient();
        await app.QueryAsync("{ __typename }"); // the host is up before the database is held
        database.Hold = true;

        // The client leaves once the command runs (not after a fixed time, which a busy machine can
        // take just to reach the database).
        using var leave = new CancellationTokenSource();
        var request = client.PostAsync("/graphql", Query("{ posts { nodes { key } } }"), leave.Token);
        Assert.True(await database.Held.Task.WaitAsync(TimeSpan.FromSeconds(30)), "no command reached the database");
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        Assert.True(await database.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)), "the command was not cancelled");
    }

    [Fact]
    public async Task CancelsTheDatabaseCommandWhenTheRequestTimesOut()
    {
        var database = new HeldDatabase();
        // Two seconds: enough for a busy machine to reach the database before the timeout.
        using var app = new PostsGraphApp { Settings = { ["Limits:ExecutionTimeout"] = "00:00:02" }, Interceptors = { database } };
        await app.QueryAsync("{ __typename }");
        database.Hold = true;
        var clock = Stopwatch.StartNew();

        using var response = await app.CreateClient().PostAsync("/graphql", Query("{ posts { nodes { key } } }"));

        Assert.Contains("HC0045", await response.Content.ReadAsStringAsync());
        Assert.True(database.Held.Task.IsCompleted, "no command reached the database before the timeout");
        Assert.True(await database.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)), "the command was not cancelled");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the request waited for the held command");
    }

    private static StringContent Query(string query) => new(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

    // Holds every command, once Hold is set, until its cancellation token fires (or a minute passes).
    private sealed class HeldDatabase : DbCommandInterceptor
    {
        public volatile bool Hold;

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Set when a command is first held.
        public TaskCompletionSource<bool> Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Hold)
            {
                Held.TrySetResult(true);
                try
                {
                    await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Cancelled.TrySetResult(true);
                    throw;
                }
            }

            return result;
        }
    }
}
