using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// The importer on the corpus written for it (corpus/README.md): the corpus is what the issue asks
// for, every notice is scored, and the scores do not fall below what they are today.
public sealed class CorpusTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "corpus");
    private static readonly SeedSnapshot Seed = new SeedReader(RepoPaths.Seed).Read();
    private static readonly Lazy<CorpusReport> Report = new(() => CorpusReport.Run(NoticeImporter.Default, Folder, Seed.Reference));

    [Fact]
    public void CoversFortyNoticesTwelveOrganisationsSixGradeSystemsThreeLanguagesAndTheLayouts()
    {
        var failures = new List<string>();
        var notices = ImportCorpus.Read(Folder, failures);

        Assert.Empty(failures);
        Assert.True(notices.Count >= 40, $"{notices.Count} notices");
        Assert.True(notices.Select(n => n.Expected.Organisation).Distinct().Count() >= 12);
        Assert.True(notices.Select(n => n.Expected.GradeSystem).OfType<string>().Distinct().Count() >= 6);
        Assert.Equal(["en", "es", "fr"], notices.Select(n => n.Expected.Language).Distinct().Order());
        var layouts = notices.SelectMany(n => n.Expected.Layouts ?? []).ToHashSet();
        Assert.Superset(new HashSet<string> { "inline", "next-line", "table", "run-on", "job-site", "repeated-block", "prose" }, layouts);
    }

    // Every expected value is a code the reference knows, or the new item the notice proposes;
    // every expected value that a notice prints as such (title, vacancy number) is in its text.
    [Fact]
    public void ExpectsOnlyValuesTheReferenceKnowsOrTheNoticeProposes()
    {
        var notices = ImportCorpus.Read(Folder, []);
        var problems = new List<string>();
        foreach (var n in notices)
        {
            var e = n.Expected;
            if (e.Organisation is { } o && Seed.Reference.Organisations.All(r => r.Acronym != o) && e.NewOrganisation?.Acronym != o)
            {
                problems.Add($"{n.Id}: organisation {o} is neither known nor proposed");
            }

            if (e.Grade is { } g && Seed.Reference.Grades.All(r => r.Code != g))
            {
                problems.Add($"{n.Id}: grade {g} is not in grades.json");
            }

            if (e.Grade is { } code && Seed.Reference.Grades.FirstOrDefault(r => r.Code == code) is { } grade && grade.System != e.GradeSystem)
            {
                problems.Add($"{n.Id}: grade {code} is of {grade.System}, not {e.GradeSystem}");
            }

            if (e.DutyStation is { } d && Seed.Reference.DutyStations.All(r => r.Key != d) && e.NewDutyStation?.Key != d)
            {
                problems.Add($"{n.Id}: duty station {d} is neither known nor proposed");
            }

            foreach (var printed in new[] { e.VacancyNumber }.OfType<string>())
            {
                if (!n.Text.Contains(printed, StringComparison.Ordinal))
                {
                    problems.Add($"{n.Id}: \"{printed}\" is not in the text");
                }
            }
        }

        Assert.Empty(problems);
    }

    // The importer's scores on the corpus when this test was written (import-report prints them):
    // they may rise, not fall. Per field, the notices whose draft is right.
    [Theory]
    [InlineData("title", 120)]
    [InlineData("organisation", 119)]
    [InlineData("grade", 120)]
    [InlineData("dutyStation", 123)]
    [InlineData("deadline", 122)]
    [InlineData("salary", 122)]
    [InlineData("postedOn", 119)]
    [InlineData("vacancyNumber", 111)]
    public void DraftsEachHeaderFactRightInAtLeastAsManyNotices(string field, int right) =>
        Assert.True(Report.Value.Count(field, CorpusReport.Right) >= right, Markdown());

    // The issue's target: at least 90% of the six key facts right (98.4% today), at least 95% in
    // each language (French is the lowest, 97.8%), and never a wrong organisation (an unsure one
    // is left missing with its candidates).
    [Fact]
    public void DraftsNinetyPercentOfTheKeyFactsRightAndNoWrongOrganisation()
    {
        Assert.True(CorpusReport.Accuracy(Report.Value.Scores) >= 0.98, Markdown());
        Assert.All(Report.Value.Scores.GroupBy(s => s.Notice.Expected.Language), language =>
            Assert.True(CorpusReport.Accuracy(language) >= 0.95, $"{language.Key}\n{Markdown()}"));
        Assert.Equal(0, Report.Value.Count("organisation", CorpusReport.Wrong));
    }

    // Organisations and duty stations the reference does not know are proposed in the reference draft
    // (the floors follow the corpus's unknown ones, which fall as reviewed proposals join the reference).
    [Fact]
    public void ProposesTheNewOrganisationsAndDutyStations()
    {
        Assert.True(Report.Value.Scores.Count(s => s.ProposesTheOrganisation) >= 10, Markdown());
        Assert.True(Report.Value.Scores.Count(s => s.ProposesTheDutyStation) >= 11, Markdown());
    }

    // import-report prints the corpus part after the curated posts' part.
    [Fact]
    public void PrintsTheCorpusScoresInTheImportReport()
    {
        var output = new StringWriter();

        var exit = ImportCli.Report(new Dictionary<string, string?>(), RepoPaths.Seed, output, TextWriter.Null);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n');
        Assert.Contains("# The importer against the corpus", lines);
        Assert.Contains($"| organisation | {Report.Value.Count("organisation", CorpusReport.Right)} | 0 | {Report.Value.Count("organisation", CorpusReport.Missing)} | "
            + $"{Report.Value.Accuracy("organisation") * 100:0.0}% |".Replace(',', '.'), lines);
    }

    private static string Markdown()
    {
        var md = new System.Text.StringBuilder();
        Report.Value.AppendMarkdown(md);
        return md.ToString();
    }

    // A notice at the 1 MB limit made of the corpus's notices one after another, with the runs of
    // capitalised little words and pay lines that make patterns backtrack: the importer drafts it.
    [Fact]
    public void DraftsANoticeAtTheSizeLimitMadeOfTheCorpus()
    {
        var texts = ImportCorpus.Read(Folder, []).Select(n => n.Text).ToList();
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < NoticeImporter.MaxBytes - 110_000; i++)
        {
            text.Append(texts[i % texts.Count]).Append('\n');
        }

        text.Append(string.Join(' ', Enumerable.Repeat("DE LA", 400))).Append(" es la Agencia.\n");
        text.Append(string.Concat(Enumerable.Repeat("Salary: USD 1,000 – 2,000 per month, starting at step 1; ", 200))).Append('\n');
        text.Append(new string('\n', 2000)).Append("The\n");
        // A pay label followed by a page of blanks, and one long line of pay sentences.
        text.Append("Post adjustment").Append(' ', 30_000).Append("x USD 5,000\n");
        text.Append(string.Concat(Enumerable.Repeat("salary USD 1. ", 2_500))).Append('\n');

        var draft = NoticeImporter.Default.Extract("big.txt", text.ToString(), Seed.Reference);

        Assert.Equal("big.txt", draft.Notice);
        Assert.NotNull(draft.Title);
    }

    [Fact]
    public void ScoresEveryNotice()
    {
        Assert.Empty(Report.Value.Failures);
        Assert.Equal(ImportCorpus.Read(Folder, []).Count, Report.Value.Scores.Count);
    }

    // A wrong organisation that is the needed one under another key (its name where the expected
    // key is its initials) still counts as wrong, and the report says how many are so.
    [Fact]
    public void SaysWhichWrongOrganisationsAreTheNeededOneUnderAnotherKey()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-key-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "en-sahel-health.txt"),
                "Security Officer\nSahel Health has been working in Mali since 2001. Sahel Health runs clinics in four regions.\n");
            File.WriteAllText(Path.Combine(folder, "en-sahel-health.expected.json"), """
                {
                  "about": "a fragment whose reader keyed the publisher by its initials",
                  "language": "en",
                  "layouts": ["prose"],
                  "gradeSystem": null,
                  "title": "Security Officer",
                  "organisation": "SH",
                  "newOrganisation": { "acronym": "SH", "name": "Sahel Health", "kind": "OTHER_INTERNATIONAL_ORGANISATION" },
                  "grade": null,
                  "dutyStation": null,
                  "newDutyStation": null,
                  "postedOn": null,
                  "deadline": null,
                  "vacancyNumber": null,
                  "salary": []
                }
                """);

            var report = CorpusReport.Run(NoticeImporter.Default, folder, Seed.Reference);
            var md = new System.Text.StringBuilder();
            report.AppendMarkdown(md);

            var score = Assert.Single(report.Scores);
            Assert.Equal(CorpusReport.Wrong, score.Outcomes["organisation"]);
            Assert.True(score.OrganisationUnderAnotherKey);
            Assert.Contains("1 wrong organisation(s), 1 of them the organisation the notice needs under another key", md.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
