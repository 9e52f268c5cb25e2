namespace PostsGraph.Tests;

// One Markdown profile per notice, as a researcher downloads it. The expected files in
// __snapshots__/profiles/ were read against the notices before they were committed. Locally a
// changed profile is written there for review; on CI the test only fails.
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

        var expectedPath = Path.Combine(RepoPaths.Root, "tests", "PostsGraph.Tests", "__snapshots__", "profiles", $"{key}.md");
        var expected = File.Exists(expectedPath) ? await File.ReadAllTextAsync(expectedPath) : null;
        if (profile == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            await File.WriteAllTextAsync(expectedPath, profile);
        }

        Assert.Fail($"The Markdown profile of {key} differs from {expectedPath}; review the new file and commit it.");
    }
}
