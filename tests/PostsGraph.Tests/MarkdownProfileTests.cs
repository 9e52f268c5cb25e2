using Snapshooter;
using Snapshooter.Xunit;

namespace PostsGraph.Tests;

// One Markdown profile per notice, as a researcher downloads it. The snapshots in __snapshots__/
// were read against the notices before they were committed.
[Collection(ApiCollection.Name)]
public sealed class MarkdownProfileTests(PostsGraphApp app)
{
    [Theory]
    [MemberData(nameof(CuratedPosts.Keys), MemberType = typeof(CuratedPosts))]
    public async Task ExportsAReadableProfileOfEachPost(string key)
    {
        using var response = await app.CreateClient().GetAsync($"/export/posts/{key}.md");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        var profile = await response.Content.ReadAsStringAsync();

        // The approved profile is the test's snapshot (Snapshooter): a different profile fails, and the
        // new one is written to __snapshots__/__mismatch__/ for review.
        Snapshot.Match(profile, SnapshotNameExtension.Create(key));
    }
}
