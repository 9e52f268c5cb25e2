using System.Diagnostics;
using System.Globalization;
using PostsGraph.Data;
using PostsGraph.Seed;

namespace PostsGraph.Synthetic;

// `generate --posts 100000 --Database:Path=/tmp/bench.db`: a synthetic database for benchmarks.
public static class GenerateCli
{
    public static async Task<int> RunAsync(Dictionary<string, string?> options, IServiceProvider services)
    {
        if (!int.TryParse(options.GetValueOrDefault("posts") ?? "100000", NumberStyles.None, CultureInfo.InvariantCulture, out var posts) || posts < 1)
        {
            Console.Error.WriteLine($"generate: --posts: \"{options.GetValueOrDefault("posts")}\" is not a positive whole number.");
            return 1;
        }

        if (!int.TryParse(options.GetValueOrDefault("random-seed") ?? "2026", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var randomSeed))
        {
            Console.Error.WriteLine($"generate: --random-seed: \"{options.GetValueOrDefault("random-seed")}\" is not a whole number.");
            return 1;
        }

        var loader = services.GetRequiredService<SeedLoader>();
        SeedModel model;
        try
        {
            model = SeedModel.Compile(new SeedReader(loader.SeedPath).Read());
        }
        catch (SeedException e)
        {
            foreach (var error in e.Errors)
            {
                Console.Error.WriteLine(error);
            }

            return 1;
        }

        var database = services.GetRequiredService<IPostsDatabase>();
        var data = new SyntheticData(model.Reference, posts, randomSeed);
        var clock = Stopwatch.StartNew();
        await database.ReplaceAsync(data.WriteAsync, CancellationToken.None);
        Console.Error.WriteLine($"Wrote {posts} synthetic posts ({data.Hash}) to {database.Description} in {clock.Elapsed.TotalSeconds:0.0} s.");
        Console.Error.WriteLine("Serve them with --Seed:Load=false, or the seed loader will replace them with seed/.");
        return 0;
    }
}
