using PostsGraph.Seed;

namespace PostsGraph.Import;

public static partial class DraftComparison
{
    private sealed record Located<T>(T Fact, int? Start, int? End) where T : TextFact
    {
        public int Length => End!.Value - Start!.Value;

        // The passages overlap by at least half of the shorter one.
        public bool Overlaps<TOther>(Located<TOther> other) where TOther : TextFact
        {
            if (Start is null || other.Start is null)
            {
                return false;
            }

            var overlap = Math.Min(End!.Value, other.End!.Value) - Math.Max(Start.Value, other.Start.Value);
            var shorter = Math.Min(Length, other.Length);
            return shorter > 0 && overlap * 2 >= shorter;
        }
    }

    // Duties and requirements: an extracted fact matches a curated one when their passages overlap
    // and the key attributes agree; each curated fact matches at most one extracted fact, taken
    // greedily in the notice's order.
    private static FieldScore List<T>(string field, QuoteLocator notice, List<T>? curated, List<T>? extracted,
        Func<T, T, bool> agree, Func<T, string> attributes, List<Discrepancy> discrepancies) where T : TextFact
    {
        Located<T> Locate(T fact)
        {
            var match = notice.Find(fact.Quote ?? fact.Text ?? "", fact.Occurrence);
            return match.Success ? new Located<T>(fact, match.Start, match.End) : new Located<T>(fact, null, null);
        }

        var unmatched = (curated ?? []).Where(f => f.SourceUrl is null).Select(Locate).ToList();
        var total = unmatched.Count;
        var right = 0;
        foreach (var fact in (extracted ?? []).Select(Locate).OrderBy(f => f.Start ?? int.MaxValue))
        {
            var match = unmatched.FindIndex(c => c.Overlaps(fact) && agree(c.Fact, fact.Fact));
            if (match >= 0)
            {
                unmatched.RemoveAt(match);
                right++;
                continue;
            }

            var near = (curated ?? []).Select(Locate).FirstOrDefault(c => c.Overlaps(fact));
            discrepancies.Add(fact.Start is null
                ? new Discrepancy(field, "wrong", $"{Describe(fact.Fact, attributes)} (its passage is not found once in the notice)")
                : near is null
                    ? new Discrepancy(field, "extra", Describe(fact.Fact, attributes))
                    : new Discrepancy(field, "wrong", $"{Describe(fact.Fact, attributes)} where the curated post has {Describe(near.Fact, attributes)}"));
        }

        discrepancies.AddRange(unmatched.Select(c => new Discrepancy(field, "missed", Describe(c.Fact, attributes))));
        return new FieldScore(field, total, extracted?.Count ?? 0, right);
    }

    private static string Describe<T>(T fact, Func<T, string> attributes) where T : TextFact
    {
        var text = QuoteLocator.Normalise(fact.Text ?? fact.Quote ?? "");
        var excerpt = text.Length <= 70 ? text : text[..69] + "…";
        var what = attributes(fact);
        return what.Length == 0 ? $"\"{excerpt}\"" : $"{what}: \"{excerpt}\"";
    }
}
