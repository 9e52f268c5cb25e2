using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PostsGraph.Tests;

// Automatic persisted operations as Apollo's clients send them (extensions.persistedQuery.sha256Hash)
// and HotChocolate answers them. ClientTests runs Apollo Client's own link against the real server.
[Collection(ApiCollection.Name)]
public sealed class PersistedOperationTests(PostsGraphApp app)
{
    [Fact]
    public async Task RefusesAnUnknownHashSoThatTheClientSendsTheDocument()
    {
        var (status, body) = await PostAsync(app, query: null, Sha256("{ posts { totalCount } } # never sent"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("PersistedQueryNotFound", error.GetProperty("message").GetString());
        Assert.Equal("HC0020", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task KeepsADocumentSentWithItsHashAndRunsItFromTheHashAlone()
    {
        var document = "query KeptByHash { posts(where: { key: { eq: \"itu-2207\" } }) { nodes { title } } }";
        var hash = Sha256(document);

        var (firstStatus, first) = await PostAsync(app, document, hash);
        var (status, second) = await PostAsync(app, query: null, hash);
        var (getStatus, third) = await GetAsync(app, hash);

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        Assert.True(first.GetProperty("extensions").GetProperty("persistedQuery").GetProperty("persisted").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, getStatus);
        // ITU's notice's title.
        foreach (var body in new[] { first, second, third })
        {
            Assert.Equal("Head, Safety, Security and Resilience Division", body.GetProperty("data").GetProperty("posts").GetProperty("nodes")[0].GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task RunsButDoesNotKeepADocumentWhoseHashIsNotItsOwn()
    {
        var document = "query WrongHash { posts { totalCount } }";
        var claimed = Sha256("another document");

        var (status, body) = await PostAsync(app, document, claimed);
        var (laterStatus, _) = await PostAsync(app, query: null, claimed);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body.GetProperty("data").GetProperty("posts").GetProperty("totalCount").GetInt32());
        var persisted = body.GetProperty("extensions").GetProperty("persistedQuery");
        Assert.False(persisted.GetProperty("persisted").GetBoolean());
        Assert.Equal(Sha256(document), persisted.GetProperty("expectedHashValue").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, laterStatus);
    }

    [Fact]
    public async Task RefusesAHashThatIsNotASha256()
    {
        var (status, body) = await PostAsync(app, query: null, "abc");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_REQUEST", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task KeepsNoDocumentLargerThanASixteenthOfTheStore()
    {
        using var small = new PostsGraphApp { Settings = { ["PersistedOperations:MaxBytes"] = "1600" } };
        var document = "query TooLargeToKeep { posts { totalCount nodes { key title organisation { acronym name } grade { code } } } }";
        Assert.True(document.Length > 100);

        var (_, body) = await PostAsync(small, document, Sha256(document));
        var (status, _) = await PostAsync(small, query: null, Sha256(document));

        Assert.False(body.GetProperty("extensions").GetProperty("persistedQuery").GetProperty("persisted").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task TurnedOffTreatsAHashOnlyRequestAsHavingNoQuery()
    {
        using var off = new PostsGraphApp { Settings = { ["PersistedOperations:Enabled"] = "false" } };
        var document = "{ posts { totalCount } }";

        await PostAsync(off, document, Sha256(document));
        var (status, body) = await PostAsync(off, query: null, Sha256(document));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The request has no query.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static async Task<(HttpStatusCode, JsonElement)> PostAsync(PostsGraphApp host, string? query, string hash)
    {
        using var response = await host.CreateClient().PostAsJsonAsync("/graphql", new { query, extensions = Extensions(hash) });
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static async Task<(HttpStatusCode, JsonElement)> GetAsync(PostsGraphApp host, string hash)
    {
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash)));
        using var response = await host.CreateClient().GetAsync($"/graphql?extensions={extensions}");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}
