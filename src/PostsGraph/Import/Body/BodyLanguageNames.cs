using PostsGraph.Seed;

namespace PostsGraph.Import.Body;

// Language names from seed/reference/languages.json, found as capitalised whole words.
internal sealed class LanguageNames
{
    private readonly List<(string Name, string Code)> _names;

    private LanguageNames(List<(string Name, string Code)> names, List<string> unOfficial)
    {
        _names = names;
        UnOfficial = unOfficial;
    }

    // The six official languages of the United Nations, in the reference's order.
    public IReadOnlyList<string> UnOfficial { get; }

    public static LanguageNames From(ReferenceFiles reference)
    {
        // "Modern Greek (1453-)" is written "Modern Greek": the parenthesis only tells homonyms apart.
        var names = reference.Languages
            .Where(l => l.Code is not null && l.Name is not null)
            .Select(l => (Name: l.Name!.Split(" (")[0].Trim(), Code: l.Code!))
            .OrderByDescending(l => l.Name.Length)
            .ToList();
        var unOfficial = reference.Languages.Where(l => l.UnOfficial == true && l.Code is not null).Select(l => l.Code!).ToList();
        return new LanguageNames(names, unOfficial);
    }

    // The codes of the languages the text names, in the order it names them.
    public List<string> Find(string text)
    {
        var found = new List<(int At, string Code)>();
        foreach (var (name, code) in _names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (IsWord(text, at, name.Length) && !found.Any(f => f.At <= at && at < f.At + name.Length))
                {
                    found.Add((at, code));
                }
            }
        }

        return [.. found.OrderBy(f => f.At).Select(f => f.Code).Distinct()];
    }

    private static bool IsWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));
}
