using Microsoft.Extensions.DependencyInjection;
using PostsGraph.GraphQL;

namespace PostsGraph.Tests;

[Collection(ApiCollection.Name)]
public sealed class SchemaFileTests(PostsGraphApp app)
{
    // The committed schema is the public contract. Locally a changed schema is written back so the
    // diff can be reviewed and committed; on CI the test only fails.
    [Fact]
    public void CommittedSchemaFileEqualsTheRunningSchema()
    {
        var running = app.Services.PrintSchema();
        var committed = File.Exists(RepoPaths.Schema) ? File.ReadAllText(RepoPaths.Schema) : "";
        if (running == committed)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(RepoPaths.Schema, running);
        }

        Assert.Fail($"schema/schema.graphql differs from the running schema. Regenerate it with `dotnet run --project src/PostsGraph -- schema`, review the diff and commit it.");
    }
}
