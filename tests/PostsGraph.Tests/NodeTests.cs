using System.Text;
using System.Text.Json;

namespace PostsGraph.Tests;

// Global object identification as HotChocolate does it: IDs are Base64 of "TypeName:key".
[Collection(ApiCollection.Name)]
public sealed class NodeTests(PostsGraphApp app)
{
    [Theory]
    [InlineData("Post", "itu-2207", "Post")]
    [InlineData("Organisation", "OPCW", "Organisation")]
    [InlineData("Grade", "P-5", "Grade")]
    [InlineData("DutyStation", "geneva", "DutyStation")]
    public async Task FetchesAnyNodeByItsId(string type, string key, string typeName)
    {
        var id = Id(type, key);
        var data = await app.QueryAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });

        Assert.Equal(typeName, data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(id, data.GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task FetchesSeveralNodesInTheOrderAskedWithNullForUnknownOnes()
    {
        string[] ids = [Id("Grade", "D-1"), Id("Post", "no-such-post"), Id("Post", "icc-24313"), Id("Unit", "icc/registry")];
        var data = await app.QueryAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Grade { code } ... on Post { key } ... on Unit { name } } }
            """, new { ids });

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal("D-1", nodes[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("icc-24313", nodes[2].GetProperty("key").GetString());
        // ICC's notice: "Organizational Unit: Security and Safety Section/Division of Management Services/Registry".
        Assert.Equal("Registry", nodes[3].GetProperty("name").GetString());
        Assert.Equal(4, nodes.Count);
    }

    [Fact]
    public async Task EveryObjectWithAnIdRoundTripsThroughNode()
    {
        var data = await app.QueryAsync("""
            { posts { nodes { id organisation { id } unit { id } grade { id } dutyStation { id } } } }
            """);
        var ids = data.GetProperty("posts").GetProperty("nodes").EnumerateArray()
            .SelectMany(p => new[] { p, p.GetProperty("organisation"), p.GetProperty("unit"), p.GetProperty("grade"), p.GetProperty("dutyStation") })
            .Select(o => o.GetProperty("id").GetString()!).Distinct().ToList();

        var nodes = await app.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = ids.Take(10).ToArray() });

        Assert.Equal(ids.Take(10), nodes.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task TakesFiftyIdsAtOnceAndRefusesMore()
    {
        // HotChocolate 15's MaxAllowedNodeBatchSize: 50. IDs of posts that do not exist answer null.
        var fifty = Enumerable.Range(0, 50).Select(i => Id("Post", $"p{i}")).ToArray();
        var nodes = (await app.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = fifty })).GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(System.Text.Json.JsonValueKind.Null, n.ValueKind));

        var ids = Enumerable.Range(0, 51).Select(i => Id("Post", $"p{i}")).ToArray();

        var response = await app.QueryResponseAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("HC0076", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("UG9zdDppdHUtMjIwNw==")] // Base64 of "Post:itu-2207"
    [InlineData("UG9zdDppdHUtMjIwNw")] // the same with its padding trimmed, as HotChocolate accepts
    public async Task FindsAPostByItsIdWithOrWithoutPadding(string id)
    {
        var data = await app.QueryAsync("query($id: ID!) { node(id: $id) { ... on Post { key } } }", new { id });

        Assert.Equal("itu-2207", data.GetProperty("node").GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("UG9zdDppdHUtMjIwN")] // one character short of a whole Base64 quantum: not an ID
    [InlineData("not base64!")]
    [InlineData("Tm9Db2xvbg==")] // "NoColon"
    [InlineData("U3BhY2VzaGlwOng=")] // "Spaceship:x": no such type
    public async Task RefusesAMalformedId(string id)
    {
        var response = await app.QueryResponseAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal("INVALID_ID", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));
}
