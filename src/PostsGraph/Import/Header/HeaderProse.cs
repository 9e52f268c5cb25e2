using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Notices written as prose, with no header labels: "… the post of Senior Field Security Officer,
// an international Professional post at the P-4 level based at the Agency's Headquarters in
// Amman, Jordan. Applications must reach the Agency no later than 19 April 2026". Read only where
// the labels and the top lines gave nothing, and only in the opening paragraphs, where a notice
// speaks of its own post; each fact is MEDIUM at best and says which sentence it came from.
public static partial class HeaderProse
{
    // The opening of the notice: sentences further down are about other posts and other places.
    private const int Opening = 2000;

    public static ValueFact? Grade(NoticeText notice, IReadOnlyList<GradeItem> grades)
    {
        // Only a sentence about one post ("the post of …", "un puesto de …"), not "Posts at the D-1 level are …".
        var open = Open(notice);
        var m = GradeSentence().Matches(open).FirstOrDefault(g => g.Groups["own"].Success || OnePost().IsMatch(SentenceBefore(open, g.Index)));
        return m is not null && HeaderGrades.FindKnown(m.Groups["grade"].Value, grades) is { } grade
            ? notice.ValueAt(grade.Code, m.Index, m.Index + m.Length).Because(Confidence.Medium, "no grade label; the opening sentence that gives the post's level (\"at the P-4 level\")")
            : null;
    }

    public static ValueFact? DutyStation(NoticeText notice, ReferenceFiles reference, Func<string, DutyStationItem?> known)
    {
        foreach (Match m in StationSentence().Matches(Open(notice)))
        {
            // "located in the Country Office (CO) in Kinshasa": the place after the last "in" too,
            // and its last words ("… of the Secretary General in Secretariat Vienna").
            var place = m.Groups["place"].Value;
            var last = place.LastIndexOf(" in ", StringComparison.Ordinal);
            foreach (var candidate in last < 0 ? [place] : new[] { place, place[(last + 4)..] })
            {
                var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var runs = Enumerable.Range(1, Math.Min(3, words.Length)).Reverse().Select(n => words[..n])
                    .Concat(candidate == place ? [] : Enumerable.Range(1, Math.Min(3, words.Length - 1)).Reverse().Select(n => words[^n..]));
                foreach (var run in runs)
                {
                    if (known(string.Join(' ', run).Trim(',', '.', ';', ')')) is { } station)
                    {
                        return notice.ValueAt(station.Key!, m.Index, m.Index + m.Length)
                            .Because(Confidence.Medium, "no duty-station label; the opening sentence that places the post (\"based in …\")");
                    }
                }
            }

            // "… Cybersecurity Section, United Nations Headquarters, New York.", "… of the UN Office
            // at Geneva (UNOG).": the last city the rest of the sentence names.
            var text = notice.Text;
            var end = SentenceEnd().Match(text, m.Index + m.Length) is { Success: true } stop ? stop.Index : text.Length;
            var rest = text[(m.Index + m.Length)..Math.Min(end, m.Index + m.Length + 250)];
            var named = Words().Matches(rest).ToList();
            for (var i = named.Count - 1; i >= 0; i--)
            {
                for (var n = Math.Min(3, named.Count - i); n >= 1; n--)
                {
                    if (known(string.Join(' ', named.GetRange(i, n).Select(w => w.Value))) is { } station)
                    {
                        var to = m.Index + m.Length + named[i + n - 1].Index + named[i + n - 1].Length;
                        return notice.ValueAt(station.Key!, m.Index, to)
                            .Because(Confidence.Medium, "no duty-station label; the last city the opening sentence placing the post names");
                    }
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\.(?:\s|$)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}'’-]+")]
    private static partial Regex Words();

    public static ValueFact? Deadline(NoticeText notice, bool monthFirst)
    {
        var m = DeadlineSentence().Match(Open(notice));
        if (!m.Success || HeaderDates.FindAll(m.Groups["date"].Value, monthFirst) is not [var date, ..])
        {
            return null;
        }

        var start = m.Groups["date"].Index;
        return notice.ValueAt(HeaderDates.Iso(date.Date), m.Index, start + date.End)
            .Because(Confidence.Medium, "no deadline label; the opening sentence that says until when applications are taken");
    }

    private static string SentenceBefore(string text, int at)
    {
        var start = Math.Max(text.LastIndexOf(". ", at, StringComparison.Ordinal), text.LastIndexOf('\n', at));
        return text[(start + 1)..at];
    }

    private static string Open(NoticeText notice) => notice.Text[..Math.Min(notice.Text.Length, Opening)];

    // "at the P-4 level", "de categoría P-3", "at grade AST 3" in a sentence about one post; or
    // sentences that can only be about the post itself ("own"): "This is a G-7 contract", "the
    // Security Coordination Officer, P-3, is based in …", "recruiting for a … Specialist (DRSS)
    // for West Africa (P-4)".
    [GeneratedRegex(@"\b(?:(?:at\s+(?:the\s+)?|de\s+(?:categor[íi]a|grado|classe|niveau)\s+|au\s+niveau\s+|del?\s+nivel\s+|(?:at|of)\s+grade\s+)(?<grade>(?:P|D|FS|GS|G|NO|AD|AST(?:-SC)?|SC)[ -]?(?:1[0-6]|[0-9A-E]))(?:\s+level)?\b|(?<own>this\s+is\s+an?\s+)(?<grade>(?:P|D|FS|GS|G|NO|AD|AST(?:-SC)?|SC)[ -]?(?:1[0-6]|[0-9A-E]))\s+(?:contract|post|position)\b|(?<own>the\s+(?:[\w-]+\s+){0,5}(?-i:Officer|Adviser|Advisor|Assistant|Associate|Analyst|Specialist|Coordinator|Manager)(?:\s+\([^()\n]{1,40}\))?,\s+)(?<grade>(?:P|D|FS|GS|G|NO|AD|AST(?:-SC)?|SC)[ -]?(?:1[0-6]|[0-9A-E])),?\s+(?:is|will)\b|(?<own>\b(?:recruiting|seeking)\s+(?:for\s+)?an?\s+[^.\n()]{3,80}(?:\([^()\n]{1,12}\)[^.\n()]{0,40})?\()(?<grade>(?:P|D|FS|GS|G|NO|AD|AST(?:-SC)?|SC)[ -]?(?:1[0-6]|[0-9A-E]))\))", RegexOptions.IgnoreCase)]
    private static partial Regex GradeSentence();

    [GeneratedRegex(@"\b(?:a|an|the|this)\s+(?:[\w-]+\s+){0,3}(?:post|position|vacancy|appointment)\b(?!s)|\b(?:un|el|este)\s+puesto\b|\b(?:un|le|ce)\s+poste\b|\b(?:Officer|Oficial|Agent|Specialist|Especialista|Sp[ée]cialiste|Analyst|Analista|Analyste)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnePost();

    [GeneratedRegex(@"\b(?:based|located|stationed)\s+(?:at\s+[^,.;\n]{0,60}?\s+)?in\s+(?<place>(?:(?!\s+with\s+(?:its\s+)?duty\s+station)[^,.;\n]){2,120})|\bwith\s+(?:its\s+)?duty\s+station\s+in\s+(?<place>[^,.;\n]{2,60})|\b(?:lugar\s+de\s+destino|destino)\s+en\s+(?<place>[^,.;\n]{2,60})|\bbas[ée]e?\s+(?:à|au|en)\s+(?<place>[^,.;\n]{2,60})|\bSede\s+en\s+(?<place>[^,.;\n(]{2,60})", RegexOptions.IgnoreCase)]
    private static partial Regex StationSentence();

    [GeneratedRegex(@"(?:applications?|candidatures?|candidaturas|postulaciones|solicitudes)[^.\n]{0,80}?\b(?:no\s+later\s+than|by|before|until|hasta\s+el|antes\s+del?|jusqu['’]au|avant\s+le)\s+(?<date>[^.;\n]{6,40})|\bdeadline\s+for\s+(?:the\s+)?(?:applications?|submission\s+of\s+applications)\s+is\s+(?<date>[^;\n]{6,40})", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineSentence();
}
