using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// `import-report`'s table and detail, with an extraction that returns each notice's curated post
// (a perfect importer) or fails, so that the figures are known: the real extractors are judged
// in ImporterAgainstCuratedPostsTests.
public sealed class ImportReportTests
{
    private static readonly SeedSnapshot Seed = new SeedReader(RepoPaths.Seed).Read();

    // These importers know only the curated notices; CorpusTests score the corpus.
    private static Dictionary<string, string?> NoCorpus => new() { ["no-corpus"] = null };

    [Fact]
    public void PrintsPrecisionAndRecallPerFieldOverTheCuratedNotices()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ImportCli.Report(Perfect(), NoCorpus, RepoPaths.Seed, output, error);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n');
        // Duties 15 + 14 + 32 + 14 + 8 (ICC, OPCW, UNDSS, ILO, ITU); postedOn is quoted by ICC and ILO
        // only (UNDSS's comes from another listing); certifications 2 + 3 + 3 + 2 + 0.
        Assert.Contains("| duties | 83 | 83 | 83 | 100.0% | 100.0% |", lines);
        Assert.Contains("| postedOn | 2 | 2 | 2 | 100.0% | 100.0% |", lines);
        Assert.Contains("| certifications | 10 | 10 | 10 | 100.0% | 100.0% |", lines);
        Assert.Equal(5, lines.Count(l => l == "Every scored fact matches."));
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void ListsTheFactsEachNoticeMissedAndFailsWhenANoticeCannotBeImported()
    {
        var perfect = Perfect();
        var importer = new NoticeImporter([(notice, reference) =>
            notice.Text.StartsWith("INTERNATIONAL TELECOMMUNICATION UNION", StringComparison.Ordinal)
                ? throw new InvalidOperationException("no rule for this layout")
                : new ExtractedPart(perfect.Extract("x", notice.Text, reference) with { Grade = null }, [])]);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ImportCli.Report(importer, NoCorpus, RepoPaths.Seed, output, error);

        Assert.Equal(1, exit);
        var report = output.ToString();
        // Grade is quoted by OPCW and ILO (ICC's and UNDSS's come from another listing); ITU is not scored.
        Assert.Contains("| grade | 2 | 0 | 0 | – | 0.0% |", report.Split('\n'));
        Assert.Contains("## opcw-sco-2025\n\n- grade: missed \"P-3\"\n", report, StringComparison.Ordinal);
        Assert.EndsWith("## Not scored\n\n- 004_c5a4883d09076030.txt: the importer failed (InvalidOperationException: no rule for this layout)\n", report, StringComparison.Ordinal);
        Assert.Equal("004_c5a4883d09076030.txt: the importer failed (InvalidOperationException: no rule for this layout)\n", error.ToString());
    }

    // An importer that finds exactly what the curator found.
    private static NoticeImporter Perfect() => new([(notice, _) =>
    {
        var post = Seed.Posts.Single(p => NoticeImporter.Decode(p.Post.Notice!, Seed.Notices[p.Post.Notice!]) == notice.Text).Post;
        return new ExtractedPart(post, []);
    }]);
}
