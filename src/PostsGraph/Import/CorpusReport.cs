using System.Globalization;
using System.Text;
using PostsGraph.Seed;

namespace PostsGraph.Import;

// One corpus notice's draft against its expectation: per header fact, whether the draft is right
// (the same value, or none where the notice states none), wrong (another value) or missing (none
// where the notice states one).
public sealed record CorpusScore(CorpusNotice Notice, PostFile Draft, IReadOnlyDictionary<string, string> Outcomes, IReadOnlyList<Discrepancy> Discrepancies,
    ReferenceDraft? Proposals = null)
{
    // The new organisation the notice needs, proposed with the expected acronym (or another of its names).
    public bool ProposesTheOrganisation => Notice.Expected.NewOrganisation is { } o
        && (Proposals?.Organisations ?? []).Any(p => p.Acronym == o.Acronym || (o.OtherNames ?? []).Contains(p.Acronym ?? "", StringComparer.Ordinal));

    // A wrong organisation that is the one the notice needs under another key: the acronym in
    // another letter case ("EUCAP SOMALIA" for "EUCAP Somalia"), or the name where the reader
    // keyed initials ("Malaria Consortium" for "MC"). It still counts as wrong.
    public bool OrganisationUnderAnotherKey => Outcomes["organisation"] == CorpusReport.Wrong
        && Notice.Expected.NewOrganisation is { } o && Draft.Organisation?.Value is { } v
        && (string.Equals(v, o.Acronym, StringComparison.OrdinalIgnoreCase) || string.Equals(v, o.Name, StringComparison.OrdinalIgnoreCase)
            || (Proposals?.Organisations ?? []).Any(p => p.Acronym == v && string.Equals(p.Name, o.Name, StringComparison.OrdinalIgnoreCase)));

    // The new duty station the notice needs, proposed with the expected key and country.
    public bool ProposesTheDutyStation => Notice.Expected.NewDutyStation is { } d
        && (Proposals?.DutyStations ?? []).Any(p => p.Key == d.Key && p.Country == d.Country);
}

// `import-report`'s second part: the importer on the corpus written for it (corpus/README.md).
public sealed record CorpusReport(IReadOnlyList<CorpusScore> Scores, IReadOnlyList<string> Failures)
{
    public const string Right = "right", Wrong = "wrong", Missing = "missing";

    // The header facts the corpus holds the importer to.
    public static readonly IReadOnlyList<string> Fields = ["title", "organisation", "grade", "dutyStation", "deadline", "salary", "postedOn", "vacancyNumber"];

    // The issue's six: the facts an analyst compares posts by.
    public static readonly IReadOnlyList<string> KeyFields = ["title", "organisation", "grade", "dutyStation", "deadline", "salary"];

    public static CorpusReport Run(NoticeImporter importer, string folder, ReferenceFiles reference)
    {
        var failures = new List<string>();
        var scores = new List<CorpusScore>();
        foreach (var notice in ImportCorpus.Read(folder, failures))
        {
            try
            {
                var (draft, proposals) = importer.Draft(notice.File, notice.Text, reference);
                var expected = notice.Expected.ToPost();
                var comparison = DraftComparison.Compare(notice.Id, notice.Text, expected, draft);
                var outcomes = Fields.ToDictionary(f => f, f => Outcome(f, expected, draft, notice.Expected.NewOrganisation));
                scores.Add(new CorpusScore(notice, draft, outcomes, [.. comparison.Discrepancies.Where(d => Fields.Contains(d.Field) && !(d.Field == "organisation" && outcomes["organisation"] == Right))], proposals));
            }
            catch (Exception e)
            {
                failures.Add($"{notice.File}: the importer failed ({e.GetType().Name}: {e.Message})");
            }
        }

        return new CorpusReport(scores, failures);
    }

    public int Count(string field, string outcome) => Scores.Count(s => s.Outcomes[field] == outcome);

    public double Accuracy(string field) => Scores.Count == 0 ? 0 : (double)Count(field, Right) / Scores.Count;

    // Right key facts over all key facts of the notices given.
    public static double Accuracy(IEnumerable<CorpusScore> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? 0 : (double)list.Sum(s => KeyFields.Count(f => s.Outcomes[f] == Right)) / (list.Count * KeyFields.Count);
    }

    private static string Outcome(string field, PostFile expected, PostFile draft, OrganisationItem? newOrganisation)
    {
        if (field == "salary")
        {
            // Amounts compare as numbers: "74.216,00" drafts 74216.00, which is the expected 74216.
            static string Key(SalaryFact s) => $"{s.Kind} {s.Amount?.ToString("0.##########", CultureInfo.InvariantCulture)} {s.Currency} {s.Period} {s.Qualifier}";
            var want = (expected.Salary ?? []).Select(Key).Order().ToList();
            var got = (draft.Salary ?? []).Select(Key).Order().ToList();
            return want.SequenceEqual(got) ? Right : got.Count == 0 ? Missing : Wrong;
        }

        var (e, d) = field switch
        {
            "title" => (expected.Title, draft.Title),
            "organisation" => (expected.Organisation, draft.Organisation),
            "grade" => (expected.Grade, draft.Grade),
            "dutyStation" => (expected.DutyStation, draft.DutyStation),
            "deadline" => (expected.Deadline, draft.Deadline),
            "postedOn" => (expected.PostedOn, draft.PostedOn),
            "vacancyNumber" => (expected.VacancyNumber, draft.VacancyNumber),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
        var same = field switch
        {
            "title" => string.Equals(QuoteLocator.Normalise(e?.Value ?? ""), QuoteLocator.Normalise(d?.Value ?? ""), StringComparison.OrdinalIgnoreCase),
            // A new organisation's acronym is the curator's choice: the one the notice uses in its
            // language ("OEA" for the OAS) names the same organisation.
            "organisation" when newOrganisation is { } o => d?.Value is { } v && (v == o.Acronym || (o.OtherNames ?? []).Contains(v, StringComparer.Ordinal)),
            _ => string.Equals(e?.Value, d?.Value, StringComparison.Ordinal),
        };
        return same ? Right : d is null ? Missing : Wrong;
    }

    public void AppendMarkdown(StringBuilder md)
    {
        var languages = Scores.Select(s => s.Notice.Expected.Language ?? "?").Distinct().Order().ToList();
        var organisations = Scores.Select(s => s.Notice.Expected.Organisation).Distinct().Count();
        var systems = Scores.Select(s => s.Notice.Expected.GradeSystem).OfType<string>().Distinct().Count();
        md.AppendLine("# The importer against the corpus").AppendLine();
        md.AppendLine($"{Scores.Count} notice(s) written for the tests (corpus/README.md): {organisations} organisations, {systems} grade systems, languages {string.Join(", ", languages)}.");
        md.AppendLine("Per notice and fact: right (the expected value, or none where the notice states none), wrong (another value), missing (none where the notice states one).");
        md.AppendLine("A salary is right when the draft has exactly the expected statements.").AppendLine();
        md.AppendLine("| field | right | wrong | missing | right % |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var field in Fields)
        {
            md.AppendLine($"| {field} | {Count(field, Right)} | {Count(field, Wrong)} | {Count(field, Missing)} | {Percent(Accuracy(field))} |");
        }

        var underAnotherKey = Scores.Count(s => s.OrganisationUnderAnotherKey);
        md.AppendLine().AppendLine($"The six key facts ({string.Join(", ", KeyFields)}): {Percent(Accuracy(Scores))} right; {Count("organisation", Wrong)} wrong organisation(s)"
            + (underAnotherKey == 0 ? "." : $", {underAnotherKey} of them the organisation the notice needs under another key (its acronym in another letter case, or its name where the expected key is its initials)."));
        md.AppendLine();
        var newOrganisations = Scores.Count(s => s.Notice.Expected.NewOrganisation is not null);
        var newStations = Scores.Count(s => s.Notice.Expected.NewDutyStation is not null);
        md.AppendLine($"Reference drafts: {Scores.Count(s => s.ProposesTheOrganisation)} of {newOrganisations} organisation(s) the reference does not know proposed with their acronym; "
            + $"{Scores.Count(s => s.ProposesTheDutyStation)} of {newStations} new duty station(s) proposed with their key and country.").AppendLine();
        md.AppendLine("| notices | count | key facts right |");
        md.AppendLine("|---|---:|---:|");
        foreach (var group in Scores.GroupBy(s => $"language {s.Notice.Expected.Language}").Concat(
                     Scores.SelectMany(s => (s.Notice.Expected.Layouts ?? []).Select(l => (Layout: l, Score: s))).GroupBy(x => $"layout {x.Layout}", x => x.Score))
                     .Concat(Scores.GroupBy(s => $"grade system {s.Notice.Expected.GradeSystem ?? "none"}"))
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            md.AppendLine($"| {group.Key} | {group.Count()} | {Percent(Accuracy(group))} |");
        }

        foreach (var score in Scores.Where(s => s.Discrepancies.Count > 0))
        {
            md.AppendLine().AppendLine($"## {score.Notice.Id}").AppendLine();
            score.Discrepancies.ToList().ForEach(d => md.AppendLine($"- {d}"));
        }

        if (Failures.Count > 0)
        {
            md.AppendLine().AppendLine("## Corpus notices not scored").AppendLine();
            Failures.ToList().ForEach(f => md.AppendLine($"- {f}"));
        }
    }

    private static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
