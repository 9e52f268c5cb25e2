using System.Text.Json;
using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

public sealed class DraftFormatTests
{
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
