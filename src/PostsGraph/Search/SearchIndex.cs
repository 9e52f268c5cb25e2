using PostsGraph.Data;

namespace PostsGraph.Search;

// The search index is part of every build: the documents, then the engine's index over them.
public static class SearchIndex
{
    public static async Task BuildAsync(PostsDbContext db, CancellationToken cancellationToken)
    {
        await SearchDocuments.WriteAsync(db, cancellationToken);
        await SearchEngine.For(db).CreateIndexAsync(db, cancellationToken);
    }
}
