using PostsGraph.Seed;

namespace PostsGraph.Tests;

// Where the seed folder is found when Seed:Path is not set, and the clear stop when it is nowhere.
public sealed class SeedPathTests
{
    [Fact]
    public void FindsTheNearestSeedAboveTheWorkingDirectoryThenAboveTheProgram()
    {
        var root = PostsGraphApp.NewWorkDirectory();
        var seed = Directory.CreateDirectory(Path.Combine(root, "project", "seed", "notices")).Parent!.FullName;
        var deep = Directory.CreateDirectory(Path.Combine(root, "project", "src", "app")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;

        Assert.Equal(seed, new SeedOptions().ResolvePath(deep, elsewhere));
        Assert.Equal(seed, new SeedOptions().ResolvePath(elsewhere, deep));
    }

    [Fact]
    public void StopsWithWhatToSetWhereNoSeedFolderIsFound()
    {
        var root = PostsGraphApp.NewWorkDirectory();
        var work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        var program = Directory.CreateDirectory(Path.Combine(root, "program")).FullName;

        var stop = Assert.Throws<SeedNotFoundException>(() => new SeedOptions().ResolvePath(work, program));

        Assert.Contains("Seed:Path", stop.Message);
        Assert.Contains(work, stop.Message);
    }

    [Fact]
    public void TakesTheConfiguredFolderAsItIs()
    {
        var configured = Path.Combine(PostsGraphApp.NewWorkDirectory(), "my-seed");
        Assert.Equal(configured, new SeedOptions { Path = configured }.ResolvePath("/", "/"));
    }
}
