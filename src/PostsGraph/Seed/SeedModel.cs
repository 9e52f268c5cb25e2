using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

// The whole validated seed as entities, ready to be written to a new database.
public sealed record SeedModel(ReferenceCatalogue Reference, IReadOnlyList<Unit> Units, IReadOnlyList<SourceNotice> Notices, IReadOnlyList<Post> Posts)
{
    public static SeedModel Compile(SeedSnapshot snapshot)
    {
        var errors = new List<SeedError>();
        var reference = ReferenceCatalogue.Compile(snapshot.Reference, "seed/reference", errors);
        var compiler = new PostCompiler(reference, snapshot.Notices, errors);
        var posts = snapshot.Posts
            .Select(p => compiler.Compile(p.File, p.Key, p.Post))
            .OfType<Post>()
            .ToList();
        if (errors.Count > 0)
        {
            throw new SeedException(errors);
        }

        return new SeedModel(reference, [.. compiler.Units.Values], [.. compiler.SourceNotices], posts);
    }
}
