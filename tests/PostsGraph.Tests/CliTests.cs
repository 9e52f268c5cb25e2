namespace PostsGraph.Tests;

// The command line: a verb's own options, configuration keys anywhere, and a clear refusal (exit
// code 2) of what is neither.
public sealed class CliTests
{
    [Theory]
    [InlineData("load", "--froce")] // a misspelt flag used to run without it
    [InlineData("schema", "--output", "/tmp/x.graphql")] // an unknown option used to become configuration
    [InlineData("frob")]
    [InlineData("import", "--froce")] // not taken as the notice's path
    public void RefusesWhatIsNeitherAnOptionOfTheVerbNorConfiguration(params string[] args)
    {
        var request = Cli.Parse(args);

        Assert.Equal(2, request.ExitCode);
        Assert.Null(request.Verb);
    }

    [Fact]
    public void GivesTheVerbItsOptionsAndTheHostItsConfigurationWhereverTheyStand()
    {
        var (verb, options, host) = Cli.Parse(["export", "--Database:Path=/tmp/x.db", "--format", "csv", "--urls", "http://127.0.0.1:5200", "--out", "f.csv", "--Seed:Path", "/tmp/seed"]);

        Assert.Equal("export", verb);
        Assert.Equal(new Dictionary<string, string?> { ["format"] = "csv", ["out"] = "f.csv" }, options);
        Assert.Equal(["--Database:Path=/tmp/x.db", "--urls", "http://127.0.0.1:5200", "--Seed:Path", "/tmp/seed"], host);
    }

    [Fact]
    public void ServesWhenNoVerbIsGiven()
    {
        var request = Cli.Parse(["--urls", "http://127.0.0.1:5200", "--Seed:Watch=false"]);

        Assert.Null(request.Verb);
        Assert.Null(request.ExitCode);
        Assert.Equal(["--urls", "http://127.0.0.1:5200", "--Seed:Watch=false"], request.HostArgs);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("export", "--help")]
    public void AnswersHelpWithExitCode0(params string[] args) => Assert.Equal(0, Cli.Parse(args).ExitCode);
}
