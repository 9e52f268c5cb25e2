using PostsGraph.Data.Entities;
using PostsGraph.Seed;

namespace PostsGraph.Export;

// `export --format csv --where '{"grade":{"code":{"eq":"P-5"}}}' --out posts.csv`
public static class ExportCli
{
    public static async Task<int> RunAsync(Dictionary<string, string?> options, IServiceProvider services)
    {
        if (!ExportFormats.TryParse(options.GetValueOrDefault("format"), out var format))
        {
            return Fail($"--format: \"{options.GetValueOrDefault("format")}\" is not an export format; use csv, json or md.");
        }

        await using var scope = services.CreateAsyncScope();
        if (!await scope.ServiceProvider.PrepareDatabaseAsync())
        {
            return 1;
        }

        var arguments = scope.ServiceProvider.GetRequiredService<ExportArguments>();
        Dictionary<string, object?>? where;
        List<object?>? order;
        try
        {
            where = arguments.Where(options.GetValueOrDefault("where"), typeof(Post));
            order = arguments.Order(options.GetValueOrDefault("order"), typeof(Post));
        }
        catch (ExportArgumentException e)
        {
            return Fail(e.Message);
        }

        var path = options.GetValueOrDefault("out");
        try
        {
            await using var output = path is null ? Console.OpenStandardOutput() : File.Create(path);
            await scope.ServiceProvider.GetRequiredService<ExportWriter>().WriteAsync(output, format, where, order, single: false, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"--out: cannot write {Path.GetFullPath(path!)}: {e.Message}");
        }

        if (path is not null)
        {
            Console.Error.WriteLine($"Wrote {Path.GetFullPath(path)}");
        }

        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"export: {message}");
        return 1;
    }
}
