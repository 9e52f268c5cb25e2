using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

// Faulted: the seed was fine but the database could not be read or built (a full disk, a read-only
// directory, an unreachable server); trying again later may succeed.
public sealed record SeedLoadResult(bool Succeeded, bool Rebuilt, string? SeedHash, IReadOnlyList<SeedError> Errors, bool Faulted = false);

// Keeps the database equal to the seed: validates everything first, then builds a new database and
// swaps it in. A seed with errors changes nothing; the previous database goes on serving. So does
// any other failure: it is logged and reported, never thrown, so that no fault stops the service.
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

            logger.LogError("The seed was not loaded; {State}", await StateAsync(cancellationToken));
            return new SeedLoadResult(false, false, null, e.Errors);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "The database {Database} could not be built; {State}", database.Description, await StateAsync(cancellationToken));
            return new SeedLoadResult(false, false, null, [new SeedError(database.Description, "", $"could not be built: {e.Message}")], Faulted: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> StateAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await database.ExistsAsync(cancellationToken) ? "the previous database goes on serving" : "there is no database to serve";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"the previous database cannot be read either ({e.Message})";
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
