using Microsoft.Extensions.Logging.Console;

namespace PostsGraph.Hosting;

public static class ConsoleLogFlush
{
    // The console logger writes from a queue on a thread of its own, so what a process logs just before
    // it returns from Main (why a verb failed, why there is no database to serve) could be lost with the
    // process. Disposing the provider writes out the queue; anything logged after that is written at once.
    public static void FlushConsoleLog(this IServiceProvider services)
    {
        foreach (var provider in services.GetServices<Microsoft.Extensions.Logging.ILoggerProvider>().OfType<ConsoleLoggerProvider>())
        {
            provider.Dispose();
        }
    }
}
