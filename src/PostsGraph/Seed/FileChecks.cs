using System.Globalization;
using System.Text.RegularExpressions;
using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

// The checks every seed file needs, each reporting `file: path: problem` into one shared list.
public sealed partial class FileChecks(string file, List<SeedError> errors)
{
    public string File { get; } = file;

    public void Error(string path, string message) => errors.Add(new SeedError(File, path, message));

    public string? Required(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(path, "is missing");
            return null;
        }

        return value.Trim();
    }

    public T? Enum<T>(string? raw, string path, bool required = true) where T : struct, Enum
    {
        if (raw is null)
        {
            if (required)
            {
                Error(path, $"is missing; expected one of {string.Join(", ", EnumNames<T>.All.Keys)}");
            }

            return null;
        }

        if (EnumNames<T>.All.TryGetValue(raw, out var value))
        {
            return value;
        }

        Error(path, $"unknown value \"{raw}\"; expected one of {string.Join(", ", EnumNames<T>.All.Keys)}");
        return null;
    }

    public List<T> Enums<T>(List<string>? raw, string path) where T : struct, Enum =>
        (raw ?? []).Select((value, i) => Enum<T>(value, $"{path}[{i}]")).OfType<T>().ToList();

    public DateOnly? Date(string? raw, string path)
    {
        if (raw is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(path, $"\"{raw}\" is not a real date in the form YYYY-MM-DD");
        return null;
    }

    public bool Matches(string? value, Regex pattern, string path, string expected)
    {
        if (value is null || pattern.IsMatch(value))
        {
            return value is not null;
        }

        Error(path, $"\"{value}\" is not {expected}");
        return false;
    }

    // A fact's evidence: a quote found once in the notice, or an external source with a note.
    // A draft fact's confidence, where it has one, is one of HIGH, MEDIUM, LOW.
    public void Confidence(Fact fact, string path)
    {
        if (fact.Confidence is { } value && !Seed.Confidence.All.Contains(value))
        {
            Error($"{path}.confidence", $"\"{value}\" is not one of {string.Join(", ", Seed.Confidence.All)}");
        }
    }

    public Evidence? Evidence(Fact fact, string path, QuoteLocator? notice, string? textAsQuote = null)
    {
        var quote = fact.Quote ?? textAsQuote;
        if (quote is not null && fact.SourceUrl is not null)
        {
            Error(path, "has both quote and sourceUrl; a fact has exactly one kind of evidence");
            return null;
        }

        if (fact.Occurrence is not null && fact.SourceUrl is not null)
        {
            Error($"{path}.occurrence", "is given with sourceUrl; occurrence says which repeat of a quote is meant");
            return null;
        }

        if (fact.SourceUrl is { } url)
        {
            if (!HttpUrl(url, $"{path}.sourceUrl"))
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(fact.Note))
            {
                Error($"{path}.note", "is missing; a fact taken from an external source must say what the source states");
                return null;
            }

            return new Evidence { SourceUrl = url, Note = fact.Note };
        }

        if (quote is null)
        {
            Error(path, "has no evidence; give a quote from the notice or a sourceUrl with a note");
            return null;
        }

        if (notice is null)
        {
            return null;
        }

        var match = notice.Find(quote, fact.Occurrence);
        if (!match.Success)
        {
            Error(fact.Quote is null ? $"{path}.text" : $"{path}.quote", match.Problem!);
            return null;
        }

        return new Evidence { Quote = quote.Trim(), Start = match.Start, End = match.End, Note = fact.Note };
    }

    public bool HttpUrl(string url, string path)
    {
        if (IsHttpUrl(url))
        {
            return true;
        }

        Error(path, $"\"{url}\" is not an absolute http(s) URL");
        return false;
    }

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is ("http" or "https");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex Slug();

    public static string ToSlug(string text) =>
        NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    // "Sécurité" -> "Securite", "Bogotá" -> "Bogota", "Œuvre" -> "OEuvre": accents dropped rather
    // than cut. A table, not string.Normalize: the service runs with invariant globalization, where
    // Normalize leaves accented letters as they are.
    public static string WithoutAccents(string text)
    {
        var plain = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036f')
            {
                continue;
            }

            plain.Append(Unaccented.TryGetValue(c, out var replacement) ? replacement : c.ToString());
        }

        return plain.ToString();
    }

    private static readonly Dictionary<char, string> Unaccented = BuildUnaccented();

    private static Dictionary<char, string> BuildUnaccented()
    {
        (string Letters, string Plain)[] groups =
        [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "C"), ("ďđ", "d"), ("ĎĐ", "D"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "G"), ("ĥħ", "h"), ("ĤĦ", "H"),
            ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "I"), ("ĵ", "j"), ("Ĵ", "J"), ("ķ", "k"), ("Ķ", "K"),
            ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "L"), ("ñńņň", "n"), ("ÑŃŅŇ", "N"), ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("ŕŗř", "r"), ("ŔŖŘ", "R"), ("śŝşšș", "s"), ("ŚŜŞŠȘ", "S"), ("ţťŧț", "t"), ("ŢŤŦȚ", "T"),
            ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ŵ", "w"), ("Ŵ", "W"), ("ýÿŷ", "y"), ("ÝŸŶ", "Y"),
            ("źżž", "z"), ("ŹŻŽ", "Z"), ("ß", "ss"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"), ("Œ", "OE"),
        ];
        return groups.SelectMany(g => g.Letters.Select(c => (c, g.Plain))).ToDictionary(x => x.c, x => x.Plain);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}

// UPPER_SNAKE_CASE names of an enum's members, the spelling used in seed files and in GraphQL.
public static class EnumNames<T> where T : struct, Enum
{
    public static IReadOnlyDictionary<string, T> All { get; } =
        System.Enum.GetValues<T>().ToDictionary(v => EnumNames.ConstantCase(v.ToString()), StringComparer.Ordinal);

    public static string Of(T value) => EnumNames.ConstantCase(value.ToString());
}

public static class EnumNames
{
    // Any enum value as the API spells it (FixedTerm: FIXED_TERM).
    public static string Of(Enum value) => ConstantCase(value.ToString());

    internal static string ConstantCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
