using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PostsGraph.Tests;

// The real server as a process of its own (`dotnet PostsGraph.dll`), on a free loopback port, for
// tests that kill it, watch its exit code or load it from outside.
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    // With POSTSGRAPH_TEST_POSTGRES set, the server reads a PostgreSQL database of its own instead
    // of the SQLite file, as PostsGraphApp does.
    private ServerProcess(string seed, string database, IEnumerable<string> settings, bool postgres)
    {
        Postgres = postgres ? TestPostgres.CreateDatabase() : null;
        if (Postgres is not null)
        {
            settings = settings.Concat(["--Database:Provider=Postgres", $"--Database:ConnectionString={Postgres}"]);
        }

        Port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", typeof(Program).Assembly.Location, $"--Seed:Path={seed}", $"--Database:Path={database}", $"--urls=http://127.0.0.1:{Port}" }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public string? Postgres { get; }

    public HttpClient Client { get; }

    // The absolute URL of a path on this server, for a browser.
    public string Url(string path) => new Uri(Client.BaseAddress!, path).ToString();

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    // What the process has written to standard output and error so far.
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    // Always on the SQLite file: for tests about the file itself.
    public static ServerProcess Start(string seed, string database, params string[] settings) => new(seed, database, settings, postgres: false);

    public static ServerProcess StartOnTestDatabase(string seed, string database, params string[] settings) => new(seed, database, settings, postgres: true);

    // Waits until /readyz answers 200; false if the process exits or the time runs out first.
    public async Task<bool> WaitReadyAsync(TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await Client.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        return false;
    }

    public async Task<int?> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    // SIGKILL: the process gets no chance to tidy up.
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        Client.Dispose();
        TestPostgres.DropDatabase(Postgres);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
