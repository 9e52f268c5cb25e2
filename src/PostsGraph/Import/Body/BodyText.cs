using System.Text.RegularExpressions;

namespace PostsGraph.Import.Body;

// A passage of the notice, as offsets into NoticeText.Text.
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}

// Cutting the body into list items, paragraphs and sentences, the units facts are made of.
internal static partial class BodyText
{
    private static readonly HashSet<string> Abbreviations =
        new(["e.g", "i.e", "etc", "no", "nos", "mr", "ms", "mrs", "dr", "st", "rev", "vs", "approx", "incl", "art", "para", "cf", "al"],
            StringComparer.OrdinalIgnoreCase);

    // The list marker a line starts with (bullet glyph, "1.", "a)", "(i)"), or null for plain text.
    public static ListMarker? MarkerOf(NoticeLine line)
    {
        var match = MarkerPattern().Match(line.Content);
        if (!match.Success || match.Length >= line.Content.Length)
        {
            return null;
        }

        var kind = match.Groups["bullet"].Success ? MarkerKind.Bullet
            : match.Groups["number"].Success ? MarkerKind.Number
            : MarkerKind.Letter;
        var style = kind == MarkerKind.Bullet ? match.Groups["bullet"].Value : kind.ToString();
        return new ListMarker(kind, style, line.Start + match.Length);
    }

    // Sentences of text[start..end], each trimmed of surrounding blanks and of a trailing ";" or ",".
    // Full stops inside parentheses and after abbreviations do not end a sentence.
    public static List<TextSpan> Sentences(string text, TextSpan span)
    {
        var sentences = new List<TextSpan>();
        var from = span.Start;
        var depth = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c is '.' or '!' or '?' && depth == 0 && EndsSentence(text, i, span.End))
            {
                Add(sentences, text, from, i + 1);
                from = i + 1;
            }
        }

        Add(sentences, text, from, span.End);
        return sentences;
    }

    public static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '•' or '·' or '▪'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ';' or ','))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    public static bool HasLetters(string text) => text.Any(char.IsLetter);

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        var span = Trim(text, start, end);
        if (span.Length > 0 && HasLetters(span.Of(text)))
        {
            sentences.Add(span);
        }
    }

    private static bool EndsSentence(string text, int at, int end)
    {
        var next = at + 1;
        if (next < end && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next < end && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '(' or '“' or '"' or '‘'))
        {
            return false;
        }

        var wordStart = at;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text[wordStart..at];
        return !(Abbreviations.Contains(word) || (word.Length == 1 && char.IsLetter(word[0])));
    }

    [GeneratedRegex(@"^(?:(?<bullet>[•\-\*·▪◦●■►‣–o])\s+|(?<number>\d{1,2})[.)]\s+|\(?(?<letter>[a-h]|i{1,3}|iv|v|vi{1,3}|ix|x)\)\s+|(?<letter>[a-h])\.\s+)")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

// In the order lists nest: numbered titles over lettered items over bullets.
internal enum MarkerKind
{
    Number,
    Letter,
    Bullet,
}

// A list marker, its style (the bullet glyph, or the kind of numbering) and where the item's own words begin.
internal sealed record ListMarker(MarkerKind Kind, string Style, int ContentStart);
