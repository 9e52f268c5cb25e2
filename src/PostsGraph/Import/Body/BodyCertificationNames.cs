using System.Text.RegularExpressions;

namespace PostsGraph.Import.Body;

// The seed keeps certification names the same across posts so that they can be compared
// (docs/seed-format.md lists them). A name the notice spells differently ("Security Certification
// Program", "UN Security Certification Programme (SCP)") is given the shared spelling; any other name
// stays as the notice writes it.
internal static partial class CertificationNames
{
    private static readonly string[] Shared =
    [
        "Security Certification Programme (SCP)",
        "Intermediate Training Programme (ITP)",
        "Close Protection Officers Course (CPOC)",
        "Security Analysis Practices and Procedures",
        "Crisis management training",
        "Close protection training",
        "Security risk management training",
    ];

    private static readonly Dictionary<string, string> ByKey =
        Shared.ToDictionary(Key, name => name, StringComparer.Ordinal);

    public static string Canonical(string name) => ByKey.GetValueOrDefault(Key(name), name);

    // The name without quotes, acronym, issuing body or spelling variants, to compare names by.
    public static string Key(string name)
    {
        var key = name.Trim('“', '”', '"', ' ').ToLowerInvariant();
        key = Acronym().Replace(key, "");
        key = Issuer().Replace(key, "");
        key = key.Replace("program ", "programme ", StringComparison.Ordinal);
        key = key.EndsWith(" program", StringComparison.Ordinal) ? key + "me" : key;
        key = key.Replace("officers'", "officers", StringComparison.Ordinal).Replace("officer's", "officers", StringComparison.Ordinal);
        return BodyText.Collapse(key);
    }

    [GeneratedRegex(@"\s*\([a-z]{2,8}\)\s*$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^(?:the\s+)?(?:un|undss|united\s+nations)\s+")]
    private static partial Regex Issuer();
}
