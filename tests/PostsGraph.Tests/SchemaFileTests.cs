using PostsGraph.GraphQL;

namespace PostsGraph.Tests;

[Collection(ApiCollection.Name)]
public sealed class SchemaFileTests(PostsGraphApp app)
{
    // The committed schema is the public contract clients read, so it stays where they find it rather
    // than among the tests' snapshots; it is reviewed the way they are: a different running schema
    // fails, and is written to schema/__mismatch__/ (ignored by git) to compare. Regenerate the file
    // with `dotnet run --project src/PostsGraph -- schema`.
    [Fact]
    public void CommittedSchemaFileEqualsTheRunningSchema()
    {
        var running = app.Services.PrintSchema();
        var committed = File.Exists(RepoPaths.Schema) ? File.ReadAllText(RepoPaths.Schema) : "";
        if (running == committed)
        {
            return;
        }

        var mismatch = Path.Combine(Path.GetDirectoryName(RepoPaths.Schema)!, "__mismatch__", Path.GetFileName(RepoPaths.Schema));
        Directory.CreateDirectory(Path.GetDirectoryName(mismatch)!);
        File.WriteAllText(mismatch, running);
        Assert.Fail($"schema/schema.graphql differs from the running schema, written to {mismatch}. Review the difference, then regenerate the file with `dotnet run --project src/PostsGraph -- schema` and commit it.");
    }
}
