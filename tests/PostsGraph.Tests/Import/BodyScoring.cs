using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// Precision and recall of extracted duties and requirements against a curated post, the contract's way:
// an extracted fact matches a curated one when their passages overlap by at least half the shorter one
// and their key attributes agree; matching is one to one, greedy, in notice order.
internal static class BodyScoring
{
    public static readonly string[] Lists = ["duties", "education", "experience", "languages", "certifications"];

    public static Dictionary<string, ListScore> Score(string notice, PostFile draft, PostFile curated)
    {
        var locator = new QuoteLocator(notice);
        return new Dictionary<string, ListScore>
        {
            ["duties"] = Match(locator, draft.Duties, curated.Duties, _ => ""),
            ["education"] = Match(locator, draft.Education, curated.Education, f => $"{f.Level}|{f.InLieuOf}"),
            ["experience"] = Match(locator, draft.Experience, curated.Experience, f => $"{f.MinYears}"),
            ["languages"] = Match(locator, draft.Languages, curated.Languages, f => string.Join(",", (f.AnyOf ?? []).Order())),
            ["certifications"] = Match(locator, draft.Certifications, curated.Certifications, f => f.Name?.ToLowerInvariant() ?? ""),
        };
    }

    private static ListScore Match<T>(QuoteLocator locator, List<T>? extracted, List<T>? curated, Func<T, string> key) where T : TextFact
    {
        var found = Located(locator, extracted);
        var expected = Located(locator, curated?.Where(f => f.SourceUrl is null).ToList());
        var taken = new bool[expected.Count];
        var matched = 0;
        foreach (var (fact, start, end) in found)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                var (other, otherStart, otherEnd) = expected[i];
                var overlap = Math.Min(end, otherEnd) - Math.Max(start, otherStart);
                if (!taken[i] && overlap * 2 >= Math.Min(end - start, otherEnd - otherStart) && key(fact) == key(other))
                {
                    taken[i] = true;
                    matched++;
                    break;
                }
            }
        }

        return new ListScore(extracted?.Count ?? 0, expected.Count, matched);
    }

    private static List<(T Fact, int Start, int End)> Located<T>(QuoteLocator locator, List<T>? facts) where T : TextFact =>
        [.. (facts ?? [])
            .Select(f => (Fact: f, Match: locator.Find(f.Quote ?? f.Text ?? "")))
            .Where(f => f.Match.Success)
            .Select(f => (f.Fact, f.Match.Start, f.Match.End))
            .OrderBy(f => f.Start)];
}

internal sealed record ListScore(int Extracted, int Curated, int Matched)
{
    public static ListScore operator +(ListScore a, ListScore b) =>
        new(a.Extracted + b.Extracted, a.Curated + b.Curated, a.Matched + b.Matched);

    public double Precision => Extracted == 0 ? (Curated == 0 ? 1 : 0) : (double)Matched / Extracted;

    public double Recall => Curated == 0 ? 1 : (double)Matched / Curated;
}
