using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

public enum HeaderField
{
    Title, Organisation, Unit, Grade, DutyStation, Country, VacancyNumber, JobId, PositionNumber,
    AppointmentType, Duration, PostedOn, PostingPeriod, Deadline, Salary, Other,
}

// A label the notice uses ("Closing Date", "Duty Station:") and the value that follows it: on the
// same line up to the next label, or alone on the next line when the label ends its line; a value
// a hard line wrap carries on (text from a PDF) spans both lines, and Value joins them with a space.
public sealed record Labelled(HeaderField Field, int Start, int ValueStart, int ValueEnd, string Value, bool FromRecord = false)
{
    // How far a fact the label gives is trusted: a record's keyed field ("source:", "created:") is
    // an export's words, not the notice's own, so MEDIUM at most.
    public string Trust => FromRecord ? Confidence.Medium : Confidence.High;

    // Where in the text a position of Value falls: a line break Value joined into one space
    // covers its whole run of blanks in the text.
    public int TextOffset(string text, int index)
    {
        if (index >= Value.Length)
        {
            return ValueEnd;
        }

        var (at, v) = (ValueStart, 0);
        while (v < index && at < ValueEnd)
        {
            var run = at;
            while (run < ValueEnd && text[run] is ' ' or '\t' or '\r' or '\n')
            {
                run++;
            }

            at = run > at && text.AsSpan(at, run - at).Contains('\n') ? run : at + 1;
            v++;
        }

        return at;
    }
}

// The table of labels notices use for header facts. Labels are searched anywhere, because some
// notices run several "Label: value" pairs into one line and others put the value on the next line.
public static partial class HeaderLabels
{
    // Whether a label starts on the line: a line that holds one is no heading, place line or title.
    public static bool AnyStartsOn(this IReadOnlyList<Labelled> labels, NoticeLine line) =>
        labels.Any(l => l.Start >= line.Start && l.Start < line.End);

    public static IReadOnlyList<Labelled> Find(NoticeText notice)
    {
        var text = notice.Text;
        var found = new List<(HeaderField Field, int Start, int End, bool NextLine)>();
        var (keys, titled) = RecordKeys(notice);
        var fromRecord = new HashSet<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var key = keys.Contains(i);
            if ((!char.IsUpper(text[i]) && !key) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var m = Label().Match(text, i);
            m = !m.Success && key && titled.Contains(i) ? RecordLabel().Match(text, i) : m;
            if (m.Success && Accept(text, m, key) is { } form)
            {
                if (m.Groups["Record"].Success)
                {
                    fromRecord.Add(m.Index);
                }

                found.Add((FieldOf(m), m.Index, form.ValueStart, form.NextLine));
                i = m.Index + m.Length - 1;
            }
        }

        found.AddRange(RunOn(notice, found));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        var labelled = new List<Labelled>();
        foreach (var (field, start, valueStart, nextLine) in found)
        {
            var from = valueStart;
            if (nextLine)
            {
                // A record's key with nothing after it is an empty field ("city: " above "type: Internship").
                if (keys.Contains(start))
                {
                    continue;
                }

                // The value is the next non-blank line, unless that line is itself a label, after
                // its list bullet or table bar if it has one ("  • Location:\n  • Salary:").
                // A value framed by lines that are only a dash ("PLACE and DATE OF EMPLOYMENT\n-\nEEAS
                // Headquarters, Brussels, Belgium\n-"); a dash alone otherwise says the field is empty.
                var lines = notice.Lines.Where(l => l.Start > valueStart && !l.IsBlank).Take(3).ToList();
                var line = lines is [var dash, var framed, var closing] && OnlyADash(dash) && !OnlyADash(framed) && OnlyADash(closing) ? framed : lines.FirstOrDefault();
                if (line is not null && OnlyADash(line))
                {
                    continue;
                }

                if (line is null || found.Any(f => f.Start >= line.Start && f.Start < line.End && text[line.Start..f.Start].All(c => char.IsWhiteSpace(c) || c is '•' or '·' or '▪' or '*' or '-' or '|')))
                {
                    continue;
                }

                // A list under the label ("**Locations**" over "- Nairobi, Kenya" / "- Kampala,
                // Uganda") gives no one value.
                if (lines.Count > 1 && ListItem().IsMatch(line.Content) && line == lines[0] && ListItem().IsMatch(lines[1].Content) && lines[1].Index == line.Index + 1)
                {
                    continue;
                }

                // A sentence under an "Organization" heading describes it; it is no name ("**Organization**"
                // over "The Organization works with UNICEF and UNHCR in Chad.").
                if (field == HeaderField.Organisation && ProseLine().IsMatch(line.Content))
                {
                    continue;
                }

                from = line.Start;
            }

            var lineEnd = text.IndexOf('\n', from) is var e and >= 0 ? e : text.Length;
            var next = found.Where(f => f.Start >= from && f.Start < lineEnd).Select(f => f.Start).DefaultIfEmpty(lineEnd).Min();
            if (next == lineEnd && Continued(text, found, field, text[from..lineEnd].TrimEnd(), lineEnd) is { } continued)
            {
                next = continued;
            }

            // A label's colon inside its table cell: "| Duty Station: | The Hague - NL |", the value in the next cell.
            var lead = from;
            while (lead < next && text[lead] is ' ' or '\t')
            {
                lead++;
            }

            if (lead < next && text[lead] == '|')
            {
                from = lead + 1;
            }

            // A table cell ends at its bar: "| Grade | P-4 | Duty station | Geneva |".
            if (text.IndexOf('|', from, next - from) is var bar and >= 0)
            {
                next = bar;
            }

            // Markdown's emphasis around a value is not part of it: "**Grade:** P-3".
            while (from < next && (text[from] is '*' or '_' || char.IsWhiteSpace(text[from])) && text[from] is not ('\r' or '\n'))
            {
                from++;
            }

            // Nor a separator before the next label on the line ("Reference: EEAS-VAC-2026-0142 - Publication date: …").
            var kept = TrailingSeparator().Replace(text[from..next], "").TrimEnd().TrimEnd('*', '_').TrimEnd();
            var to = from + kept.Length;
            var trimmed = kept.TrimStart();
            from = to - trimmed.Length;
            // "Type of Post : Not Applicable …": a value that says there is none is no value.
            if (NoValue().IsMatch(trimmed))
            {
                continue;
            }

            // A value carried over a line break is one value: its span keeps the break, its text a space.
            labelled.Add(new Labelled(field, start, from, to, LineBreak().Replace(trimmed, " "), fromRecord.Contains(start)));
        }

        return [.. labelled.Where(l => !l.FromRecord || !GivesWay(l, labelled))];
    }

    // Labels run together on one line without colons ("Titre du poste Analyste Classe NO-C Lieu
    // d'affectation Dakar, Sénégal"): inside a line, a label followed by a capitalised value or a
    // number counts only where the line holds at least three labels, so that prose, where such
    // words also occur, keeps its words.
    private static IEnumerable<(HeaderField Field, int Start, int End, bool NextLine)> RunOn(NoticeText notice, List<(HeaderField Field, int Start, int End, bool NextLine)> found)
    {
        var text = notice.Text;
        // Where labels already found are, once: the text they cover, and how many start on each line.
        var covered = new bool[text.Length + 1];
        var starts = new SortedSet<int>();
        foreach (var f in found)
        {
            Array.Fill(covered, true, f.Start, Math.Max(0, Math.Min(f.End, text.Length) - f.Start));
            starts.Add(f.Start);
        }

        foreach (var line in notice.Lines.Where(l => !l.IsBlank))
        {
            var inLine = starts.GetViewBetween(line.Start, Math.Max(line.Start, line.End - 1)).Count;
            var more = new List<(HeaderField, int, int, bool)>();
            for (var i = line.Start + 1; i < line.End; i++)
            {
                if (!char.IsUpper(text[i]) || text[i - 1] is not (' ' or '\t') || covered[i])
                {
                    continue;
                }

                var m = Label().Match(text, i);
                if (!m.Success || m.Index + m.Length >= line.End)
                {
                    continue;
                }

                var at = m.Index + m.Length;
                while (at < line.End && text[at] is ' ' or '\t')
                {
                    at++;
                }

                if (at > m.Index + m.Length && at < line.End && (char.IsUpper(text[at]) || char.IsDigit(text[at])))
                {
                    more.Add((FieldOf(m), m.Index, at, false));
                    i = m.Index + m.Length - 1;
                }
            }

            if (inLine + more.Count >= 3)
            {
                foreach (var label in more)
                {
                    yield return label;
                }

                continue;
            }

            // A label after a gap of columns ("Date of Issue 19 June 2026   Closing Date 3 July 2026").
            foreach (var label in more.Where(l => l.Item2 >= 2 && (text[l.Item2 - 1] == '\t' || text.AsSpan(l.Item2 - 2, 2).SequenceEqual("  "))))
            {
                yield return label;
            }
        }
    }

    // A word in prose is not a label: labels start with a capital and are followed by a colon, by
    // the end of their line (value on the next line), by their value run in without a space
    // ("Closing Date24/08/2021"), or, at the start of a line, by a capitalised value ("Grade P3").
    private static (int ValueStart, bool NextLine)? Accept(string text, Match m, bool key = false)
    {
        var start = m.Index;
        if ((!char.IsUpper(text[start]) && !key) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return null;
        }

        var end = m.Index + m.Length;
        var at = PastBlanks(text, end);
        // Markdown's emphasis closing a label that ends its line ("**Work Location**" with the value
        // under it, "**Closing date:**"): the label ends its line.
        if (ClosingEmphasis().Match(text, at) is { Success: true } emphasis && LineStartBefore(text, start))
        {
            at = PastBlanks(text, at + emphasis.Length);
        }

        // A section's number before a label counts as starting its line for a place's label
        // ("2. Place of employment") or a label with its colon, whose value is never a sentence's words.
        var atLineStart = LineStartBefore(text, start, numbered: FieldOf(m) == HeaderField.DutyStation);

        // Dot leaders: "Grade ........ A2/A3".
        if (atLineStart && DotLeader().Match(text, at) is { Success: true } leader && leader.Index == at)
        {
            return (leader.Index + leader.Length, false);
        }

        // A footnote's number glued to the label before its colon: "Place of employment1: Prague".
        if (at == end && FootnoteColon().Match(text, at) is { Success: true } footnote && footnote.Index == at)
        {
            at += footnote.Length - 1;
        }

        if (at < text.Length && text[at] == ':')
        {
            // "Closing Date:" with the value on the next line; "Duty Station:: …" as some boards print it.
            var after = at + 1;
            while (after < text.Length && text[after] == ':')
            {
                after++;
            }

            var valueStart = after;
            after = PastBlanks(text, after);
            if (ClosingEmphasis().Match(text, after) is { Success: true } closing)
            {
                after = PastBlanks(text, after + closing.Length);
            }

            // The second of a bilingual pair ("Application deadline / Date limite de candidature:") counts as starting its line.
            var paired = start >= 2 && text.AsSpan(0, start).TrimEnd(' ').EndsWith("/");
            // An acronym before a label and its colon ("PSC Position Title:") leaves it starting its line.
            return (atLineStart || paired || LineStartBefore(text, start, acronym: true, numbered: true)) && (after == text.Length || text[after] is '\r' or '\n') ? (after, true) : (valueStart, false);
        }

        // A table's cell: "| Duty station | Geneva |"; a table flattened one cell a line, the value
        // in the line under its label ("Intitulé du poste |\nRéférent sûreté |").
        if (at < text.Length && text[at] == '|' && atLineStart)
        {
            var rest = PastBlanks(text, at + 1);
            return rest == text.Length || text[rest] is '\r' or '\n' ? (rest, true) : (at + 1, false);
        }

        if (at == text.Length || text[at] is '\r' or '\n')
        {
            return atLineStart ? (at, true) : null;
        }

        if (at == end)
        {
            // A value run in after the label ("Closing Date24/08/2021", "Salary GradeP4"), not a
            // longer word that starts like a label ("OFFICER", "Officers"); a capital run in only
            // at the start of a line ("Residential LocationDanger Pay" is two values run together).
            var runIn = char.IsDigit(text[at]) || text[at] is '€' or '$' or '£'
                || (char.IsUpper(text[at]) && char.IsLower(text[end - 1]) && !AfterCapitalisedWord(text, start));
            return runIn ? (at, false) : null;
        }

        // A heading that starts with a label's word is not that label: "Country Security
        // Specialist", "Office Assistant", "Division Chief".
        return atLineStart && (char.IsUpper(text[at]) || char.IsDigit(text[at])) && !(FieldOf(m) != HeaderField.Title && ShortLineNamingAJob(text, start)) ? (at, false) : null;
    }

    [GeneratedRegex(@"\s+[-–]\s+|\s*[,(]")]
    private static partial Regex JobNote();

    [GeneratedRegex(@"[0-9]{1,2}[ \t]*:")]
    private static partial Regex FootnoteColon();

    [GeneratedRegex(@"^[ \t]*\p{Lu}\S*(?:[ \t]+\S+){5,}[.!?][ \t]*\r?$")]
    private static partial Regex ProseLine();

    [GeneratedRegex(@"^[ \t]*(?:[-•·▪*]|\d{1,2}[.)])[ \t]+\S")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\G(?:\*\*|__)[ \t]*(?=\r?\n|$)")]
    private static partial Regex ClosingEmphasis();

    private static bool OnlyADash(NoticeLine line) => line.Content.Trim() is "-" or "–" or "—";

    // The first position at or after `at` that is not a space, a tab or a no-break space.
    private static int PastBlanks(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\u00a0')
        {
            at++;
        }

        return at;
    }

    // "Residential LocationDanger Pay": the label's word ends a capitalised phrase.
    private static bool AfterCapitalisedWord(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return false;
        }

        var word = start - 2;
        while (word > 0 && char.IsLetter(text[word - 1]))
        {
            word--;
        }

        return char.IsUpper(text[word]);
    }

    private static bool ShortLineNamingAJob(string text, int start)
    {
        var end = text.IndexOf('\n', start) is var e and >= 0 ? e : text.Length;
        // What follows the job after a dash, a comma or a bracket is a place or a note ("Country
        // Security Specialist - DR Congo").
        return end - start <= 60 && HeaderTitle.EndsWithAJob(JobNote().Split(text[start..end])[0]);
    }

    // A value a hard line wrap carries onto the next line (text taken from a PDF): an organisation,
    // unit or title whose next line starts in lowercase ("Organization: United Nations
    // Department\nof Safety and Security"), a date or period ending with a dash ("26 October 2023
    // -\n09 December 2023"), a title that names its job only with the next line ("Posting Title:
    // Protection\nCoordination Officer, P3"), a job opening number whose end is there
    // ("…-219689-R-New\nYork (G)"). The next line must hold no label, nor read as one. Returns
    // where the value then ends.
    private static int? Continued(string text, List<(HeaderField Field, int Start, int End, bool NextLine)> found, HeaderField field, string value, int lineEnd)
    {
        if (value.Length == 0 || lineEnd >= text.Length)
        {
            return null;
        }

        var nextStart = lineEnd + 1;
        var nextEnd = text.IndexOf('\n', nextStart) is var e and >= 0 ? e : text.Length;
        var next = text[nextStart..nextEnd].Trim();
        if (next.Length == 0 || found.Any(f => f.Start >= nextStart && f.Start < nextEnd))
        {
            return null;
        }

        // Nor onto a record's next key ("title: Security Officer" / "company: UNICEF").
        if (LabelShaped().IsMatch(next) || RecordKeyLine().IsMatch(next))
        {
            return null;
        }

        var carried = field switch
        {
            HeaderField.Organisation or HeaderField.Unit => char.IsLower(next[0]),
            HeaderField.Title => char.IsLower(next[0]) || (next.Length <= 60 && !HeaderTitle.NamesAJob(value) && HeaderTitle.NamesAJob(next)),
            HeaderField.PostingPeriod or HeaderField.PostedOn or HeaderField.Deadline => value[^1] is '-' or '–',
            HeaderField.VacancyNumber => next.Length <= 30 && !value.Contains('(') && WrappedNumberEnd().IsMatch(next),
            _ => false,
        };
        return carried ? nextEnd : null;
    }

    [GeneratedRegex(@"[ \t]*\r?\n[ \t]*")]
    private static partial Regex LineBreak();

    // A line that reads as a label of its own ("Reporting to: Head, Language Services").
    [GeneratedRegex(@"^\p{Lu}[^:\n]{1,40}:(?:\s|$)")]
    private static partial Regex LabelShaped();

    // The end of a UN job opening number a wrap carried over: "…-R-New" / "York (G)".
    [GeneratedRegex(@"^[\p{L} .'-]{0,25}\([A-Z]\)$")]
    private static partial Regex WrappedNumberEnd();

    [GeneratedRegex(@"\s+[-–—|,;]+\s*$")]
    private static partial Regex TrailingSeparator();

    [GeneratedRegex(@"(?:\.{3,}|…+)[ \t]*")]
    private static partial Regex DotLeader();

    private static readonly HashSet<string> Articles = ["THE", "LE", "LA", "LES", "EL", "LOS", "LAS", "DE", "DU", "DES", "DEL", "UN", "UNE", "UNA", "AND", "ET", "OF", "NEW", "OUR"];

    // Only bullets, indentation, a section's number ("2. Place of employment") or one acronym
    // before the label on its line.
    private static bool LineStartBefore(string text, int start, bool acronym = false, bool numbered = false)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        // An acronym before a label ("PSC Position Title:"), where asked: the label still starts its line.
        if (acronym && i >= 1 && i < start - 1 && char.IsUpper(text[i]))
        {
            var word = i;
            while (word > 0 && char.IsUpper(text[word - 1]))
            {
                word--;
            }

            if (i - word + 1 is >= 2 and <= 5 && (word == 0 || text[word - 1] is '\n' or ' ' or '\t') && !Articles.Contains(text[word..(i + 1)]))
            {
                i = word - 1;
                while (i >= 0 && text[i] is ' ' or '\t')
                {
                    i--;
                }
            }
        }

        // "2. ", "3) ", "1.2. ": a number of one or two digits, and only where a space follows it.
        if (numbered && i >= 1 && i < start - 1 && text[i] is '.' or ')' && char.IsDigit(text[i - 1]))
        {
            var digits = i - 1;
            while (digits >= 0 && (char.IsDigit(text[digits]) || text[digits] == '.') && i - digits <= 5)
            {
                digits--;
            }

            i = digits;
        }

        for (; i >= 0 && text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('•' or '-' or '*' or '·' or '▪' or '–' or '|' or '#' or '>' or '_'))
            {
                // A record's body key starts the notice's text on its own line: "body: **Work Location**".
                var lineStart = text.LastIndexOf('\n', i) + 1;
                return BodyKey().IsMatch(text.AsSpan(lineStart, start - lineStart));
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:body|description|content|text)[ \t]*:[ \t]*[*_#>•\- \t]*$")]
    private static partial Regex BodyKey();

    private static HeaderField FieldOf(Match m)
    {
        foreach (var field in Enum.GetValues<HeaderField>())
        {
            if (m.Groups[field.ToString()].Success)
            {
                return field;
            }
        }

        return HeaderField.Other;
    }

    // Longer labels come before the shorter ones they start with ("Closing date for applications"
    // before "Closing date", "Salary grade" before "Salary"). A trailing parenthesis is part of the
    // label: "Application deadline (midnight Geneva time):". Anchored (\G): Matches() tries it only
    // where a capitalised word starts, which keeps it fast on long notices.
    [GeneratedRegex("""
        \G(?:
          (?<Title>(?:position|post|job)\s+(?:title\s+)?and\s+grade|name\s+of\s+the\s+(?:post|position)|(?:position|job|post|posting|vacancy|functional|function|job\s+code)\s+title|title\s+of\s+(?:the\s+)?(?:post|function|position)
            |(?:titre|intitul[ée])\s+du\s+poste|intitul[ée]\s+(?:de\s+(?:la\s+)?)?publication|t[íi]tulo\s+del\s+puesto|denominaci[óo]n\s+del\s+puesto
            |(?:title|titre|t[íi]tulo|post|poste|puesto|position)(?=[ \t]*(?:\(|:|\||\r?\n)))
        | (?<Unit>organi[sz]ation(?:al)?\s+unit|(?:department|division|section|unit)\s*/\s*(?:office|unit|section|division|department)|d[ée]partement\s*/\s*bureau|departamento\s*/\s*oficina|department|d[ée]partement|departamento|division|section|sector|office|unit(?!ed))
        | (?<Organisation>organi[sz]ation(?!al)|hiring\s+(?:organi[sz]ation|office|entity)|agency|entity|institution|organizaci[óo]n|organisme|organismo|issued\s+by|employer|employeur|empleador)
        | (?<Grade>salary\s+grade|contract\s+level|grade\s*/\s*level|grade(?:\s+level)?|level|category\s+and\s+level|classe|niveau|grado|nivel|categor[íi]a)
        | (?<DutyStation>duty\s+stations?|place\s+of\s+assignment|work\s+location|job\s+locations?|(?:primary\s+)?locations?|city
            |lieu\s+d['’]affectation|lieu\s+d[ue]\s+travail|localisation\s+du\s+poste|lugar\s+de\s+destino|ubicaci[óo]n|lugar\s+de\s+trabajo
            |place\s+(?:and\s+date\s+)?of\s+(?:employment|work)|lieu\s+d['’]emploi|(?:lieu|lugar)(?=[ \t]*(?::|\||\r?\n)))
        | (?<Country>country\s+of\s+(?:contract|assignment)|country|pays|pa[íi]s)
        | (?<VacancyNumber>vacancy\s+(?:notice\s+|announcement\s+)?(?:no\.?|number|n°|ref(?:erence)?\.?|id|code)|job\s+opening\s+(?:no\.?|number|id)|(?:job\s+)?requisition\s+(?:no\.?|number|id)|reference\s+(?:no\.?|number|code)|r[ée]f[ée]rence\s+de\s+l['’]avis(?:\s+de\s+vacance(?:\s+de\s+poste)?)?|r[ée]f[ée]rence(?=[ \t]*(?::|\||\r?\n))|ref\.(?=[ \t]*:)|referencia(?=[ \t]*(?::|\||\r?\n))
            |(?:num[ée]ro\s+de\s+l['’](?:avis\s+de\s+vacance|appel\s+[àáa]\s+candidatures?|offre)|n(?:°|o\.?)\s+de\s+l['’](?:offre|avis|appel\s+[àáa]\s+candidatures?)|avis\s+de\s+vacance\s+(?:n°|no\.?|num[ée]ro))|n[úu]mero\s+de\s+referencia|(?:n[úu]mero\s+de\s+(?:la\s+)?vacante|vacante\s+(?:n°|no\.?|n[úu]mero)))
        | (?<JobId>job\s+(?:identification|id|no\.?|number|code(?!\s+title))|job\s*\#)
        | (?<PositionNumber>(?:position|post)\s+(?:no\.?|number))
        | (?<AppointmentType>type\s+of\s+(?:appointment|contract|vacancy)|appointment\s+type|contract\s+type|vacancy\s+type|contractual\s+arrangement
            |type\s+(?:de\s+contrat|d['’]engagement|de\s+nomination)|tipo\s+de\s+(?:contrato|nombramiento))
        | (?<Duration>(?:contract\s+|expected\s+)?duration(?:\s+of\s+(?:contract|appointment|assignment))?
            |dur[ée]e(?:\s+du\s+contrat|\s+de\s+l['’]engagement)?|duraci[óo]n(?:\s+del\s+(?:contrato|nombramiento))?)
        | (?<PostingPeriod>posting\s+period|application\s+period|p[ée]riode\s+(?:d['’]affichage|de\s+publication|de\s+candidature)|per[íi]odo\s+de\s+(?:publicaci[óo]n|postulaci[óo]n))
        | (?<PostedOn>posting\s+date|publication\s+date|date\s+of\s+(?:issuance|issue|publication|posting)|issue\s+date|date\s+posted|posted\s+on|job\s+posting(?!\s+end)|posted(?=[ \t]+\d|[ \t]*:)|advertised(?=[ \t]*:)|online\s+since|published\s+on|date\s+published|published(?=[ \t]*:)|publicado\s+el|publi[ée]\s+le|publicado(?=[ \t]*:)
            |date\s+de\s+(?:d[ée]but\s+de\s+(?:la\s+)?)?publication|fecha\s+de\s+(?:inicio\s+de\s+(?:la\s+)?)?publicaci[óo]n)
        | (?<Deadline>publication\s+end(?:\s+date|\s+on\s+(?:the\s+)?(?:external\s+)?website)?(?=[ \t]*:)|closing\s+date(?:\s+(?:for|of)\s+(?:the\s+)?applications?)?|closing\s+soon(?=[ \t]*:)|(?<=(?:^|\n)[ \t•*-]*)closing(?=[ \t]*:)|(?:job\s+)?posting\s+end\s+date|closes?\s+on(?=[ \t]+\d)|(?<!(?:contract|appointment|passport|visa)\s)expir(?:ation|y)\s+date|deadline\s+for\s+(?:sending|submitting|(?:the\s+)?submission\s+of)\s+(?:the\s+)?applications?|final\s+date\s+(?:to\s+receive|for(?:\s+(?:the\s+)?receipt\s+of)?)\s+applications?|closure\s+date|(?:cierre|cl[ôo]ture)(?=[ \t]*:)|deadline\s+for\s+applications?|application\s+deadline|deadline|apply\s+(?:by|before)
            |date\s+(?:limite|de\s+cl[ôo]ture)(?:\s+(?:de|des|du)\s+(?:(?:d[ée]p[ôo]t|r[ée]ception|soumission)\s+(?:des|de|du)\s+)?(?:candidatures?|dossiers?))?
            |fecha\s+(?:l[íi]mite|de\s+cierre)(?:\s+(?:de|para)\s+(?:la\s+)?(?:presentaci[óo]n\s+de\s+)?(?:las\s+)?(?:solicitudes|candidaturas|postulaci[óo]n(?:es)?))?
            |plazo\s+(?:de|para)\s+(?:la\s+)?(?:presentaci[óo]n|inscripci[óo]n)(?:\s+de\s+(?:las\s+)?(?:solicitudes|candidaturas))?(?=[ \t]*:))
        | (?<Salary>(?:(?:minimum|maximum|total|estimated|indicative|net|gross|annual|monthly|base|basic|starting)\s+){0,4}(?:salary|remuneration|pay)(?!\s+(?:grade|scale|level))
            |(?:salaire|r[ée]mun[ée]ration|traitement)(?:\s+(?:annuel|mensuel|net|de\s+base)){0,3}|(?:sueldo|salario|remuneraci[óo]n)(?:\s+(?:anual|mensual|neto|base|b[áa]sico)){0,3})
        | (?<Other>occupational\s+groups?|job\s+family|recruitment\s+open\s+to|special\s+notice|staff\s+category
            |reports?\s+to|reporting\s+to|under\s+the\s+authority\s+of|line\s+manager|rend\s+compte\s+[àa]|sous\s+l['’]autorit[ée]\s+d[eu]|supervisor\s+directo)
        )
        (?:[ \t]*\([^)\n]{1,60}\)|[ \t]+in[ \t]+\d{1,3}[ \t]+(?:days?|hours?|weeks?))?
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:not\s+applicable|non\s+applicable|no\s+aplica|n/a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoValue();

    // A data record's fields or a page's front matter, as a job board's export or a site's source
    // stores a notice: lower-case keys at the start of two or more lines in a row ("title: …",
    // "source: International Maritime Organization", "closing: 2026-10-16T00:00:00+00:00"), where
    // a key is a label as a capitalised one would be. Where no label names it, a record's
    // "source" is its publisher, "created" or "date" its posting date.
    // Only a run that holds a key naming the post ("title:", "job_title:", "position:") or that
    // starts the notice is a posting's record: further down, lower-case keys are a table's, a
    // schedule's or a form's ("payment: 20 %" / "deadline: 15 May 2026" under a consultancy's
    // deliverable). Only a run with such a key gives the record's source and date ("population: …"
    // / "source: UNHCR data portal" is no record of the post).
    private static (HashSet<int> Keys, HashSet<int> Titled) RecordKeys(NoticeText notice)
    {
        var keys = new HashSet<int>();
        var titled = new HashSet<int>();
        var run = new List<NoticeLine>();
        foreach (var line in notice.Lines.Append(null))
        {
            if (line is not null && RecordKeyLine().IsMatch(line.Content))
            {
                run.Add(line);
                continue;
            }

            var named = run.Any(l => TitleKey().IsMatch(l.Content));
            if (run.Count >= 2 && (named || notice.Lines.Take(run[0].Index).All(l => l.IsBlank || l.Content.Trim() == "---")))
            {
                keys.UnionWith(run.Select(l => l.Start));
                if (named)
                {
                    titled.UnionWith(run.Select(l => l.Start));
                }
            }

            run.Clear();
        }

        return (keys, titled);
    }

    [GeneratedRegex(@"^(?:title|job[ _]?title|position(?:[ _]title)?|post(?:[ _]title)?|role)[ \t]*:")]
    private static partial Regex TitleKey();

    // A record's "source" or "date" gives way to the notice's own label for the same fact
    // ("Posting date: 12 February 2026" under a repost's "date: 2026-03-02"; not "published: true"),
    // and a job board
    // named as the source is no publisher.
    private static bool GivesWay(Labelled key, IReadOnlyList<Labelled> labels) =>
        labels.Any(l => l != key && l.Field == key.Field && !l.FromRecord && (key.Field != HeaderField.PostedOn || l.Value.Any(char.IsDigit))) || (key.Field == HeaderField.Organisation && JobBoard().IsMatch(key.Value));

    // A board by its name, or by a name that ends as boards' names do ("UN Job List", "ICVA Jobs", "UN Talent").
    [GeneratedRegex(@"^(?:ReliefWeb|UN\s*Careers|UNjobs|Impactpool|Devex|LinkedIn|Indeed|Idealist|DevNetJobs|UNjobnet|Inspira)\b|\b(?:jobs?|job\s+(?:list|board|portal|alerts?)|talents?|careers?|portal|vacancies|rss|feed|listings?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex JobBoard();

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}_ ]{1,30}:(?:[ \t]|$)")]
    private static partial Regex RecordKeyLine();

    [GeneratedRegex(@"\G(?<Record>(?<Organisation>source)|(?<PostedOn>created|date))(?=[ \t]*:)")]
    private static partial Regex RecordLabel();
}
