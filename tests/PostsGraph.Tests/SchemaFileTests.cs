using GraphQLParser;
using GraphQLParser.AST;
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

    [Fact]
    public void PrintsDefinitionsInHotChocolatesOrder()
    {
        // HotChocolate's SchemaPrinter: the schema definition, then interfaces, objects, unions, input
        // objects and enums (its TypeKind order), then directives, then scalars, each group by name in
        // ordinal order.
        string[] kinds = ["schema", "interface", "type", "union", "input", "enum", "directive", "scalar"];
        var definitions = Parser.Parse(app.Services.PrintSchema()).Definitions
            .Select(d => (Kind: Array.IndexOf(kinds, d.Kind switch
            {
                ASTNodeKind.SchemaDefinition => "schema",
                ASTNodeKind.InterfaceTypeDefinition => "interface",
                ASTNodeKind.ObjectTypeDefinition => "type",
                ASTNodeKind.UnionTypeDefinition => "union",
                ASTNodeKind.InputObjectTypeDefinition => "input",
                ASTNodeKind.EnumTypeDefinition => "enum",
                ASTNodeKind.DirectiveDefinition => "directive",
                _ => "scalar",
            }), Name: (d as INamedNode)?.Name.StringValue ?? ""))
            .ToList();

        Assert.Equal("schema", kinds[definitions[0].Kind]);
        Assert.Equal(definitions.OrderBy(d => d.Kind).ThenBy(d => d.Name, StringComparer.Ordinal), definitions);
        Assert.Contains(definitions, d => kinds[d.Kind] == "interface" && d.Name == "Node");
        Assert.Contains(definitions, d => kinds[d.Kind] == "scalar" && d.Name == "LocalDate");
    }
}
