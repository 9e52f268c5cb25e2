using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Best effort: the chain of units the post sits in, outermost first, from an "Organizational
// Unit: Section/Division/Organ" label or a "The position is located in the X within the Y"
// sentence. A unit whose kind its name does not tell is left out.
public static partial class HeaderUnits
{
    public static List<UnitFact> Extract(NoticeText notice, IReadOnlyList<Labelled> labels)
    {
        var names = labels
            .Where(l => l.Field == HeaderField.Unit && l.Value.Contains('/'))
            .Select(l => l.Value.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList())
            .FirstOrDefault();
        if (names is null && LocatedIn().Match(notice.Text) is { Success: true } m)
        {
            names = Within().Split(m.Groups["chain"].Value).Select(n => TrailingAcronym().Replace(n.Trim(), "")).ToList();
        }

        var units = new List<UnitFact>();
        foreach (var name in Enumerable.Reverse(names ?? []).Take(5))
        {
            if (KindOf(name) is not { } kind)
            {
                continue;
            }

            var defined = HeaderAcronyms.AcronymOf(notice.Text, name);
            var at = defined?.At ?? notice.Text.IndexOf(name, StringComparison.Ordinal);
            var end = at + name.Length + (defined is { } d ? d.Acronym.Length + 3 : 0);
            if (at >= 0 && notice.QuoteOf(at, end) is { } quote)
            {
                units.Add(new UnitFact { Kind = kind, Name = name, Acronym = defined?.Acronym, Quote = quote.Text, Occurrence = quote.Occurrence });
            }
        }

        return units;
    }

    // The head noun names the kind: "Division of Management Services", "Security and Safety
    // Section"; the organs of a court or an organisation are named without one.
    private static string? KindOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var head = words.Length > 1 && words[1] is "of" or "for" ? words[0] : words[^1];
        return head switch
        {
            "Department" => "DEPARTMENT",
            "Office" => "OFFICE",
            "Division" => "DIVISION",
            "Service" or "Services" => "SERVICE",
            "Branch" => "BRANCH",
            "Section" => "SECTION",
            "Unit" => "UNIT",
            "Team" => "TEAM",
            "Registry" or "Secretariat" or "Presidency" or "Chambers" => "ORGAN",
            _ => null,
        };
    }

    [GeneratedRegex(@"\b(?:is|are)\s+located\s+(?:in|within)\s+(?:the\s+)?(?<chain>[A-Z][^.\n]{3,250})")]
    private static partial Regex LocatedIn();

    // "X (ACR) within the Y", "X which is within the Y", "X in the Y".
    [GeneratedRegex(@"(?<=(?:Unit|Section|Branch|Division|Department|Service|Services|Office|Team)(?:\s*\([A-Z][A-Za-z]*\))?)\s+(?:which\s+is\s+)?(?:within|in|under)\s+(?:the\s+)?(?=[A-Z])")]
    private static partial Regex Within();

    [GeneratedRegex(@"\s*\([A-Z][A-Za-z0-9&-]*\)$")]
    private static partial Regex TrailingAcronym();
}
