using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Notices written as prose, with no header labels: "… the post of Senior Field Security Officer,
// an international Professional post at the P-4 level based at the Agency's Headquarters in
// Amman, Jordan. Applications must reach the Agency no later than 19 April 2026". Read only where
// the labels and the top lines gave nothing, and only in sentences that start in the opening
// paragraphs, where a notice speaks of its own post; each fact is MEDIUM at best and says which
// sentence it came from.
public static partial class HeaderProse
{
    // The opening of the notice: sentences further down are about other posts and other places.
    internal const int Opening = 2000;

    public static ValueFact? Grade(NoticeText notice, IReadOnlyList<GradeItem> grades)
    {
        // Only a sentence about one post ("the post of …", "un puesto de …"), not "Posts at the D-1 level are …".
        var open = Open(notice);
        var m = GradeSentence().Matches(open).FirstOrDefault(g => g.Groups["own"].Success || OnePost().IsMatch(SentenceBefore(open, g.Index)));
        return m is not null && HeaderGrades.FindKnown(m.Groups["grade"].Value, grades) is { } grade
            ? notice.ValueAt(grade.Code, m.Index, m.Index + m.Length).Because(Confidence.Medium, "no grade label; the opening sentence that gives the post's level (\"at the P-4 level\")")
            : null;
    }

    // known: a city of the reference by its name; endingCity: the city of the reference, not also a
    // country's name, that a sentence ends with.
    // A sentence whose subject is the post ("The position is based in Khartoum", "The successful
    // candidate will be based in Juba", or the post's own title: "The Protection Officer will be
    // based in …", also by the acronym its title gives in brackets, "The MEAL Manager" of a
    // "… (MEAL) Manager"; not another job's, "The Programme Manager is based in Nairobi") wins over an
    // earlier one that places something else ("The coordination team is based in Port Sudan").
    public static ValueFact? DutyStation(NoticeText notice, Func<string, DutyStationItem?> known, Func<string, DutyStationItem?> endingCity, string? title = null) =>
        DutyStation(notice, known, endingCity, ofThePost: true, title) ?? DutyStation(notice, known, endingCity, ofThePost: false, title);

    private static ValueFact? DutyStation(NoticeText notice, Func<string, DutyStationItem?> known, Func<string, DutyStationItem?> endingCity, bool ofThePost, string? title)
    {
        var text = notice.Text;
        foreach (Match m in StationSentence().Matches(Open(notice)))
        {
            // "Based in Copenhagen and present in forty countries, the Council is a relief
            // organisation", "Son siège social … est basé à Dakar" (not "… de su Sede en La
            // Haya", where the post is): a sentence about the organisation that names no post or job.
            var sentenceEnd = SentenceEnd().Match(text, m.Index) is { Success: true } after ? after.Index : text.Length;
            var subject = SentenceBefore(text, m.Index);
            var sentence = subject + text[m.Index..sentenceEnd];
            // A question places nothing ("Perhaps based in Gaza?").
            if (Question().IsMatch(sentence))
            {
                continue;
            }

            if (AboutTheOrganisation().IsMatch(sentence) && !PostWord().IsMatch(sentence) && !HeaderTitle.NamesAJob(sentence))
            {
                continue;
            }

            if (ofThePost && !PostSubject().IsMatch(subject)
                && !(TitleSubject().Match(subject) is { Success: true } titled && HeaderTitle.EndsWithAJob(titled.Groups["title"].Value)
                    && title is not null && title.Replace("(", "").Replace(")", "").Contains(titled.Groups["title"].Value, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // The place up to a clause that moves on ("in Malakal and reports to the Adviser in
            // Juba"); "located in the Country Office (CO) in Kinshasa": the place after its last
            // "in" too, and that place's last words ("… in Secretariat Vienna").
            var place = ClauseBreak().Split(m.Groups["place"].Value)[0];
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
            // at Geneva (UNOG).": the city the sentence ends with, where no clause moves on before it.
            var end = sentenceEnd;
            if (end - m.Index <= 300 && !ClauseBreak().IsMatch(text[m.Index..end]) && endingCity(text[m.Index..end]) is { } ending)
            {
                return notice.ValueAt(ending.Key!, m.Index, end)
                    .Because(Confidence.Medium, "no duty-station label; the city that ends the opening sentence placing the post");
            }
        }

        return null;
    }

    [GeneratedRegex(@"\?\s*$")]
    private static partial Regex Question();

    // A sentence whose subject is the post: "The position is [based in]", "This role will be", "The
    // Field Security Manager will be" (not "You will be based in Abuja for the first three weeks").
    [GeneratedRegex(@"^\s*(?:(?:The|This)\s+(?:position|post|role|job|vacancy|incumbent|(?:successful|selected)\s+(?:candidate|applicant))|(?:Le|Ce)\s+poste|(?:El|Este)\s+puesto)\s+(?:is|will\s+be|est|sera|es|será|estará)\s+$")]
    private static partial Regex PostSubject();

    [GeneratedRegex(@"^\s*The\s+(?<title>(?:\p{Lu}[\w’'-]*\s+(?:(?:of|and|for|the|in)\s+)?){0,6}\p{Lu}[\w’'-]*)\s+(?:is|will\s+be)\s+$")]
    private static partial Regex TitleSubject();

    [GeneratedRegex(@"\.(?:\s|$)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:post|position|incumbent|job|role|poste|titulaire|puesto|cargo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostWord();

    [GeneratedRegex(@"\b(?:is|est|es)\s+(?:an?|une?|una)\s+[^.\n]{0,160}?\b(?:organi[sz]ations?|organisme|organización|agency|agence|agencia)\b|\bpr[ée]sente?\s+(?:in|dans|en)\s+[\w-]+\s+(?:countries|pays|países)\b|^\s*(?:its|their|son|sa|leur|su)\s+(?:regional\s+)?(?:headquarters|head\s+office|siège(?:\s+social)?|sede)\b|\b(?:its|their)\s+(?:global\s+|regional\s+)?(?:headquarters|head\s+office)\s+(?:is\s+|are\s+)?(?:located|based)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheOrganisation();

    // A clause that moves on from the post's place: "and reports to …", ", with travel to …", ", which …".
    [GeneratedRegex(@"\s+and\s+(?:is|are|will|reports?|covers?|travels?|supports?)\b|,?\s+(?:with|reporting|reports\s+to|under|covering|who|which|while|but)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

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

    // A grade as prose writes it: "P-4", "FS 5", "AST 3" (FindKnown settles the code).
    private const string ProseGrade = @"(?<grade>(?:P|D|FS|GS|G|NO|AD|AST)[ -]?(?:1[0-6]|[0-9A-E]))";

    // "at the P-4 level", "de categoría P-3", "at grade AST 3" in a sentence about one post; or
    // sentences that can only be about the post itself ("own"): "This is a G-7 contract", "the
    // Security Coordination Officer, P-3, is based in …", "recruiting for a … Specialist (DRSS)
    // for West Africa (P-4)", "… a database of candidates … (function group I)".
    [GeneratedRegex(@"\b(?:(?:at\s+(?:the\s+)?|de\s+(?:categor[íi]a|grado|classe|niveau)\s+|au\s+niveau\s+|del?\s+nivel\s+|(?:at|of)\s+grade\s+)" + ProseGrade + @"(?:\s+level)?\b"
        + @"|(?<own>this\s+is\s+an?\s+)" + ProseGrade + @"\s+(?:contract|post|position)\b"
        + @"|(?<own>the\s+(?:[\w-]+\s+){0,5}(?-i:Officer|Adviser|Advisor|Assistant|Associate|Analyst|Specialist|Coordinator|Manager)(?:\s+\([^()\n]{1,40}\))?,\s+)" + ProseGrade + @",?\s+(?:is|will)\b"
        // The grade right after the title the recruiting sentence gives, its acronym and region between.
        + @"|(?<own>\b(?:is|are)\s+(?:\w+ly\s+)?" + HeaderTitle.Recruits + @"(?:an?\s+)?(?-i:" + HeaderTitle.IntroducedTitle + @")(?:\s+\((?-i:\p{Lu}{2,8})\))?(?:\s+for\s+(?:the\s+)?(?-i:\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,3}))?\s+\()" + ProseGrade + @"\)"
        // An EU call's function group in brackets: "… in the area of surveillance (function group I)".
        + @"|(?<own>(?<=\b(?:recruit\w*|selection|candidates|vacanc\w+|reserve)\b[^.\n]{0,200}\())(?<grade>" + HeaderGrades.FunctionGroup + @"[ \t]+(?:IV|III|II|I))\))", RegexOptions.IgnoreCase)]
    private static partial Regex GradeSentence();

    [GeneratedRegex(@"\b(?:a|an|the|this)\s+(?:[\w-]+\s+){0,3}(?:post|position|vacancy|appointment)\b(?!s)|\b(?:un|el|este)\s+puesto\b|\b(?:un|le|ce)\s+poste\b|\b(?:Officer|Oficial|Agent|Specialist|Especialista|Sp[ée]cialiste|Analyst|Analista|Analyste)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnePost();

    [GeneratedRegex(@"\b(?:based|located|stationed)\s+(?:at\s+[^,.;\n]{0,60}?\s+)?in\s+(?<place>(?:(?!\s+with\s+(?:its\s+)?duty\s+station)[^,.;\n]){2,120})|\b(?:with\s+(?:its\s+)?|at\s+the\s+(?:UN\s+)?)duty\s+station\s+in\s+(?<place>[^,.;\n]{2,60})|\b(?:lugar\s+de\s+destino|destino)\s+en\s+(?<place>[^,.;\n]{2,60})|\bbas[ée]e?\s+(?:à|au|en)\s+(?<place>[^,.;\n]{2,60})|\bSede\s+en\s+(?<place>[^,.;\n(]{2,60})", RegexOptions.IgnoreCase)]
    private static partial Regex StationSentence();

    [GeneratedRegex(@"(?:applications?|candidatures?|candidaturas|postulaciones|solicitudes)[^.\n]{0,80}?\b(?:no\s+later\s+than|by|before|until|hasta\s+el|antes\s+del?|jusqu['’]au|avant\s+le)\s+(?<date>[^.;\n]{6,40})|\bdeadline\s+for\s+(?:the\s+)?(?:applications?|submission\s+of\s+applications)\s+is\s+(?<date>[^;\n]{6,40})", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineSentence();
}
