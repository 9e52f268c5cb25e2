using PostsGraph.Seed;

namespace PostsGraph.Import;

public sealed record FieldScore(string Field, int Curated, int Extracted, int Right)
{
    public double? Precision => Extracted == 0 ? null : (double)Right / Extracted;

    public double? Recall => Curated == 0 ? null : (double)Right / Curated;

    public static FieldScore operator +(FieldScore a, FieldScore b) =>
        new(a.Field, a.Curated + b.Curated, a.Extracted + b.Extracted, a.Right + b.Right);
}

// One fact the draft missed ("missed"), got wrong ("wrong") or has and the curated post does not ("extra").
public sealed record Discrepancy(string Field, string Kind, string Detail)
{
    public override string ToString() => $"{Field}: {Kind} {Detail}";
}

public sealed record DraftScore(string Key, IReadOnlyList<FieldScore> Fields, IReadOnlyList<Discrepancy> Discrepancies);

// Scores a draft against the curated post of the same notice (the answer key). Only curated facts
// quoted from the notice count: a fact the curator took from another source (sourceUrl) is not in
// the text. An extracted value equal to such an external fact is neither right nor wrong, so it is
// not scored; any other extracted value counts (docs/seed-format.md, "How a draft is scored").
public static partial class DraftComparison
{
    public static readonly IReadOnlyList<string> HeaderFields =
    [
        "organisation", "title", "grade", "dutyStation", "postedOn", "deadline", "appointmentType",
        "duration", "recruitmentOpenTo", "vacancyNumber", "positionNumber", "reportsTo", "salary",
    ];

    public static readonly IReadOnlyList<string> ListFields = ["identifiers", "duties", "education", "experience", "languages", "certifications"];

    // Facts about the listed facts: whom requirements and conditions apply to.
    public static readonly IReadOnlyList<string> RuleFields = ["appliesTo"];

    public static DraftScore Compare(string key, string noticeText, PostFile curated, PostFile draft)
    {
        var discrepancies = new List<Discrepancy>();
        var scores = new List<FieldScore>
        {
            Single("organisation", curated.Organisation, draft.Organisation, Value, Same, discrepancies),
            Single("title", curated.Title, draft.Title, Value, SameTitle, discrepancies),
            Single("grade", curated.Grade, draft.Grade, Value, Same, discrepancies),
            Single("dutyStation", curated.DutyStation, draft.DutyStation, Value, Same, discrepancies),
            Single("postedOn", curated.PostedOn, draft.PostedOn, Value, Same, discrepancies),
            Single("deadline", curated.Deadline, draft.Deadline, Value, Same, discrepancies),
            Single("appointmentType", curated.AppointmentType, draft.AppointmentType, Value, Same, discrepancies),
            Single("duration", curated.Duration, draft.Duration, Months, Same, discrepancies),
            Single("recruitmentOpenTo", curated.RecruitmentOpenTo, draft.RecruitmentOpenTo, v => string.Join(", ", v.Values ?? []), Same, discrepancies),
            Single("vacancyNumber", curated.VacancyNumber, draft.VacancyNumber, Value, Same, discrepancies),
            Single("positionNumber", curated.PositionNumber, draft.PositionNumber, Value, Same, discrepancies),
            Single("reportsTo", curated.ReportsTo, draft.ReportsTo, Value, Same, discrepancies),
            Salary(curated.Salary, draft.Salary, discrepancies),
        };

        var notice = new QuoteLocator(noticeText);
        scores.Add(Identifiers(curated.Identifiers, draft.Identifiers, discrepancies));
        scores.Add(List("duties", notice, curated.Duties, draft.Duties, (_, _) => true, _ => "", discrepancies));
        scores.Add(List("education", notice, curated.Education, draft.Education,
            (a, b) => a.Level == b.Level && a.InLieuOf == b.InLieuOf,
            e => e.InLieuOf is null ? $"{e.Level}" : $"{e.Level} in lieu of {e.InLieuOf}", discrepancies));
        scores.Add(List("experience", notice, curated.Experience, draft.Experience,
            (a, b) => a.MinYears == b.MinYears, e => e.MinYears is { } years ? $"{years} years" : "no minimum", discrepancies));
        scores.Add(List("languages", notice, curated.Languages, draft.Languages,
            (a, b) => (a.AnyOf ?? []).ToHashSet(StringComparer.Ordinal).SetEquals(b.AnyOf ?? []),
            l => string.Join(" or ", l.AnyOf ?? []), discrepancies));
        scores.Add(List("certifications", notice, curated.Certifications, draft.Certifications,
            (a, b) => string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase), c => $"\"{c.Name}\"", discrepancies));
        scores.Add(AppliesTo(notice, curated, draft, discrepancies));
        return new DraftScore(key, scores, discrepancies);
    }

    // Each restricted rule (a requirement or condition that does not apply to all candidates) by its
    // passage and group: right when the draft restricts a fact overlapping the curated passage to the
    // same group. Facts citing one passage with one group count once.
    private static FieldScore AppliesTo(QuoteLocator notice, PostFile curated, PostFile draft, List<Discrepancy> discrepancies)
    {
        static IEnumerable<(TextFact Fact, ValueFact? AppliesTo)> Rules(PostFile p) =>
            (p.Education ?? []).Select(f => ((TextFact)f, f.AppliesTo))
                .Concat((p.Experience ?? []).Select(f => ((TextFact)f, f.AppliesTo)))
                .Concat((p.Languages ?? []).Select(f => ((TextFact)f, f.AppliesTo)))
                .Concat((p.Certifications ?? []).Select(f => ((TextFact)f, f.AppliesTo)))
                .Concat((p.Competencies ?? []).Select(f => ((TextFact)f, f.AppliesTo)))
                .Concat((p.Conditions ?? []).Select(f => ((TextFact)f, f.AppliesTo)));

        List<(int Start, int End, string Value, string Text)> Restricted(PostFile p) => [.. Rules(p)
            .Where(r => r.AppliesTo?.Value is { } v && v != "ALL_CANDIDATES")
            .Select(r => (Match: notice.Find(r.Fact.Quote ?? r.Fact.Text ?? "", r.Fact.Occurrence), r.AppliesTo!.Value!, r.Fact.Text ?? ""))
            .Where(r => r.Match.Success)
            .Select(r => (r.Match.Start, r.Match.End, r.Item2, r.Item3))
            .DistinctBy(r => (r.Start, r.End, r.Item3))];

        var expected = Restricted(curated);
        var found = Restricted(draft);
        static string Describe((int Start, int End, string Value, string Text) r) => $"{r.Value}: \"{r.Text}\"";

        // One to one: each drafted rule is right for at most one curated rule, and the other way round.
        var unmatched = expected.ToList();
        var right = 0;
        foreach (var f in found)
        {
            var match = unmatched.FindIndex(e => e.Value == f.Value && e.Start < f.End && f.Start < e.End);
            if (match < 0)
            {
                discrepancies.Add(new Discrepancy("appliesTo", "wrong", Describe(f)));
                continue;
            }

            unmatched.RemoveAt(match);
            right++;
        }

        discrepancies.AddRange(unmatched.Select(e => new Discrepancy("appliesTo", "missed", Describe(e))));
        return new FieldScore("appliesTo", expected.Count, found.Count, right);
    }

    // The field-by-field sums over several notices.
    public static IReadOnlyList<FieldScore> Totals(IEnumerable<DraftScore> scores) => scores
        .SelectMany(s => s.Fields)
        .GroupBy(f => f.Field)
        .Select(g => g.Aggregate(new FieldScore(g.Key, 0, 0, 0), (sum, f) => sum + f))
        .ToList();

    // The other numbers a notice prints (a job ID …): right when the draft has the curated value.
    private static FieldScore Identifiers(List<IdentifierFact>? curated, List<IdentifierFact>? draft, List<Discrepancy> discrepancies)
    {
        var expected = (curated ?? []).Select(i => i.Value).OfType<string>().ToList();
        var found = (draft ?? []).Select(i => i.Value).OfType<string>().ToList();
        discrepancies.AddRange(found.Except(expected).Select(v => new Discrepancy("identifiers", "extra", v)));
        discrepancies.AddRange(expected.Except(found).Select(v => new Discrepancy("identifiers", "missed", v)));
        return new FieldScore("identifiers", expected.Count, found.Count, found.Intersect(expected).Count());
    }

    private static string? Value(ValueFact fact) => fact.Value;

    private static string? Months(DurationFact fact) => fact.Months?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no length";

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    private static bool SameTitle(string? a, string? b) =>
        string.Equals(QuoteLocator.Normalise(a ?? ""), QuoteLocator.Normalise(b ?? ""), StringComparison.OrdinalIgnoreCase);

    private static FieldScore Single<T>(string field, T? curated, T? extracted, Func<T, string?> value,
        Func<string?, string?, bool> same, List<Discrepancy> discrepancies) where T : Fact
    {
        var counted = curated is { Quote: not null };
        if (extracted is null)
        {
            if (counted)
            {
                discrepancies.Add(new Discrepancy(field, "missed", $"\"{value(curated!)}\""));
            }

            return new FieldScore(field, counted ? 1 : 0, 0, 0);
        }

        var right = curated is not null && same(value(curated), value(extracted));
        if (right && !counted)
        {
            return new FieldScore(field, 0, 0, 0);
        }

        if (!right)
        {
            discrepancies.Add(curated is null || !counted
                ? new Discrepancy(field, "extra", $"\"{value(extracted)}\" (the notice states none{(curated is null ? "" : $"; the curated \"{value(curated)}\" comes from {curated.SourceUrl}")})")
                : new Discrepancy(field, "wrong", $"\"{value(extracted)}\" where the curated post has \"{value(curated)}\""));
        }

        return new FieldScore(field, counted ? 1 : 0, 1, right ? 1 : 0);
    }

    // One item per pay statement, right when kind, amount, currency, period and qualifier all equal.
    private static FieldScore Salary(List<SalaryFact>? curated, List<SalaryFact>? extracted, List<Discrepancy> discrepancies)
    {
        static string Describe(SalaryFact s) => $"{s.Kind} {s.Amount} {s.Currency} {s.Period} {s.Qualifier}";
        var unmatched = (curated ?? []).Where(s => s.Quote is not null).ToList();
        var total = unmatched.Count;
        var right = 0;
        foreach (var statement in extracted ?? [])
        {
            var match = unmatched.FindIndex(c => c.Kind == statement.Kind && c.Amount == statement.Amount
                && c.Currency == statement.Currency && c.Period == statement.Period && c.Qualifier == statement.Qualifier);
            if (match < 0)
            {
                discrepancies.Add(new Discrepancy("salary", "wrong", Describe(statement)));
                continue;
            }

            unmatched.RemoveAt(match);
            right++;
        }

        discrepancies.AddRange(unmatched.Select(s => new Discrepancy("salary", "missed", Describe(s))));
        return new FieldScore("salary", total, extracted?.Count ?? 0, right);
    }
}
