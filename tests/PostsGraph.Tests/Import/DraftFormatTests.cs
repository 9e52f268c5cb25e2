using System.Text.Json;
using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

public sealed class DraftFormatTests
{
    // A draft as a curator leaves it once every fact is checked: what only a draft carries
    // (missing, candidates, each fact's confidence and reason) removed from the file's JSON, as
    // docs/seed-format.md's jq line does.
    public static PostFile Reviewed(PostFile draft)
    {
        static void Strip(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    foreach (var key in new[] { "missing", "candidates", "confidence", "reason" })
                    {
                        o.Remove(key);
                    }

                    o.Select(p => p.Value).ToList().ForEach(Strip);
                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    a.ToList().ForEach(Strip);
                    break;
            }
        }

        var json = System.Text.Json.Nodes.JsonNode.Parse(DraftFiles.Serialise(draft))!;
        Strip(json);
        return JsonSerializer.Deserialize<PostFile>(json.ToJsonString(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    [Theory]
    [MemberData(nameof(CuratedPosts.Keys), MemberType = typeof(CuratedPosts))]
    public void WritesAPostFileExactlyAsTheCuratedPostsAreWritten(string key)
    {
        var path = Path.Combine(RepoPaths.Seed, "posts", key + ".json");
        var curated = File.ReadAllText(path);
        var post = JsonSerializer.Deserialize<PostFile>(curated, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var written = System.Text.Encoding.UTF8.GetString(DraftFiles.Serialise(post));

        Assert.Equal(curated, written);
    }
}
