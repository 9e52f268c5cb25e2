using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// `validate` over drafts, and a draft that is renamed to a post before its review is finished.
public sealed class DraftValidationTests : IDisposable
{
    private const string Draft = "seed/posts/who-sec-26-014.draft.json";
    private readonly ImportSeed _seed = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public DraftValidationTests()
    {
        var (_, options, _) = Cli.Parse(["import", _seed.WriteNotice(ImportSeed.Notice)]);
        Assert.Equal(0, ImportCli.Import(ImportSeed.Importer(), options, _seed.Root, TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void ListsADraftsMissingFieldsAsWarningsAndPasses()
    {
        var exit = ImportCli.Validate(_seed.Root, _output, _error);

        Assert.Equal(0, exit);
        Assert.Equal(
            $"""
            {Draft}: deadline: warning: the importer did not find it; add it from the notice if the notice states it
            {Draft}: salary: warning: the importer did not find it; add it from the notice if the notice states it
            {Draft}: education: warning: the importer did not find it; add it from the notice if the notice states it
            {Draft}: experience: warning: the importer did not find it; add it from the notice if the notice states it
            {Draft}: languages: warning: the importer did not find it; add it from the notice if the notice states it

            """,
            _error.ToString());
        Assert.Equal(
            "Seed is valid: 5 posts, 5 notices. 1 draft(s) and 0 reference draft(s) checked, 5 warning(s); drafts are not loaded until reviewed.\n",
            _output.ToString());
    }

    [Fact]
    public void ReportsADraftsInvalidFactsAsFileFieldProblemAndFails()
    {
        Edit(Draft, json => json
            .Replace("\"value\": \"P-3\"", "\"value\": \"P3\"", StringComparison.Ordinal)
            .Replace("\"quote\": \"Duty Station: Nairobi\"", "\"quote\": \"Duty Station: Nairobi, Kenya\"", StringComparison.Ordinal));

        var exit = ImportCli.Validate(_seed.Root, _output, _error);

        Assert.Equal(1, exit);
        var lines = _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{Draft}: grade.value: unknown grade \"P3\"; it must be listed in seed/reference/", lines);
        Assert.Contains(lines, l => l.StartsWith($"{Draft}: dutyStation.quote: quote not found in the notice", StringComparison.Ordinal));
        Assert.Equal("2 error(s); nothing was changed.", lines[^1]);
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public void DoesNotCountAMissingFieldTheDraftListsAsAnError()
    {
        // The title is required of a post; a draft whose importer found none says so in "missing".
        Edit(Draft, json => json
            .Replace("\"missing\": [", "\"missing\": [\n    \"title\",", StringComparison.Ordinal)
            .Replace("\"title\": {\n    \"value\": \"Field Security Officer\",\n    \"quote\": \"Title: Field Security Officer\"\n  },\n", "", StringComparison.Ordinal));

        var exit = ImportCli.Validate(_seed.Root, _output, _error);

        Assert.Equal(0, exit);
        Assert.StartsWith($"{Draft}: title: warning: the importer did not find it", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsADraftRenamedToAPostWhileItStillListsMissingFields()
    {
        File.Move(Path.Combine(_seed.Posts, "who-sec-26-014.draft.json"), Path.Combine(_seed.Posts, "who-sec-26-014.json"));

        var exit = ImportCli.Validate(_seed.Root, _output, _error);
        var load = Assert.Throws<SeedException>(() => SeedModel.Compile(new SeedReader(_seed.Root).Read()));

        Assert.Equal(1, exit);
        Assert.Equal(
            "seed/posts/who-sec-26-014.json: missing: a reviewed post must not list missing fields; remove the list once the draft is reviewed",
            Assert.Single(load.Errors).ToString());
    }

    [Fact]
    public void LoadsTheReviewedDraftOnceItsMissingListIsRemoved()
    {
        var post = Path.Combine(_seed.Posts, "who-sec-26-014.json");
        File.Move(Path.Combine(_seed.Posts, "who-sec-26-014.draft.json"), post);
        Edit("seed/posts/who-sec-26-014.json", json => System.Text.RegularExpressions.Regex.Replace(json, "\"missing\": \\[[^\\]]*\\],\\n\\s*", ""));

        var model = SeedModel.Compile(new SeedReader(_seed.Root).Read());

        Assert.Equal("Field Security Officer", model.Posts.Single(p => p.Key == "who-sec-26-014").Title);
        Assert.Equal(0, ImportCli.Validate(_seed.Root, _output, _error));
        Assert.Equal("Seed is valid: 6 posts, 6 notices.\n", _output.ToString());
    }

    public void Dispose() => _seed.Dispose();

    private void Edit(string file, Func<string, string> edit)
    {
        var path = Path.Combine(_seed.Folder, file);
        var before = File.ReadAllText(path);
        var after = edit(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
