using System.Text.RegularExpressions;

namespace PostsGraph.Import.Body;

// The words notices use for numbers, for how much a requirement matters and for degrees.
internal static partial class BodyVocabulary
{
    public const string Required = "REQUIRED";
    public const string Desirable = "DESIRABLE";

    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    // A number written in digits or in words ("7", "seven", "twenty-four"); null otherwise.
    public static int? Number(string word)
    {
        word = word.Trim().ToLowerInvariant();
        if (int.TryParse(word, out var digits))
        {
            return digits;
        }

        if (word.StartsWith("twenty-", StringComparison.Ordinal) && Number(word[7..]) is { } unit)
        {
            return 20 + unit;
        }

        var index = Array.IndexOf(NumberWords, word);
        return index >= 0 ? index : null;
    }

    // REQUIRED or DESIRABLE where the sentence says which; null where it does not.
    public static string? NecessityOf(string sentence) =>
        DesirableWords().IsMatch(sentence) ? Desirable
        : RequiredWords().IsMatch(sentence) ? Required
        : null;

    // The degrees a sentence names, in order. Advanced degrees are tried first at each position so that
    // "advanced university degree" is not read as a plain "university degree".
    public static List<(string Level, int Start, int End)> Levels(string sentence) =>
        [.. LevelPattern().Matches(sentence).Select(m => (LevelName(m), m.Index, m.Index + m.Length))];

    private static string LevelName(Match match) =>
        match.Groups["doctorate"].Success ? "DOCTORATE"
        : match.Groups["advanced"].Success ? "ADVANCED_DEGREE"
        : match.Groups["training"].Success ? "SPECIALISED_TRAINING"
        : "FIRST_DEGREE";

    // A number of years: "seven years", "five (5) years", "1 year", "11 years".
    public const string NumberPattern =
        @"\d{1,2}|(?:twenty-)?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

    [GeneratedRegex(@"\b(?:desirable|desired|an?\s+(?:distinct\s+|added\s+|strong\s+)?(?:asset|advantage|plus)|advantageous|preferred|preferably|preferable|would\s+be\s+considered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DesirableWords();

    [GeneratedRegex(@"\b(?:required|essential|mandatory|must)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequiredWords();

    [GeneratedRegex(
        @"(?<doctorate>\bdoctorate\b|\bdoctoral\s+degree|\bph\.?\s?d\b)" +
        @"|(?<advanced>\badvanced\s+(?:university\s+|academic\s+)?degree|\bmaster[’']?s(?:\s+degree)?\b|\bpost-?graduate\s+degree|\bgraduate\s+degree)" +
        @"|(?<training>\bspeciali[sz]ed\s+training\b|\b(?:police|military)\s+(?:or\s+(?:police|military)\s+)?(?:academy|college|education\s+institution))" +
        @"|(?<first>\bfirst[-\s]level\s+(?:university\s+)?degree|\bfirst\s+(?:university\s+)?degree|\bbachelor[’']?s(?:\s+degree)?\b|\bundergraduate\s+degree|\buniversity\s+degree)",
        RegexOptions.IgnoreCase)]
    private static partial Regex LevelPattern();
}
