using PostsGraph.Seed;

namespace PostsGraph.Import;

// The verbs `import`, `import-report` and `validate`; they work on seed/ files only, never on the database.
public static class ImportCli
{
    public static int Import(Dictionary<string, string?> options, string seedRoot, TextWriter output, TextWriter error) =>
        Import(NoticeImporter.Default, options, seedRoot, output, error);

    public static int Import(NoticeImporter importer, Dictionary<string, string?> options, string seedRoot, TextWriter output, TextWriter error)
    {
        if (options.GetValueOrDefault("path") is not { } path)
        {
            error.WriteLine("import: give the notice file: import <path> [--source-url URL] [--force]");
            return 1;
        }

        ImportResult result;
        try
        {
            result = importer.Import(path, seedRoot, options.GetValueOrDefault("source-url"), options.ContainsKey("force"));
        }
        catch (ImportRefusedException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        catch (SeedException e)
        {
            e.Errors.ToList().ForEach(error.WriteLine);
            error.WriteLine("The reference lists cannot be read; nothing was written.");
            return 1;
        }

        var reader = new SeedReader(seedRoot);
        output.WriteLine($"Wrote {reader.DisplayName(result.DraftFile)}");
        output.WriteLine($"Notice {reader.DisplayName(result.NoticeFile)}{(result.NoticeExisted ? " (already in the seed; not copied again)" : "")}");
        output.WriteLine("Facts per field:");
        foreach (var (field, count) in FactCounts(result.Draft))
        {
            output.WriteLine($"  {field,-16} {count}");
        }

        var missing = result.Draft.Missing ?? [];
        output.WriteLine(missing.Count == 0 ? "Missing: none" : $"Missing: {string.Join(", ", missing)}");
        if (result.ReferenceDraftFile is { } referenceDraft && result.Reference is { } proposals)
        {
            output.WriteLine($"Wrote {reader.DisplayName(referenceDraft)}: what the reference lists do not have yet");
            (proposals.Organisations ?? []).ForEach(o => output.WriteLine($"  organisation {o.Acronym} ({o.Name ?? "name not stated"})"));
            (proposals.DutyStations ?? []).ForEach(d => output.WriteLine($"  duty station {d.Key} ({d.City}, {d.Country ?? "country not stated"})"));
            (proposals.Grades ?? []).ForEach(g => output.WriteLine($"  grade {g.Code} (system not known)"));
        }

        var review = DraftChecks.ToReview(result.Draft);
        output.WriteLine(review.Count == 0 ? "Check first: nothing the importer was unsure of" : "Check first (the importer was unsure):");
        review.ForEach(r => output.WriteLine($"  {r.Path}: {r.Message}"));
        output.WriteLine($"Review every fact against its quote, correct it, remove \"missing\", \"candidates\" and each fact's confidence and reason, rename the draft to {result.Key}.json, then run validate and load.");
        return 0;
    }

    // Every curated post's notice through the importer, in memory, scored against the post.
    public static int Report(Dictionary<string, string?> options, string seedRoot, TextWriter output, TextWriter error) =>
        Report(NoticeImporter.Default, options, seedRoot, output, error);

    public static int Report(NoticeImporter importer, Dictionary<string, string?> options, string seedRoot, TextWriter output, TextWriter error)
    {
        SeedSnapshot snapshot;
        try
        {
            snapshot = new SeedReader(seedRoot).Read();
        }
        catch (SeedException e)
        {
            e.Errors.ToList().ForEach(error.WriteLine);
            return 1;
        }

        var report = ImportReport.Run(importer, snapshot);
        var corpus = options.GetValueOrDefault("corpus") ?? ImportCorpus.Beside(seedRoot);
        if (corpus is not null && !options.ContainsKey("no-corpus"))
        {
            if (!Directory.Exists(corpus))
            {
                error.WriteLine($"import-report: --corpus: {Path.GetFullPath(corpus)} is not a folder");
                return 1;
            }

            report = report with { Corpus = CorpusReport.Run(importer, corpus, snapshot.Reference) };
        }

        var markdown = report.ToMarkdown();
        if (options.GetValueOrDefault("out") is { } path)
        {
            try
            {
                File.WriteAllText(path, markdown);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"import-report: --out: cannot write {Path.GetFullPath(path)}: {e.Message}");
                return 1;
            }

            output.WriteLine($"Wrote {Path.GetFullPath(path)}");
        }
        else
        {
            output.Write(markdown);
        }

        var failures = report.Failures.Concat(report.Corpus?.Failures ?? []).ToList();
        failures.ForEach(error.WriteLine);
        return failures.Count == 0 ? 0 : 1;
    }

    public static int Validate(string seedRoot, TextWriter output, TextWriter error)
    {
        var reader = new SeedReader(seedRoot);
        var errors = new List<SeedError>();
        SeedSnapshot snapshot;
        try
        {
            snapshot = reader.Read();
        }
        catch (SeedException e)
        {
            return Cli.Report(e.Errors, [], null, output, error);
        }

        SeedModel? model = null;
        try
        {
            model = SeedModel.Compile(snapshot);
        }
        catch (SeedException e)
        {
            errors.AddRange(e.Errors);
        }

        var drafts = reader.ReadDrafts(errors);
        var referenceDrafts = reader.ReadReferenceDrafts(errors);
        var checks = DraftChecks.Check(snapshot, drafts, referenceDrafts);
        errors.AddRange(checks.SelectMany(c => c.Errors));
        var warnings = checks.SelectMany(c => c.Warnings).ToList();
        var valid = model is null ? null
            : $"Seed is valid: {model.Posts.Count} posts, {model.Notices.Count} notices."
              + (drafts.Count + referenceDrafts.Count == 0 ? "" : $" {drafts.Count} draft(s) and {referenceDrafts.Count} reference draft(s) checked, {warnings.Count} warning(s); drafts are not loaded until reviewed.");
        return Cli.Report(errors, warnings, valid, output, error);
    }

    private static IEnumerable<(string Field, int Count)> FactCounts(PostFile draft)
    {
        static int One(object? fact) => fact is null ? 0 : 1;
        return NoticeImporter.Fields.Zip(new[]
        {
            One(draft.Title), One(draft.Organisation), draft.Units?.Count ?? 0, One(draft.VacancyNumber), One(draft.PositionNumber),
            One(draft.Grade), One(draft.DutyStation), One(draft.AppointmentType), One(draft.Duration), One(draft.PostedOn),
            One(draft.Deadline), One(draft.ReportsTo), draft.Salary?.Count ?? 0, draft.Duties?.Count ?? 0,
            draft.Education?.Count ?? 0, draft.Experience?.Count ?? 0, draft.Languages?.Count ?? 0,
            draft.Certifications?.Count ?? 0, draft.Competencies?.Count ?? 0, draft.Conditions?.Count ?? 0,
        });
    }
}
