using System.Text.Json;

namespace PostsGraph.Tests;

// Real clients and tools from Node.js (clients/*.mjs) against the real server process: what a
// team writing a client for a HotChocolate server would run against PostsGraph.
[Trait("Database", "SqliteOnly")]
public sealed class ClientTests(ClientTests.Server server) : IClassFixture<ClientTests.Server>
{
    [NodeClientFact]
    public async Task GraphQLJsIntrospectionWithEveryOptionBuildsTheSchemaFile()
    {
        // getIntrospectionQuery({ descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription,
        // inputValueDeprecation, oneOf }); buildClientSchema of the answer, sorted, printed, equals the file.
        var report = await server.RunAsync("introspection.mjs");

        Assert.True(report.GetProperty("ok").GetBoolean(), report.ToString());
        Assert.Equal(["LocalDate https://scalars.graphql.org/andimarek/local-date.html"], Strings(report.GetProperty("specifiedByURLs")));
    }

    [NodeClientFact]
    public async Task PassesEveryGraphQLOverHttpAudit()
    {
        // graphql-http's auditServer: the MUST, SHOULD and MAY audits of the GraphQL-over-HTTP specification.
        var report = await server.RunAsync("audit.mjs");

        Assert.Empty(report.GetProperty("notOk").EnumerateArray());
        Assert.True(report.GetProperty("total").GetInt32() >= 50, report.ToString());
    }

    [NodeClientFact]
    public async Task UrqlQueriesWithGet()
    {
        var report = await server.RunAsync("urql.mjs");

        Assert.Equal(["GET"], Strings(report.GetProperty("methods")));
        Assert.Equal(5, report.GetProperty("totalCount").GetInt32());
        // The first two posts by key, with their organisations as the notices name them.
        Assert.Equal(["icc-24313 ICC", "ilo-rbc-p-intserv-2025-27 ILO"], Strings(report.GetProperty("posts")));
    }

    [NodeClientFact]
    public async Task ApolloClientMergesCursorPagesWithRelayStylePagination()
    {
        var paging = (await server.RunAsync("apollo.mjs")).GetProperty("paging");

        Assert.Equal(2, paging.GetProperty("requests").GetInt32());
        Assert.Equal(["icc-24313", "ilo-rbc-p-intserv-2025-27", "itu-2207", "opcw-sco-2025"], Strings(paging.GetProperty("keys")));
        Assert.True(paging.GetProperty("hasNextPage").GetBoolean()); // undss-pco-2023 is left
    }

    [NodeClientFact]
    public async Task ApolloClientPersistsQueriesOverPostAndGet()
    {
        var report = await server.RunAsync("apollo.mjs");

        // An unknown hash is refused (400: not executed), the client sends the document with its hash,
        // and the next request with the hash alone is answered from the store.
        var post = report.GetProperty("persistedPost");
        Assert.Equal(["POST H 400", "POST D 200", "POST H 200"], Strings(post.GetProperty("requests")));
        Assert.Equal("Head, Safety, Security and Resilience Division", post.GetProperty("title").GetString());
        Assert.True(post.GetProperty("sameData").GetBoolean());
        // useGETForHashedQueries: hashes over GET; the document itself is always POSTed.
        var get = report.GetProperty("persistedGet");
        Assert.Equal(["GET H 400", "POST D 200", "GET H 200"], Strings(get.GetProperty("requests")));
        Assert.True(get.GetProperty("sameData").GetBoolean());
    }

    [NodeClientFact]
    public async Task ApolloClientBatchesQueriesIntoOnePost()
    {
        var batching = (await server.RunAsync("apollo.mjs")).GetProperty("batching");

        Assert.Equal(1, batching.GetProperty("requests").GetInt32());
        Assert.Equal(2, batching.GetProperty("batched").GetInt32());
        Assert.Equal(5, batching.GetProperty("totalCount").GetInt32());
        Assert.Equal("icc-24313", batching.GetProperty("firstKey").GetString());
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    // One server for the class, on the seed, with batching on for BatchHttpLink.
    public sealed class Server : IDisposable
    {
        private readonly ServerProcess? _server;

        public Server()
        {
            if (ClientSetup.Required || ClientSetup.NodeMissing() is null)
            {
                _server = ServerProcess.Start(RepoPaths.Seed, Path.Combine(PostsGraphApp.NewWorkDirectory(), "postsgraph.db"), "--Batching:Enabled=true");
            }
        }

        // Runs a client script against /graphql; its JSON report, which must have exited 0.
        public async Task<JsonElement> RunAsync(string script)
        {
            Assert.True(await _server!.WaitReadyAsync(), _server.Output);
            var (exitCode, output, errors) = await ClientSetup.RunNodeAsync(script, _server.Url("/graphql"));
            Assert.True(exitCode == 0, $"{script} exited with {exitCode}:\n{output}\n{errors}");
            return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
        }

        public void Dispose() => _server?.Dispose();
    }
}
