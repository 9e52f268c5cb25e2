namespace PostsGraph.Tests;

// The five curated posts, one per notice, for tests that check each of them.
public static class CuratedPosts
{
    public static TheoryData<string> Keys => new() { "icc-24313", "opcw-sco-2025", "undss-pco-2023", "ilo-rbc-p-intserv-2025-27", "itu-2207" };
}
