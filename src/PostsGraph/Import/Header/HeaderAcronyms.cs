using System.Text.RegularExpressions;

namespace PostsGraph.Import.Header;

// Acronyms a notice defines for itself: "the Protection Coordination Unit (PCU)".
public static partial class HeaderAcronyms
{
    // The name the notice gives an acronym, taken from the capitalised words before "(ACR)" whose
    // initials spell it ("Chief of Protection Coordination Unit (PCU)" defines "Protection
    // Coordination Unit"). Null when no definition's initials match.
    public static string? NameOf(string text, string acronym)
    {
        foreach (var at in HeaderFacts.Occurrences(text, $"({acronym})", StringComparison.Ordinal))
        {
            var words = CapitalisedRun().Match(text[..at]).Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            for (var first = 0; first < words.Length; first++)
            {
                var initials = string.Concat(words[first..].Where(w => char.IsUpper(w[0])).Select(w => w[0]));
                if (char.IsUpper(words[first][0]) && initials == acronym)
                {
                    return string.Join(' ', words[first..]);
                }
            }
        }

        return null;
    }

    // The acronym that follows a name where the notice defines it ("Division of Management
    // Services (DMS)"), and where that definition starts.
    public static (string Acronym, int At)? AcronymOf(string text, string name)
    {
        foreach (var at in HeaderFacts.Occurrences(text, name, StringComparison.Ordinal))
        {
            var m = AcronymAfter().Match(text, at + name.Length);
            if (m.Success)
            {
                return (m.Groups["acronym"].Value, at);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|on|the|in)[ \t]+)*)+$")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\G[ \t]*\((?<acronym>[A-Z][A-Z0-9&-]{1,11})\)")]
    private static partial Regex AcronymAfter();
}
