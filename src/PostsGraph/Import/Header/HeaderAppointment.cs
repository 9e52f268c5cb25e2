using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// The appointment type: from a "Type of appointment:"/"Contract type" label, else a heading that
// names it ("Temporary Job Opening"), else "This fixed-term appointment ...". Words such as
// "temporary duty" in the body are not appointment types.
public static partial class HeaderAppointment
{
    private const int TopLines = 25;

    public static ValueFact? Extract(NoticeText notice, IReadOnlyList<Labelled> labels)
    {
        foreach (var label in labels.Where(l => l.Field == HeaderField.AppointmentType))
        {
            if (TypeOf(label.Value) is { } type)
            {
                return notice.ValueAt(type, label.Start, label.ValueEnd);
            }
        }

        foreach (var line in notice.Lines.Where(l => !l.IsBlank).Take(TopLines))
        {
            if (Heading().Match(line.Content) is { Success: true } h && TypeOf(h.Value) is { } type)
            {
                return notice.ValueAt(type, line.Start, line.End);
            }
        }

        var m = ThisAppointment().Match(notice.Text);
        return m.Success && TypeOf(m.Value) is { } stated ? notice.ValueAt(stated, m.Index, m.Index + m.Length) : null;
    }

    public static string? TypeOf(string value)
    {
        var m = TypeWord().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var word = m.Value.ToLowerInvariant();
        return word switch
        {
            _ when word.StartsWith("fixed", StringComparison.Ordinal) => "FIXED_TERM",
            _ when word.StartsWith("short", StringComparison.Ordinal) => "SHORT_TERM",
            _ when word.StartsWith("temporary", StringComparison.Ordinal) => "TEMPORARY",
            _ when word.StartsWith("continuing", StringComparison.Ordinal) => "CONTINUING",
            _ when word.StartsWith("permanent", StringComparison.Ordinal) => "PERMANENT",
            _ => "CONSULTANCY",
        };
    }

    [GeneratedRegex(@"\bfixed[- ]?term\b|\bshort[- ]?term\b|\btemporary\b|\bcontinuing\b|\bpermanent\b|\bconsultan(?:cy|t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TypeWord();

    [GeneratedRegex(@"^(?:fixed[- ]?term|short[- ]?term|temporary|continuing|permanent)\s+(?:appointment|job\s+opening|position|post|contract|vacancy)$|^consultancy$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\b[Tt]his\s+(?:fixed[- ]?term|short[- ]?term|temporary|continuing|permanent)\s+(?:appointment|contract|position|post)\b")]
    private static partial Regex ThisAppointment();
}
