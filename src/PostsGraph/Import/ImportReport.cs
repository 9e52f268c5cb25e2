using System.Globalization;
using System.Text;
using PostsGraph.Seed;

namespace PostsGraph.Import;

// `import-report`: the importer run on the notice of every curated post, in memory, and scored
// field by field against the post.
public sealed record ImportReport(IReadOnlyList<DraftScore> Scores, IReadOnlyList<string> Failures, CorpusReport? Corpus = null)
{
    public IReadOnlyList<FieldScore> Totals => DraftComparison.Totals(Scores);

    public static ImportReport Run(NoticeImporter importer, SeedSnapshot snapshot)
    {
        var scores = new List<DraftScore>();
        var failures = new List<string>();
        foreach (var (file, key, curated) in snapshot.Posts)
        {
            if (curated.Notice is not { } notice || !snapshot.Notices.TryGetValue(notice, out var bytes))
            {
                failures.Add($"{file}: notice: \"{curated.Notice}\" is not a file in seed/notices/");
                continue;
            }

            try
            {
                var text = NoticeImporter.Decode(notice, bytes);
                var draft = importer.Extract(notice, text, snapshot.Reference);
                scores.Add(DraftComparison.Compare(key, text, curated, draft));
            }
            catch (Exception e)
            {
                failures.Add($"{notice}: the importer failed ({e.GetType().Name}: {e.Message})");
            }
        }

        return new ImportReport(scores, failures);
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine("# The importer against the curated posts").AppendLine();
        md.AppendLine($"{Scores.Count} notice(s): {string.Join(", ", Scores.Select(s => s.Key))}. Precision = right / extracted, recall = right / curated;");
        md.AppendLine("only curated facts quoted from the notice count (docs/seed-format.md, \"How a draft is scored\").").AppendLine();
        md.AppendLine("| field | curated | extracted | right | precision | recall |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        var totals = Totals.ToDictionary(t => t.Field);
        foreach (var field in DraftComparison.HeaderFields.Concat(DraftComparison.ListFields).Concat(DraftComparison.RuleFields))
        {
            var t = totals.GetValueOrDefault(field) ?? new FieldScore(field, 0, 0, 0);
            md.AppendLine($"| {field} | {t.Curated} | {t.Extracted} | {t.Right} | {Percent(t.Precision)} | {Percent(t.Recall)} |");
        }

        foreach (var score in Scores)
        {
            md.AppendLine().AppendLine($"## {score.Key}").AppendLine();
            if (score.Discrepancies.Count == 0)
            {
                md.AppendLine("Every scored fact matches.");
            }

            foreach (var discrepancy in score.Discrepancies)
            {
                md.AppendLine($"- {discrepancy}");
            }
        }

        if (Failures.Count > 0)
        {
            md.AppendLine().AppendLine("## Not scored").AppendLine();
            Failures.ToList().ForEach(f => md.AppendLine($"- {f}"));
        }

        if (Corpus is not null)
        {
            md.AppendLine();
            Corpus.AppendMarkdown(md);
        }

        return md.ToString();
    }

    private static string Percent(double? ratio) =>
        ratio is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";
}
