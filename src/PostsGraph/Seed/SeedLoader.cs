using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

public sealed record SeedLoadResult(bool Succeeded, bool Rebuilt, string? SeedHash, IReadOnlyList<SeedError> Errors);

// Keeps the database equal to the seed: validates everything first, then builds a new database and
// swaps it in. A seed with errors changes nothing; the previous database goes on serving.
public sealed class SeedLoader(string seedPath, IPostsDatabase database, ILogger<SeedLoader> logger)
{
    // Changes whenever the loader's code changes, so a new build rebuilds even an unchanged seed.
    public static readonly string LoaderVersion = typeof(SeedLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly SemaphoreSlim _gate = new(1, 1);

    public string SeedPath { get; } = seedPath;

    public async Task<SeedLoadResult> LoadAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var reader = new SeedReader(SeedPath);
            var current = await database.ReadSeedInfoAsync(cancellationToken);
            var hash = reader.ComputeHash();
            if (!force && current is not null && current.SeedHash == hash && current.LoaderVersion == LoaderVersion)
            {
                return new SeedLoadResult(true, false, hash, []);
            }

            var snapshot = reader.Read();
            var model = SeedModel.Compile(snapshot);
            await database.ReplaceAsync((db, ct) => WriteAsync(db, model, snapshot.ContentHash, ct), cancellationToken);
            logger.LogInformation("Database {Database} built from seed {Hash}: {Posts} posts", database.Description, snapshot.ContentHash[..12], model.Posts.Count);
            return new SeedLoadResult(true, true, snapshot.ContentHash, []);
        }
        catch (SeedException e)
        {
            foreach (var error in e.Errors)
            {
                logger.LogError("Seed error: {Error}", error.ToString());
            }

            logger.LogError("The seed was not loaded; {State}",
                await database.ExistsAsync(cancellationToken) ? "the previous database goes on serving" : "there is no database to serve");
            return new SeedLoadResult(false, false, null, e.Errors);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task WriteAsync(PostsDbContext db, SeedModel model, string hash, CancellationToken cancellationToken)
    {
        model.Reference.AddTo(db);
        db.AddRange(model.Units);
        db.AddRange(model.Notices);
        db.AddRange(model.Posts);
        db.Add(new SeedInfo { SeedHash = hash, LoaderVersion = LoaderVersion, BuiltAt = DateTimeOffset.UtcNow, PostCount = model.Posts.Count });
        await db.SaveChangesAsync(cancellationToken);
    }
}
