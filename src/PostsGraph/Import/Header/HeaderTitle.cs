using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// The post's title: a "Position title:" label, else the first heading-like line near the top that
// names a job ("Head, Security Unit", "Security Coordination Officer (P-3)"), else the sentence
// that introduces the post ("The Protection Coordination Officer supports ..."). A grade written
// after the title is not part of it.
public static partial class HeaderTitle
{
    private const int TopLines = 25;

    public static ValueFact? Extract(NoticeText notice, IReadOnlyList<Labelled> labels, ReferenceFiles reference, IReadOnlyList<string> publisher)
    {
        // A place the notice's duty-station labels give leaves a heading too, known to the reference or not.
        var places = labels.Where(l => l.Field == HeaderField.DutyStation).Select(l => l.Value).ToList();
        // A list's dash before a value is not part of it ("Post (business title): - Head of … Sector").
        // Nor are the quotes a page's front matter puts around a value ("title: 'Consultant: …'"),
        // or a job number of five digits or more before it ("23257 Chief Migration Health Officer";
        // not a year, "2018 YPP Exam", or a resolution, "1325 National Action Plan Coordinator").
        string Clean(string title) => WithoutGrade(LeadingNumber().Replace(Unquoted(title.TrimStart('-', '–', '—', '•', ' ')), ""), reference, places, publisher);

        // A title has letters ("No. of Post: 1" has none) and is no count of posts ("Titre du Poste :
        // 13 postes"). A bulleted label alone on its line whose next line names no job ("• Position"
        // over "Please refer to … in your application") is an item of a board's menu, not the title.
        // A bare "Titre:" or "Título:" far down is a degree's or a document's, not the post's.
        // Nor is it only a label's words, as a table's header row flattened into one line gives
        // ("Title of post Function group and grade", "Post Title: Post").
        // A record's or front matter's lower-case "title:" key names the page as often as the post
        // ("title: Careers"): only a value that names a job, or a posting record's (one with a
        // "source:") that is no page's name ("Careers at UNICEF", "Vacancy Announcement No. 14",
        // "Call for Applications - Roster"), rated MEDIUM.
        if (labels.FirstOrDefault(l => l.Field == HeaderField.Title && l.Value.Any(char.IsLetter) && !CountOfPosts().IsMatch(l.Value) && !OnlyLabelWords(l.Value)
            && (!char.IsLower(notice.Text[l.Start]) || NamesAJob(l.Value) || (labels.Any(r => r.FromRecord && r.Field == HeaderField.Organisation) && !PageName().IsMatch(l.Value)))
            && (notice.LineAt(l.Start).Index < 40 || !BareTitleLabel().IsMatch(notice.Text.AsSpan(l.Start)))
            && (NamesAJob(l.Value) || !notice.Text.AsSpan(l.Start, l.ValueStart - l.Start).Contains('\n') || !MenuItem().IsMatch(notice.LineAt(l.Start).Content))) is { } label)
        {
            // Under a bilingual label ("Post title / Titre du poste:") the title is given in both
            // languages ("Security Officer / Fonctionnaire chargé de la sécurité"): the first is kept.
            var title = BilingualTitleLabel().IsMatch(notice.Text[notice.LineAt(label.Start).Start..label.Start])
                && label.Value.Split(" / ") is [var first, _] ? first : label.Value;
            // A label whose value is only a note ("Post (business title): (a reserve list to be
            // created)") gives no title; the headings may.
            if (Clean(title) is { Length: > 0 } cleaned)
            {
                return notice.ValueAt(cleaned, label.Start, label.ValueEnd).Because(char.IsLower(notice.Text[label.Start]) ? Confidence.Medium : Confidence.High, notice.LabelReason(label));
            }
        }

        var lines = notice.Lines.Where(l => !l.IsBlank).Take(TopLines).ToList();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            if (IsHeading(line, labels, reference))
            {
                // A heading a hard line wrap carries on: it ends with a little word or an English
                // gerund and its next line starts with a little word ("Consultant to work on
                // guidelines for NGOs on engaging" / "with security service providers"); not a
                // board's line under a title ("publié il y a 3 jours", "hace 2 días", "h/f - CDD").
                if (index + 1 < lines.Count && UnfinishedEnd().IsMatch(line.Content.TrimEnd()) && lines[index + 1] is { } next && next.Index == line.Index + 1
                    && Continuation().IsMatch(next.Content) && !labels.AnyStartsOn(next)
                    && line.Content.Length + next.Content.Length <= 160)
                {
                    return notice.ValueAt(Clean($"{line.Content.Trim('#', '*', '_', ' ')} {next.Content.Trim()}"), line.Start, next.End)
                        .Because(Confidence.Medium, "no title label; the first heading-like line near the top that names a job, carried on to the next line");
                }

                return notice.ValueAt(Clean(line.Content.Trim('#', '*', '_', ' ')), line.Start, line.End)
                    .Because(Confidence.Medium, "no title label; the first heading-like line near the top that names a job");
            }

            // A careers site's headline of three or more dash-separated parts that is no heading as
            // a whole ("EEAS vacancy – FGIII Contract Agent – Regional Security officer – EU
            // Delegation to Djibouti"): the first part that names a job and holds no grade.
            if (index < 5 && HeadlinePart(line, labels, reference) is { } part)
            {
                return notice.ValueAt(Clean(part), line.Start, line.End)
                    .Because(Confidence.Medium, "no title label; the part of a dash-separated headline that names a job");
            }

            // A headline counting the posts: "2 Positions of Security Operations Centre (SOC)
            // Assistant at …", "1 puesto de asistente del jefe de seguridad".
            if (PostCount().Match(line.Content) is { Success: true } counted && (NamesAJob(counted.Groups["title"].Value) || PluralJob().IsMatch(counted.Groups["title"].Value))
                && !labels.AnyStartsOn(line))
            {
                return notice.ValueAt(Clean(counted.Groups["title"].Value), line.Start, line.End)
                    .Because(Confidence.Medium, "no title label; a headline that counts the posts (\"2 Positions of …\")");
            }

            // A job board's header run into one line: "Security Specialist, Mexico Job #: req34212 Organization: …".
            if (labels.Where(l => l.Start > line.Start && l.Start < line.End).Select(l => l.Start).DefaultIfEmpty(-1).Min() is var first and > 0
                && notice.Text[line.Start..first].Trim() is { Length: > 0 } before
                && !before.Contains(':')
                && !labels.Any(l => l.Start >= line.Start && l.Start < first)
                && HeadingText(before, reference) && !EndsWithAPreposition().IsMatch(before))
            {
                return notice.ValueAt(Clean(before), line.Start, first)
                    .Because(Confidence.Medium, "no title label; the words before the first label of a heading line, which name a job");
            }
        }

        // The sentence that introduces the post, the first of its forms in the notice; the newer
        // forms only in its opening, where a notice speaks of its own post.
        var opening = notice.Text[..Math.Min(notice.Text.Length, HeaderProse.Opening)];
        // Last, the forms that name the post by its reporting line or by what is said of it.
        var m = new[] { Introduction().Match(notice.Text), PostOf().Match(opening), Recruiting().Match(opening), Delegated().Match(opening), ReserveListFor().Match(opening), DescriptionLine().Match(opening) }
            .Where(x => x.Success && NamesAJob(x.Groups["title"].Value))
            .MinBy(x => x.Index)
            ?? new[] { Supervised().Match(opening), SupervisedBare().Match(opening), PurposeOf().Match(opening), Appositive().Match(opening) }
            .Where(x => x.Success && NamesAJob(x.Groups["title"].Value))
            .MinBy(x => x.Index);
        if (m is null)
        {
            return null;
        }

        var paren = m.Groups["paren"];
        var keepParen = paren.Success && paren.Value.Any(char.IsLower);
        var value = keepParen ? $"{m.Groups["title"].Value} ({paren.Value})" : m.Groups["title"].Value;
        return notice.ValueAt(value, m.Index, m.Index + m.Length)
            .Because(Confidence.Low, "no title label or heading; the sentence that introduces the post (\"The … Officer is …\")");
    }

    private static string? HeadlinePart(NoticeLine line, IReadOnlyList<Labelled> labels, ReferenceFiles reference) =>
        line.Content.Length <= 200 && !labels.AnyStartsOn(line)
        && HeadlineParts().Split(line.Content.Trim()) is { Length: >= 3 } parts
            ? parts.Select(p => p.Trim()).FirstOrDefault(p => HeadingText(p, reference) && HeaderGrades.FindKnown(p, reference.Grades) is null && !StaffCategory().IsMatch(p))
            : null;

    [GeneratedRegex(@"^[•·▪*-]\s*\p{L}")]
    private static partial Regex MenuItem();

    [GeneratedRegex(@"^(?:titre|t[íi]tulo)[ \t]*:", RegexOptions.IgnoreCase)]
    private static partial Regex BareTitleLabel();

    [GeneratedRegex(@"^\s*\d{1,2}\s+(?:positions?|posts?|vacancies|puestos?|plazas?|postes?)\s+(?:of|for|de|d['’])\s*(?<title>\S.{2,160})$", RegexOptions.IgnoreCase)]
    private static partial Regex PostCount();

    // "Head of Unit:": words before a label that end with a preposition are the label's own.
    [GeneratedRegex(@"\b(?:of|for|to|in|de|du|des|del|pour)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithAPreposition();

    // The separator of a careers site's headline parts (HeaderGrade reads the same headlines).
    [GeneratedRegex(@"\s+[-–—]\s+")]
    internal static partial Regex HeadlineParts();

    // A line that goes on in lowercase, as a wrapped heading's second line does.
    [GeneratedRegex(@"^[ \t]*(?:with|and|for|of|in|on|to|at|the|de|du|des|et|en|pour|del|y|la|le|les)[ \t]+(?![^\n]*(?:\d|www\.|://|\bago\b|il\s+y\s+a|\bhace\b|publi|posted|h/f))[^:\n]{1,80}$")]
    private static partial Regex Continuation();

    // A line that stops before its end: a little word, or a gerund in lowercase ("… on engaging").
    [GeneratedRegex(@"(?:\b(?:of|for|on|to|in|and|with|de|du|des|et|en|pour|del|y)|\b\p{Ll}+ing)$")]
    private static partial Regex UnfinishedEnd();

    // A page's name rather than a post's, by its first words: "Careers at UNICEF", "Vacancy
    // Announcement No. 14" (not "Vacancy – Registered Nurse", "Interpreter – Roster").
    [GeneratedRegex(@"^\s*(?:careers?|jobs?|vacancies|vacancy\s+(?:announcement|notice)|(?:job\s+)?opportunit(?:y|ies)|call\s+for|recruitment|hiring|openings?|offres?\s+d['’]emploi|avis\s+de|convocatoria|empleos?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageName();

    // Only the words labels are made of: "Function group and grade", "Post".
    private static bool OnlyLabelWords(string value) =>
        value.Split([' ', '\t', '/', '-'], StringSplitOptions.RemoveEmptyEntries).All(w => LabelWords.Contains(w.TrimEnd(':', '.').ToLowerInvariant()));

    private static readonly HashSet<string> LabelWords =
        ["function", "group", "grade", "level", "category", "and", "of", "the", "post", "position", "title", "job", "type", "contract", "department", "place", "work", "deadline", "date", "duty", "station", "location", "reference", "number", "poste", "titre", "puesto", "grado", "classe"];

    // A staff category, not a job: "Contract Agent", "HQ Temporary Agent", "Seconded National Expert";
    // with only a reference after it ("Contract Agent EUSPA/2026/CA/001"), no heading.
    [GeneratedRegex(@"^(?:\w+\s+)?(?:contract|temporary|local)\s+agents?\b|^seconded\s+national\s+experts?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StaffCategory();

    // A line that holds a label, or is the value of one alone on its line ("Under the authority
    // of:" over "Country Security Coordinator"), is no heading.
    // A headline that opens with who recruits ("L’Union Européenne (UE) recrute un(e) …", "Avis de
    // recrutement d’un coordinateur …") is judged by what follows it.
    // A careers site's long headline whose title ends at a grade between commas counts by that
    // title ("Programme Specialist (PSEA), NO3, Pemba, Mozambique #132726 (Temporary Appointment, 364 days)").
    private static bool IsHeading(NoticeLine line, IReadOnlyList<Labelled> labels, ReferenceFiles reference) =>
        (HeadingText(line.Content, reference) || (LeadingVacancy().Replace(line.Content, "") is { Length: > 1 } rest && rest.Length < line.Content.Length
            && HeadingText(char.ToUpperInvariant(rest[0]) + rest[1..], reference))
            || (line.Content.Length <= 200 && CommaPart().Matches(line.Content).FirstOrDefault(c => IsCommaGrade(c.Groups["part"].Value, reference)) is { } grade
                && HeadingText(line.Content[..grade.Index], reference)))
        && !labels.Any(l => (l.Start >= line.Start && l.Start < line.End) || (l.ValueStart >= line.Start && l.ValueStart < line.End));

    private static bool HeadingText(string text, ReferenceFiles reference) =>
        text.Length <= 90
        && !(StaffCategory().Match(text.Trim()) is { Success: true } category && !JobNoun().IsMatch(text.Trim()[category.Length..]) && text.Trim()[category.Length..].Any(char.IsDigit))
        && char.IsUpper(text.TrimStart('#', '*', '_', ' ').FirstOrDefault())
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12
        && text[^1] is not ('.' or ',' or ':' or ';')
        && (JobNoun().IsMatch(text) || (PluralJob().IsMatch(text) && text.Trim().Split(' ').Length >= 2 && !StaffCategory().IsMatch(text.Trim())))
        && !Introduction().IsMatch(text)
        && !reference.Organisations.Any(o => string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase));

    // Without what notices and boards print around a title: before it, a vacancy label ("Anuncio de
    // vacante VN 26/033: ", "EEAS Vacancy: ", "Job Description for ", "Publication of a vacancy
    // for a "), a publisher, once or twice ("EUROPOL – ", "NATO: NATO: ") and "Full-time"; after
    // it, in any order, a grade or grade note ("(P-3)", ", FS5", " - Level ICS-7", "(function group
    // AD, grade 14)"), a job number ("- (2605731)", "-3388"), a publisher ("…, OSCE", its full
    // name, " – … Agency (GSA)"), a place the reference or the duty-station label gives, an office
    // glued on by a hyphen, a word for the post (" function"), a board's suffix or a note in brackets.
    private static string WithoutGrade(string title, ReferenceFiles reference, IReadOnlyList<string> places, IReadOnlyList<string> publisher)
    {
        // A job board's headline ("Security Manager - Kismayo, Somalia | UNOPS Jobs | …") and a
        // value that runs into the next column ("Physical Security Specialist   Reference: …").
        title = ColumnGap().Split(title)[0];
        title = Naming(BoardParts().Split(title), first: true);
        // A breadcrumb trail ends with the post: "Jobs at EUMETSAT > Current vacancies > Security Officer".
        title = Naming(Breadcrumbs().Split(title), first: false);

        title = LeadingDescription().Replace(LeadingVacancy().Replace(title, ""), "");
        // A board may print the publisher twice: "NATO: NATO: Operator, Technical Security".
        for (var before = ""; before != title;)
        {
            before = title;
            title = LeadingOrganisation(title, reference, publisher);
        }

        title = LeadingCountry(title, reference);
        // A board's "Back" link run into the heading.
        title = BackLink().Replace(title, "");
        title = LeadingEmployment().Replace(title, "");
        title = FollowingOrganisation(title, reference);
        // What follows a title comes in any order and may repeat ("…, P3 (Temporary Job
        // Opening), P3 (Temporary Job Opening)", "… - multiple positions, G4", "… - Level ICS-7 - Gaza").
        for (var before = ""; before != title;)
        {
            before = title;
            title = TrailingNumber().Replace(title, "");
            title = TrailingAcronym(title, reference);
            title = BoardSuffix().Replace(title, "");
            title = GradeNote().Replace(title, "");
            title = FollowingPublisher(title);
            title = AtPublisher(title, reference, publisher);
            title = TrailingBareGrade(title, reference);
            title = TrailingCode().Match(title) is { Success: true } code && EndsWithAJob(title[..code.Index]) ? title[..code.Index] : title;
            title = JobWord().Match(title) is { Success: true } word && EndsWithAJob(title[..word.Index]) ? title[..word.Index] : title;
            title = FromGradePart(title, reference);
            title = TrailingPlace(title, reference, places);
            title = TrailingBarePlace(title, reference);
            // "Programme Manager, Slovenia (Europe and Asia)": a country and its region after a comma.
            title = CountryAndRegion().Match(title) is { Success: true } region && EndsWithAJob(title[..region.Index])
                && IsCountry(region.Groups["country"].Value.Trim(), reference)
                ? title[..region.Index] : title;
            title = BracketedCity().Match(title) is { Success: true } inBrackets && KnownCity(inBrackets.Groups["city"].Value.Trim(), reference) ? title[..inBrackets.Index].TrimEnd() : title;
            title = GluedSuffix(title, reference, places);
            var m = TrailingGrade().Match(title);
            title = m.Success && (IsGrade(m.Groups["grade"].Value, reference) || (m.Value.TrimStart().StartsWith('(') && (reference.Grades.Any(g => g.Code == m.Groups["grade"].Value)
                    || HeaderGrades.FindKnown(m.Value.Trim(), reference.Grades) is { Start: 1 } bracketed && bracketed.End == m.Value.Trim().Length - 1)))
                ? title[..m.Index].Trim() : title.Trim();
        }

        return title;
    }

    // "IT Security Officer - Security Expert - HQ Contract Agent FGIV - EEAS Headquarters": a
    // careers site's label value that runs on into the grade, the staff category and the place;
    // from the first dash-separated part after the title's own that holds a grade or names a
    // staff category, the rest is not the title.
    private static string FromGradePart(string title, ReferenceFiles reference)
    {
        // "Senior Investigator, P4, JFO": a part between commas that is only a grade ends the title
        // where a board's codes, a place or the appointment follow it ("…, NO3, Pemba, Mozambique
        // #132726", "…, NO-2, Dire Dawa, Ethiopia", "…, NO-B, Temporary Appointment, 364 days");
        // before the post's field of work, words that are no known place ("Associate Expert, P2,
        // Education in Emergencies"), only the grade leaves.
        foreach (Match comma in CommaPart().Matches(title))
        {
            if (IsCommaGrade(comma.Groups["part"].Value, reference) && EndsWithAJob(TrailingBracket().Replace(title[..comma.Index], "")))
            {
                var rest = title[(comma.Index + comma.Length)..];
                var parts = rest.TrimStart(',', ' ').Split(',').Select(p => p.Trim()).ToList();
                var next = parts[0];
                var field = Words().IsMatch(next) && next.Contains(' ') && !char.IsDigit(next[0]) && next[0] != '#'
                    && !KnownCity(next, reference) && !IsCountry(next, reference) && !AppointmentWords().IsMatch(next)
                    && !parts.Skip(1).Any(p => IsCountry(p, reference));
                return field ? title[..comma.Index] + rest : title[..comma.Index];
            }
        }

        foreach (Match separator in HeadlineParts().Matches(title))
        {
            var part = HeadlineParts().Split(title[(separator.Index + separator.Length)..])[0].Trim();
            // A grade in brackets closes a part of the title ("– Physical Security within the Security Unit (FGII)").
            var grade = HeaderGrades.FindKnown(part, reference.Grades);
            if (((grade is not null && (grade.Start == 0 || part[grade.Start - 1] != '(')) || StaffCategory().IsMatch(part)) && EndsWithAJob(title[..separator.Index]))
            {
                return title[..separator.Index];
            }
        }

        return title;
    }

    // "Full-time Local Security Officer …": the working time a board puts before the title.
    [GeneratedRegex(@"^\s*(?:full|part)[- ]time\s+(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingEmployment();

    // "EUROPOL – Security Guard – Physical Security …": a job board's publisher before the title.
    private static string LeadingOrganisation(string title, ReferenceFiles reference, IReadOnlyList<string> publisher)
    {
        var m = OrganisationFirst().Match(title);
        var named = m.Success ? m.Groups["organisation"].Value.Trim() : null;
        return named is not null && JobNoun().IsMatch(title[(m.Index + m.Length)..]) && NamesAnOrganisation(named, reference, publisher)
            ? title[(m.Index + m.Length)..]
            : title;
    }

    // An organisation of the reference by its acronym, name or other names, or the publisher the
    // notice names (its key or proposed name), ignoring case.
    private static bool NamesAnOrganisation(string named, ReferenceFiles reference, IReadOnlyList<string> publisher) =>
        publisher.Contains(named, StringComparer.OrdinalIgnoreCase)
        || reference.Organisations.Any(o => string.Equals(o.Acronym, named, StringComparison.OrdinalIgnoreCase)
            || string.Equals(o.Name, named, StringComparison.OrdinalIgnoreCase)
            || (o.OtherNames ?? []).Any(n => string.Equals(n, named, StringComparison.OrdinalIgnoreCase)));

    // The whole text is one grade of the reference ("FS3", "P-3").
    // In brackets, a code of any system of the reference exactly as it is listed is one too
    // ("Chief, Situation Room (S)": OSCE's seconded S), but not one after a unit ("Head of Unit C3").
    // A part between commas after a title is read as a grade label's value would be: UNICEF's "NO3"
    // there is NO-C.
    private static bool IsCommaGrade(string part, ReferenceFiles reference) =>
        IsGrade(part, reference) || (HeaderGrades.FromLabelValue(part.Trim(), reference.Grades) is { Note: null, Start: 0 } grade && grade.End == part.Trim().Length);

    private static bool IsGrade(string text, ReferenceFiles reference) =>
        HeaderGrades.FindKnown(text, reference.Grades) is { } grade && grade.Start == 0 && grade.End == text.Length;

    // "Somalia: Short Term Consultancy, …", "UKRAINE - HEAD OF SECURITY": a board's country before the title.
    private static string LeadingCountry(string title, ReferenceFiles reference) =>
        CountryFirst().Match(title) is { Success: true } m && JobNoun().IsMatch(title[(m.Index + m.Length)..])
        && IsCountry(m.Groups["country"].Value, reference)
            ? title[(m.Index + m.Length)..]
            : title;

    [GeneratedRegex(@"^\s*\d{1,3}\s+(?:posts?|positions?|vacancies|postes?|puestos?|plazas?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfPosts();

    [GeneratedRegex(@"^(?:Back|Retour|Volver)\s+(?!(?:Office|End|Up|Stop)\b)(?=\p{Lu}\p{Ll})")]
    private static partial Regex BackLink();

    [GeneratedRegex(@"^(?<country>\p{Lu}[\p{L}' .-]{2,40}?)(?:[ \t]*:|[ \t]+[-–])\s+")]
    private static partial Regex CountryFirst();

    // "Head, Security Management, OSCE": a known organisation's acronym after the title.
    private static string TrailingAcronym(string title, ReferenceFiles reference) =>
        title.LastIndexOf(',') is var comma and > 0 && title[(comma + 1)..].Trim() is { Length: > 1 } last
        && reference.Organisations.Any(o => o.Acronym == last || (o.OtherNames ?? []).Contains(last))
            ? title[..comma].TrimEnd()
            : title;

    [GeneratedRegex(@"^(?<organisation>[^-–—|:]{2,80}?)(?:\s+[-–—|:]|:)\s+")]
    private static partial Regex OrganisationFirst();

    // "Security Officer International Residual Mechanism for Criminal Tribunals Arusha, Tanzania":
    // a board's headline running the publisher's full name on after the title.
    private static string FollowingOrganisation(string title, ReferenceFiles reference)
    {
        var at = reference.Organisations.SelectMany(o => new[] { o.Name }.Concat((o.OtherNames ?? []).Where(n => n.Contains(' '))))
            .OfType<string>()
            .Select(name => title.IndexOf(" " + name, StringComparison.OrdinalIgnoreCase))
            .Where(i => i > 0)
            .DefaultIfEmpty(-1)
            .Min();
        var before = at > 0 ? TrailingAt().Replace(title[..at], "").TrimEnd(' ', ',', '-', '–') : "";
        return at > 0 && EndsWithAJob(before) ? before : title;
    }

    // "Security Coordinator FS3 at United Nations / IRMCT", "Regional Security Specialist at Plan
    // International": a board's " at <publisher>" after a title, each part of it an organisation the
    // reference knows or a name that reads as an organisation's, with the grade a board glues before it.
    private static string AtPublisher(string title, ReferenceFiles reference, IReadOnlyList<string> publisher)
    {
        if (AtEmployer().Match(title) is not { Success: true } m
            || !m.Groups["employer"].Value.Split('/', StringSplitOptions.TrimEntries).All(part => part.Length > 1 && (NamesAnOrganisation(part, reference, publisher)
                || HeaderOrganisation.OrganisationWord().IsMatch(part) || part.EndsWith(" International", StringComparison.Ordinal) || part == "United Nations")))
        {
            return title;
        }

        var before = title[..m.Index].TrimEnd();
        if (LastWord().Match(before) is { Success: true } word && IsGrade(word.Value.Trim(), reference))
        {
            before = before[..word.Index];
        }

        return EndsWithAJob(before) ? before : title;
    }

    // "Information Security Officer (Confidentiality) P-3": a grade after the title with only a space before it.
    private static string TrailingBareGrade(string title, ReferenceFiles reference) =>
        LastWord().Match(title) is { Success: true } word && word.Index > 0 && title[..word.Index].Contains(' ')
        && (char.IsLetter(title[word.Index - 1]) || title[word.Index - 1] == ')')
        && IsGrade(word.Value.Trim(), reference)
            ? title[..word.Index].TrimEnd()
            : title;

    [GeneratedRegex(@"\s+at\s+(?:the\s+)?(?<employer>\p{Lu}[\p{L}\p{N}’'&/ .-]{1,80})$")]
    private static partial Regex AtEmployer();

    [GeneratedRegex(@"\s+\S+$")]
    private static partial Regex LastWord();

    // "Zonal Safety and Security Officer-National Office": a hyphen without spaces joining a job's
    // noun to an office or a place ends the title at the noun; a field stays ("Security
    // Specialist-Crisis Management").
    private static string GluedSuffix(string title, ReferenceFiles reference, IReadOnlyList<string> places) =>
        GluedPart().Match(title) is { Success: true } m && EndsWithAJob(title[..m.Index])
        && (OfficeWords().IsMatch(m.Value) || KnownCity(m.Value[1..].Trim(), reference) || Labelled(m.Value[1..].Trim(), places)) ? title[..m.Index] : title;

    [GeneratedRegex(@"\b(?:Office|Sub-Office|Headquarters|HQ)$")]
    private static partial Regex OfficeWords();

    [GeneratedRegex(@"-\p{Lu}[\p{L}' ]{1,40}$")]
    private static partial Regex GluedPart();

    // "… Assistant at" before a publisher's name.
    [GeneratedRegex(@"\s+(?:at|with)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAt();

    // A grade note after the title, with the appointment type a careers site puts before it:
    // " (Temporary Appointment) - Level ICS-7", ", Grade 5"; the term after a grade: " - Short-term";
    // an EU notice's grade in brackets: " (Grade AD 14)", " (function group AD, grade 14)".
    [GeneratedRegex(@"(?:\s*\((?:temporary|fixed[- ]term|short[- ]term|continuing|permanent)[^()\n]{0,40}\))?\s*[-–,]\s*(?:Level|Grade|Niveau|Classe|Grado|Nivel)\s+[A-Z0-9][\w.-]{0,8}\s*$|\s*[-–,]\s*(?:short|long|fixed)[- ]term\s*$|\s*\((?:grade|grado|" + HeaderGrades.FunctionGroup + @")\b[^()\n]{1,40}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeNote();

    // " – European Global Navigation Satellite Systems Agency (GSA)": a publisher's name and acronym
    // after the title, known to the reference or not; a field with its acronym stays ("Senior
    // Adviser – Security Sector Reform (SSR)").
    private static string FollowingPublisher(string title) =>
        TrailingPublisher().Match(title) is { Success: true } m && !NamesAJob(m.Groups["name"].Value)
        && HeaderOrganisation.OrganisationWord().IsMatch(m.Groups["name"].Value) && EndsWithAJob(title[..m.Index]) ? title[..m.Index] : title;

    [GeneratedRegex(@"\s+[-–]\s+(?:the\s+)?(?<name>\p{Lu}[\w’'-]*(?:\s+(?:(?:of|for|and|on|the|in)\s+)*\p{Lu}[\w’'-]*){1,8})\s+\((?<acronym>\p{Lu}[\p{Lu}\w-]{1,11})\)\s*$")]
    private static partial Regex TrailingPublisher();

    // "Director function", "Security Officer post": a word for the post after its job's noun.
    [GeneratedRegex(@"\s+(?:function|post|position)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex JobWord();

    // The part that names a job: a job board's first such part, a breadcrumb trail's last; the
    // first part where none does.
    private static string Naming(string[] parts, bool first)
    {
        var naming = parts.Where(p => JobNoun().IsMatch(p));
        return (first ? naming.FirstOrDefault() : naming.LastOrDefault()) ?? parts[0];
    }

    // " - Kismayo, Somalia", ", Geneva": a place the reference knows after the title.
    private static string TrailingPlace(string title, ReferenceFiles reference, IReadOnlyList<string> places)
    {
        // ", The Hague – NL": a city of the reference and its country's code.
        if (PlaceWithCode().Match(title) is { Success: true } coded && KnownCity(coded.Groups["city"].Value.Trim(), reference)
            && reference.Countries.Any(c => c.Code == coded.Groups["code"].Value))
        {
            return title[..coded.Index].Trim();
        }

        if (HomeBased().Match(title) is { Success: true } home)
        {
            return title[..home.Index].Trim();
        }

        var m = PlaceAfter().Match(title);
        if (!m.Success)
        {
            // " in Brussels": only a city of the reference, with its country or not, after "in".
            return InPlace().Match(title) is { Success: true } inPlace && KnownCity(inPlace.Groups["place"].Value.Split(',')[0].Trim(), reference)
                ? title[..inPlace.Index].Trim()
                : title;
        }

        // A city of the reference, with its country or not; after a dash, any place ending with a
        // country (" - Kismayo, Somalia"); after a comma, only the country (", Chad"; "Chief,
        // Security and Safety Section, Guinea" keeps its unit).
        var parts = m.Groups["place"].Value.Split(',');
        var place = parts[0].Trim();
        var dash = m.Groups["sep"].Value.Trim() is "-" or "–";
        var country = parts[^1].Trim();
        // "- Goundam, Nord Mali": a country's part by its compass point is the country's.
        var endsWithCountry = country.Length > 2 && (IsCountry(country, reference) || IsCountry(CompassPart().Replace(country, ""), reference));
        // After a dash also countries offered in turn (" - Nigeria or Ethiopia", not a desk's "Sudan
        // and South Sudan") and a place that is
        // no city (" - Worldwide", " - Home-based").
        var countries = dash && parts.Length == 1 && AlternativePlaces().Split(place) is { Length: > 1 } alternatives
            && alternatives.All(a => IsCountry(a.Trim(), reference));
        return KnownCity(place, reference) || (dash && endsWithCountry) || countries || (dash && parts.Length == 1 && NoCity().IsMatch(place)) || Labelled(place, places)
            ? title[..m.Index].Trim()
            : endsWithCountry ? title[..title.LastIndexOf(',')].Trim() : title;
    }

    // A place a duty-station label gives as a whole word ("Bamyan" in "Primary Location: Afghanistan-Bamyan").
    private static bool Labelled(string place, IReadOnlyList<string> places) =>
        place.Length > 2 && place.Split(' ').Length <= 3 && char.IsUpper(place[0])
        && places.Any(value => Regex.IsMatch(value, $@"(?<!\p{{L}}){Regex.Escape(place)}(?!\p{{L}})", RegexOptions.IgnoreCase));

    [GeneratedRegex(@"(?:\s+[-–]\s+|,\s+)(?<city>[^-–,|]{2,40}?)\s+[-–]\s+(?<code>\p{Lu}{2})$")]
    private static partial Regex PlaceWithCode();

    private static bool KnownCity(string place, ReferenceFiles reference) => HeaderDutyStation.Known(place, reference) is not null;

    [GeneratedRegex(@"\s+in\s+(?<place>\p{Lu}[^,|\n]{1,40}(?:,\s*[^,|\n]{2,40})?)$")]
    private static partial Regex InPlace();

    [GeneratedRegex(@"(?<sep>\s*[-–]\s+|,\s+)(?<place>[^-–,|]{2,40}(?:,\s*[^-–,|]{2,40})?)$")]
    private static partial Regex PlaceAfter();

    // " - Home-based", " – home based": a place that is no city, its hyphen no dash.
    [GeneratedRegex(@"\s+[-–]\s+home[- ]based\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HomeBased();

    // What job boards add after a title: " job at UNDSS", " at ECOWAS", " at IRC Nigeria", " vacancy", a
    // reference in brackets ("(EASO/2019/CA/002)"), a note on a reserve list, a note in square
    // brackets ("[Open to external applicants]"), the deadline in brackets ("(Deadline 30 October
    // 2020)"); and what notices add about how many posts there are (" - multiple positions",
    // "(several posts)"), where the post sits (" at the EU Delegation to Niger", " – within the
    // Governance Department") and whom it is open to (" H/F", "(m/f/d)");
    // "(Number of Vacant Positions 2)"; the kind of opening a careers site puts after it ("(TJO)");
    // and whom it is open to ("(NIGERIAN NATIONALS ONLY)", "(Nationals only)").
    [GeneratedRegex(@"(?:\s+(?:job|jobs|vacancy|position)\s+(?:at|with)\s+[^()\n]{2,60}|\s*\[[^\]\n]{1,30}\s[^\]\n]{1,30}\]|\s+\d[\d,]*\s+views(?:\s*\d[\d,]*\s+applications?)?|\s+at\s+the\s+(?:EU\s+)?(?:Delegation|Embassy)\b[^()\n]{0,60}|(?-i:\s+at\s+(?:the\s+)?\p{Lu}[\p{Lu}-]{1,11}(?:\s+\p{Lu}\p{Ll}+){0,2})|\s+vacancy|\s*,?\s*\(?(?-i:[HFMWXD]/[HFMWXD](?:/[HFMWXD])?|[hfmwxd]/[hfmwxd](?:/[hfmwxd])?)\)?|\s+[-–]\s+(?:within|in|at)\s+(?:the\s+)?[^()\n]{0,80}|:?\s*" + HeaderSchedule.BracketedDeadline + @"|\s*(?:[-–,]\s*|\()(?:multiple|several|various|\d{1,2})\s+(?:positions?|posts?|vacanc(?:y|ies))\)?|\s*\((?:number|no\.?)\s+of\s+(?:vacant\s+)?(?:positions|posts|vacancies)\s*:?\s*\d{1,2}\)|\s*\((?:TJO|temporary\s+job\s+opening)\)|\s*\((?:open\s+to\s+)?(?:[\p{L}-]+\s+)?nationals?\s+only\)|\s*\((?=[^)]*\d)[A-Za-z0-9]+(?:[/_.-][A-Za-z0-9]+){2,}\)|\s*\((?:a\s+)?reserve\s+list[^()\n]{0,80}\)|\s*\(prospective\s+post\))$", RegexOptions.IgnoreCase)]
    private static partial Regex BoardSuffix();

    [GeneratedRegex(@"[ \t]{3,}|\t")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"\s+\|\s+")]
    private static partial Regex BoardParts();

    // The first of a bilingual pair of title labels, just before the second: "Post title / ".
    [GeneratedRegex(@"(?i:title|titre(?:\s+du\s+poste)?|intitul[ée](?:\s+du\s+poste)?|t[íi]tulo(?:\s+del\s+puesto)?)\s*/\s*$")]
    private static partial Regex BilingualTitleLabel();

    [GeneratedRegex(@"\s+[>›»]\s+")]
    private static partial Regex Breadcrumbs();

    [GeneratedRegex(@"\s*[-–|,]?\s*\(?\s*(?:(?:job\s+)?(?:id|no\.?|n°)\s*:?\s*|JO\s*#\s*|\#\s*)?\d{4,}\s*\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNumber();

    // Also an EU notice's "Publication of a vacancy for a Director function", a blog's "Vacancy - ",
    // "L’Union Européenne (UE) recrute un(e) ", "Alima recrute un coordinateur …" (a job's noun in
    // small letters) and "Avis de recrutement d’un ".
    [GeneratedRegex(@"^\s*(?:publication\s+of\s+(?:a\s+)?vacanc(?:y|ies)\s+for\s+(?:the\s+post\s+of\s+)?(?:an?\s+)?|(?:(?:(?-i:\p{Lu}{2,10})\s+vacancy|vacancy\s+(?:notice|announcement)|job\s+opening|job\s+opportunity|we['’]re\s+hiring|we\s+are\s+hiring|anuncio\s+de\s+vacante|aviso\s+de\s+vacante|avis\s+de\s+vacance(?:\s+de\s+poste)?|avis\s+de\s+recrutement|convocatoria)\b[^:]{0,30}|[\w-]{2,12}\s+(?:is\s+recruiting|is\s+hiring|recrute|busca)|career\s+opportunit(?:y|ies)|careers?|jobs?|vacancy|offre\s+d['’]emploi|oferta\s+de\s+empleo|(?:poste|post|position|puesto)\s+\d{1,2})\s*:\s*"
        + @"|(?:l['’]\s*)?(?:ONG\s+|NGO\s+)?(?:(?:(?-i:\p{Lu})[\w’'-]*|de|du|des|les|la|le|et|of|for|the|pour|l['’](?-i:\p{Lu})[\w’'-]*)\s+){0,6}[\w’'-]{2,12}\s+(?:\((?-i:\p{Lu}{2,8})\)\s+)?(?:is\s+recruiting|is\s+hiring|recrute|busca)\s+(?:an?|un(?:\(e\))?|une|una?|des|the)\s+(?=(?-i:\p{Lu})|(?:" + JobNouns + @")\b)"
        + @"|avis\s+de\s+recrutement\s+(?:d['’]\s*une?|du|de\s+la|de\s+l['’])\s*"
        + @"|(?:(?:job\s+)?vacancy|job\s+opportunity)\s+[-–]\s+(?=(?-i:\p{Lu})))", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingVacancy();

    // "Job Description for Local Security Assistant (LSA)", "Terms of Reference for …", "Terms of Reference – …".
    [GeneratedRegex(@"^\s*(?:job\s+description|terms\s+of\s+reference|vacancy\s+announcement)(?:\s+(?:for|of)|\s*[-–:])\s+(?:the\s+)?(?:post\s+of\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDescription();

    [GeneratedRegex(@"^(?:North(?:ern)?|South(?:ern)?|East(?:ern)?|West(?:ern)?|Nord|Sud|Est|Ouest|Norte|Sur|Este|Oeste)[ -]+(?=\p{Lu})")]
    private static partial Regex CompassPart();

    // " - P04": a code of a grade system the reference does not hold after a dash ends the title.
    [GeneratedRegex(@"\s+[-–]\s+(?-i:[A-Z]{1,3}-?\d{1,2})\s*$")]
    private static partial Regex TrailingCode();

    // "(P-3)", ", FS5", ", P3 (Temporary Job Opening)": a grade at the end, with what a careers site adds after it.
    [GeneratedRegex(@"\s*(?:\(\s*(?<grade>[^()]{1,12}?)\s*\)|[,–-]\s*(?<grade>[A-Z]{1,3}[ -]?[0-9A-E])(?:\s*\([^()\n]{1,40}\))?)\s*$")]
    private static partial Regex TrailingGrade();

    // A job's noun, in English, French and Spanish.
    private const string JobNouns = @"Officer|Head|Chief|Director|Adviser|Advisor|Specialist|Manager|Coordinator|Analyst|Assistant|Associate|Consultant|Expert|Engineer|Inspector|Supervisor|Lead|Leader|Guard|Agent|Intern|(?:(?<=\p{L}[ \t]+)(?:Internship|Traineeship)|(?:Internship|Traineeship)(?=[ \t]*[-–:][ \t]*\p{L}))(?!s\b|[ \t]+(?:Opportunit|Programme|Program|Polic|Scheme))|Trainee|Stagiaire|Secretary|Clerk|Administrator|Representative|(?<=(?:Senior|Junior|Associate)\s)Professional|Professional(?=\s+in\b)|Commander|Lieutenant|Sergeant|Warden|Firefighter|Investigator|Planner|Auditor|Counsel|Counsel?lor|(?<!\b(?:UN|UNV|VNU|ONU|International|National|Online|Community|Become|Devenir|Ser|an?|une?|el|la|de)\s)(?:Volunteer|Volontaire|Voluntari[oa])|Lawyer|Delegate|Délégu[ée](?:e|\(e\))?|Technician|Driver|Developer|Programmer|Scientist|Economist|Statistician|Researcher|Fellow|Instructor|Trainer|Operator|Controller|Dispatcher|(?<=\p{L}[ \t])(?-i:Monitor)|(?<=\p{L}[ \t])Consultancy|Chef|Responsable|Chargé(?:e|\(e\))?(?=\s+(?:principal(?:e)?\s+)?d[e'’])|Coordonn?ateur|Coordonn?atrice|Coordinateur|Coordinatrice|Conseill(?:er|ère)|Spécialiste|Analyste|Assistante|Administrat(?:eur|rice)|Fonctionnaire|Direct(?:eur|rice)|Superviseur|Inspecteur|Enquêteur|Agente?|(?<!(?:Diario|Bolet[íi]n)\s)Oficial|Jef[ea]|Asesora?|Especialista|Coordinador[a]?|Analista|Asistente|Auxiliar|Directora|Supervisora|Guardia|Encargad[oa]|Investigador[a]?|Inspectora";

    // "Chargé(e) d'…" ends with its bracket.
    [GeneratedRegex(@"\b(?:" + JobNouns + @")(?:\b|(?<=\)))", RegexOptions.IgnoreCase)]
    private static partial Regex JobNoun();

    // A job's noun in the plural, which a heading may use for several posts ("Security and Safety
    // Managers", "INTERNAL PROTECTION ASSISTANTS").
    [GeneratedRegex(@"\b(?:" + JobNouns + @")s\b", RegexOptions.IgnoreCase)]
    private static partial Regex PluralJob();

    // Whether a phrase ends with a job's noun ("Country Security Specialist", "Division Chief").
    public static bool EndsWithAJob(string phrase) =>
        JobNoun().Matches(phrase).LastOrDefault() is { } m && phrase[(m.Index + m.Length)..].Trim().Length == 0;

    // Whether a phrase names a job ("Local Security Assistant", "AGENT DE COORDINATION"), in any case.
    public static bool NamesAJob(string phrase) => JobNoun().IsMatch(phrase);

    // The nouns a sentence introducing the post ends its title with.
    private const string IntroducedNoun = "(?:Officer|Head|Chief|Director|Adviser|Advisor|Specialist|Manager|Coordinator|Analyst|Assistant|Associate|Consultant|Expert|Engineer|Inspector|Supervisor|Lead|Leader|Investigator|Planner|Auditor|Counsel|Technician|Administrator)";

    // What an organisation doing the recruiting does: "recruiting for", "seeking to recruit", "looking for".
    internal const string Recruits = @"(?:recruiting[ \t]+(?:for[ \t]+)?|seeking[ \t]+(?:to[ \t]+recruit[ \t]+)?|looking[ \t]+for[ \t]+)";

    // A title of capitalised words: "Field Security Coordination Officer", "Head of Security".
    internal const string IntroducedTitle = @"(?<title>(?:(?:[A-Z][\w’'-]*|\([A-Z]{2,6}\))[ \t]+(?:(?:of|and|for|the|in)[ \t]+)?){0,6}" + IntroducedNoun + ")";

    // "The Protection Coordination Officer supports …", "the Security Officer (Pass and ID), FS-4 will …",
    // "The Security Operations Center (SOC) Assistant supports …"; a lower-case "the" after any word
    // only where the grade follows the title ("… Head of Mission the Chief Security Officer, P-5 will …").
    [GeneratedRegex(@"\b(?:The|(?<=,[ \t])the|the(?=[ \t](?:(?!the[ \t])[^,\n]){2,80},[ \t]*(?:P|D|FS|GS|G|NO)-?[0-9A-E],?[ \t]+(?:is|will)\b))[ \t]+" + IntroducedTitle + @"(?:[ \t]+\((?<paren>[^()\n]{1,60})\))?(?:,[ \t]*(?:P|D|FS|GS|G|NO)-?[0-9A-E],?|[ \t]+at[ \t]+(?:the[ \t]+)?(?:P|D|FS|GS|G|NO)-?[0-9A-E][ \t]+level)?[ \t]+(?:is|will|supports?|leads?|serves?|provides?|manages?|plays?|reports?|works?|heads?|oversees?|coordinates?)\b")]
    private static partial Regex Introduction();

    // "Under the overall guidance of the Chief Security Adviser (CSA), the Local Security
    // Assistant assists …": the post its reporting line names.
    [GeneratedRegex(@"\b(?:Under|Reporting[ \t]+to|Working[ \t]+under)\b[^.\n]{3,160}?,[ \t]+the[ \t]+" + IntroducedTitle + @"(?:[ \t]+\((?<paren>[^()\n]{1,60})\))?[ \t]+(?:is|will|assists?|advises?|supports?|ensures?|provides?|manages?|leads?|coordinates?)\b")]
    private static partial Regex Supervised();

    // "The purpose of the HSS Coordinator position is …" (with "position" or "post": "the role of
    // the Country Director is" is another person's), "The duties and responsibilities of the
    // National Security Officer (NSO) include …": the post named by what is said of it.
    [GeneratedRegex(@"\b(?:The|the)[ \t]+(?:(?:(?:main[ \t]+)?purpose)[ \t]+of[ \t]+(?:the|this)[ \t]+" + IntroducedTitle + @"(?:[ \t]+\((?<paren>[^()\n]{1,60})\))?[ \t]+(?:position|post)|(?:duties(?:[ \t]+and[ \t]+responsibilities)?|responsibilities)[ \t]+of[ \t]+(?:the|this)[ \t]+" + IntroducedTitle + @"(?:[ \t]+\((?<paren>[^()\n]{1,60})\))?)[ \t]+(?:is|are|includes?|will)\b")]
    private static partial Regex PurposeOf();

    // "The post of the Deputy Chief of Service is located …": capitalised words naming a job anywhere.
    [GeneratedRegex(@"\b(?:The|the)[ \t]+(?:post|position)[ \t]+of[ \t]+(?:the[ \t]+)?(?<title>[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|and|for|the|in|&)[ \t]+)?[A-Z][\w’'-]*){0,7})(?:[ \t]+\((?<paren>[^()\n]{1,60})\))?(?:,[ \t]*(?:P|D|FS|GS|G|NO)-?[0-9A-E])?[ \t]+(?:is|will)\b")]
    private static partial Regex PostOf();

    // "… is presently recruiting for a Deputy Regional Security Specialist (DRSS) for West Africa",
    // "The Office is seeking a Security Analyst".
    [GeneratedRegex(@"\b(?:is|are)[ \t]+(?:\w+ly[ \t]+)?(?:" + Recruits + @"|seeking[ \t]+to[ \t]+recruit[ \t]+for[ \t]+its[ \t]+[^.\n]{3,400}?,[ \t]+)(?:(?:an?|the)[ \t]+)?" + IntroducedTitle + @"(?:[ \t]+\((?<paren>[^()\n]{1,60})\))?(?![\w’'-])")]
    private static partial Regex Recruiting();

    // "Under the overall guidance of the Chief Security Adviser (CSA) …, Local Security Associate
    // (GS-6) will assist …": without "the", only a title that no acronym starts and a verb of
    // what the post will do (not "UNDSS Chief Security Adviser is responsible …").
    [GeneratedRegex(@"\b(?:Under|Reporting[ \t]+to|Working[ \t]+under)\b[^.\n]{3,160}?,[ \t]+(?![A-Z]{2,}\b)" + IntroducedTitle + @"(?:[ \t]+\((?<paren>[^()\n]{1,60})\))?[ \t]+(?:will|assists|supports)\b")]
    private static partial Regex SupervisedBare();

    // "Within delegated authority, the Chief of Service, Security and Safety will be responsible for
    // the following duties": the UN Secretariat's sentence before a post's duties, whose title may
    // hold commas (not a short form set off by them: "the Chief, CSS, will be …").
    [GeneratedRegex(@"\bWithin[ \t]+(?:the[ \t]+)?(?:limits[ \t]+of[ \t]+)?delegated[ \t]+authority,[ \t]+the[ \t]+(?<title>[A-Z][^.\n]{1,80}?[\p{L})])(?:[ \t]+in[ \t]+the[ \t]+[^.\n]{2,80}?)?(?:[ \t]*\([^()\n]{1,12}\))?[ \t]+(?:will|may|is)[ \t]+(?:be[ \t]+)?responsible\b")]
    private static partial Regex Delegated();

    // "… a selection procedure to establish a reserve list for the profile of Head of Unit -
    // Security.": an EU agency's call names the post it draws up a list for.
    [GeneratedRegex(@"\b(?:reserve[ \t]+list|selection[ \t]+procedure)[ \t]+for[ \t]+(?:the[ \t]+)?(?:profile|post|position)[ \t]+of[ \t]+(?:an?[ \t]+)?(?<title>[A-Z][^.\n(;,]{2,80}?)(?=[ \t]*(?:[.(;,]|\n|$))")]
    private static partial Regex ReserveListFor();

    // "Description" / "Cyber Security Engineer in the System Security Section, …": the first line
    // under a description heading that places a titled post in its unit.
    [GeneratedRegex(@"(?:^|\n)[ \t]*Description[ \t]*\r?\n[ \t]*" + IntroducedTitle + @"[ \t]+in[ \t]+the[ \t]+\p{Lu}")]
    private static partial Regex DescriptionLine();

    // "The Deputy Regional Security Manager, Southern Africa (DRSM-SA), under supervision of …":
    // a title of two words or more with its region and acronym, then the post's supervision (not
    // "…, under the overall authority (direction) of the Designated Official", which introduces a
    // senior post, the Chief Security Adviser's, that other notices describe).
    [GeneratedRegex(@"\bThe[ \t]+(?=[A-Z][\w’'-]*[ \t]+(?:(?:of|and|for|the|in)[ \t]+)?[A-Z])" + IntroducedTitle + @"(?:,[ \t]+\p{Lu}[\w’'-]*(?:[ \t]+\p{Lu}[\w’'-]*){0,2})?(?:[ \t]+\((?<paren>[^()\n]{1,60})\))?,[ \t]+under[ \t]+(?:the[ \t]+)?(?:(?!overall\b)\w+[ \t]+){0,2}(?:guidance|supervision|direction)\b")]
    private static partial Regex Appositive();

    private static string Unquoted(string title) =>
        title.Length > 2 && title[0] is '\'' or '"' && title[^1] == title[0] && title.IndexOf(title[0], 1) == title.Length - 1 ? title[1..^1] : title;

    [GeneratedRegex(@"^\d{5,}[ \t]+(?=\p{Lu})")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s+(?:or|ou|o)\s+|\s*/\s*")]
    private static partial Regex AlternativePlaces();

    [GeneratedRegex(@"^(?:worldwide|global|remote|home[- ]based|various(?:\s+locations)?|multiple\s+locations|monde|mundial)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoCity();

    [GeneratedRegex(@",[ \t]*(?<part>[^,]{1,8}?)[ \t]*(?=,|$)")]
    private static partial Regex CommaPart();

    [GeneratedRegex(@"\b(?:temporary|fixed[- ]term|continuing|permanent|appointment|contract|days|months|full[- ]time|part[- ]time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppointmentWords();

    // A note in brackets after a job: "Programme Specialist (PSEA)".
    [GeneratedRegex(@"\s*\([^()\n]{1,40}\)$")]
    private static partial Regex TrailingBracket();

    // Words with small letters, not a board's codes ("JFO, JO#12345").
    [GeneratedRegex(@"\p{Ll}{2,}")]
    private static partial Regex Words();

    // "Finance Manager Nigeria Abuja": a country and a city the reference knows run on after a
    // title without a separator.
    private static string TrailingBarePlace(string title, ReferenceFiles reference)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(5, words.Length - 2); n >= 1; n--)
        {
            var tail = words[^n..];
            var rest = string.Join(' ', words[..^n]);
            if (!EndsWithAJob(rest))
            {
                continue;
            }

            for (var split = 0; split < n; split++)
            {
                var country = string.Join(' ', tail[..split]);
                var city = string.Join(' ', tail[split..]);
                // The country, where one is given, is the city's own.
                if (HeaderDutyStation.Known(city, reference) is { } station
                    && (split == 0 || reference.Countries.Any(c => c.Code == station.Country && NamedAs(c, country))))
                {
                    return split == 0 && n == 1 && words.Length <= 2 ? title : rest;
                }
            }
        }

        return title;
    }

    // "Security Officer (Goma)": a city the reference knows in brackets after a title.
    [GeneratedRegex(@"\s*\((?<city>[^()\n]{2,40})\)$")]
    private static partial Regex BracketedCity();

    // The bracket names a region ("(Europe and Asia)", "(MENA)"), not the post's branch of work
    // ("Deputy Country Director, Yemen (Programmes)") nor its standing ("(Acting)").
    [GeneratedRegex(@",\s*(?<country>\p{Lu}[\p{L} '-]{2,40}?)\s*\((?=[^()\n]*\b(?:Europe|Asia|Africa|Americas?|Middle\s+East|MENA|Sahel|Pacific|Caribbean|Balkans|Horn|Latin|Eurasia|Oceania|Great\s+Lakes|Arab\s+States|Region|Regional)\b)[^()\n]{2,40}\)$")]
    private static partial Regex CountryAndRegion();

    // Whether a phrase is a country's name (or another name of it) in the reference.
    private static bool IsCountry(string phrase, ReferenceFiles reference) => reference.Countries.Any(c => NamedAs(c, phrase));

    private static bool NamedAs(CountryItem country, string phrase) =>
        country.Names.Any(n => string.Equals(n, phrase, StringComparison.OrdinalIgnoreCase));
}
