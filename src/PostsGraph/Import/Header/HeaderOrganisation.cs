using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// The hiring organisation. Notices name other organisations too (the UN Security Management
// System, UNDSS as a course's issuer, partners), so an "Organization:" label wins; otherwise the
// organisation the top of the notice names most, full names and "Name (ACR)" definitions counting
// more than bare acronyms, and where the notice names its publisher counting most: an e-mail
// address or web address at the organisation's domain, a copyright line, a sentence or heading
// that introduces it ("The <name> is …", "UNICEF works …", "Le PAM est …", "About UNICEF"), the
// heading lines, a "Department/Office" label starting with its name, its acronym in the vacancy
// number. Names and acronyms are
// matched in every language the reference gives (organisations.json's otherNames).
public sealed record OrganisationReading(ValueFact? Fact, IReadOnlyList<ValueFact> Candidates, ProposedOrganisation? Proposed = null);

public static partial class HeaderOrganisation
{
    // An organisation as the notice may write it.
    // Derived: an unknown organisation's acronym made from its initials, which the notice never writes.
    // Centre: a security or operations centre the notice defines ("Security Operations Centre
    // (SOC)"), a unit that is never the publisher but keeps a publisher named only in passing from winning.
    private sealed record Forms(string Acronym, IReadOnlyList<string> Acronyms, IReadOnlyList<string> Names, bool Known, string? Kind, bool Derived = false, bool Centre = false)
    {
        public static Forms Of(OrganisationItem o)
        {
            var other = o.OtherNames ?? [];
            List<string> names = [Matchable(o.Name!), .. other.Where(n => !IsAcronym(n))];
            return new(o.Acronym!, [o.Acronym!, .. other.Where(IsAcronym)], [.. names, .. names.Select(OtherSpelling).OfType<string>().Except(names)], true, o.Kind);
        }

        // The name in the other English spelling of "-ization" ("International Civil Aviation
        // Organisation" for ICAO's "Organization"), which notices and boards use as they like.
        private static string? OtherSpelling(string name) =>
            name.Contains("ization", StringComparison.Ordinal) ? name.Replace("ization", "isation", StringComparison.Ordinal)
            : name.Contains("isation", StringComparison.Ordinal) ? name.Replace("isation", "ization", StringComparison.Ordinal)
            : null;

        public string Name => Names.FirstOrDefault() ?? Acronym;
    }

    private sealed record Weighed(Forms Forms, (int Weight, int Count) Named, List<(string Sign, int Weight)> Signs)
    {
        public int Mentions => Named.Weight;

        public int Score => Mentions + Signs.Sum(s => s.Weight);
    }

    // The organisation, or none with the candidates it weighed when no candidate clearly wins:
    // a wrong organisation gives the draft a wrong key and wrong comparisons, a missing one is
    // only a field to fill.
    public static OrganisationReading Extract(NoticeText notice, IReadOnlyList<Labelled> labels, IReadOnlyList<(int Start, int End)> boardLists, IReadOnlyList<OrganisationItem> organisations, IReadOnlyList<CountryItem> countries)
    {
        // Names in a job board's list of other posts ("Similar jobs") are not mentions of this one's publisher.
        var text = HeaderBoardLists.Without(notice.Text, boardLists);
        var known = organisations.Where(o => !string.IsNullOrEmpty(o.Acronym) && !string.IsNullOrEmpty(o.Name)).Select(Forms.Of).ToList();
        var zone = Math.Min(text.Length, Math.Max(3000, text.Length * 2 / 5));
        // An acronym the notice defines for another organisation ("European Court of Auditors
        // (ECA)") does not name the reference's organisation of that acronym (the UN's Economic
        // Commission for Africa) in this notice, in a label or anywhere; that organisation keeps only its names.
        var redefined = Redefined(text[..zone], known);
        known = [.. known.Select(o => o.Acronyms.Any(redefined.Contains) ? o with { Acronyms = [.. o.Acronyms.Where(a => !redefined.Contains(a))] } : o)];
        var labelled = labels.FirstOrDefault(l => l.Field == HeaderField.Organisation && l.Value.Length > 0);
        // The organisation the label names at most length: "UN Department of Safety and Security"
        // names UNDSS, not the UN.
        var named = labelled is null ? null : known
            .Where(o => FirstMention(labelled.Value, o) >= 0)
            .OrderByDescending(o => Named(labelled.Value, o))
            .ThenBy(o => FirstMention(labelled.Value, o))
            .ThenByDescending(o => o.Acronym.Length)
            .FirstOrDefault();
        if (named is not null)
        {
            return new(notice.ValueAt(named.Acronym, labelled!.Start, labelled.ValueEnd).Because(labelled.Trust, $"{notice.LabelReason(labelled)} names it"), []);
        }

        var publisher = PublisherSigns.Of(text, labels);
        var heading = Heading(text, labels, countries);
        var forms = known.Concat(Unknown(text, zone, known, publisher, heading)).ToList();

        // A heading line names the candidate it names at most length ("NATO Communications and
        // Information Agency" names the agency, not NATO).
        var headed = heading.Select(line => forms.Select(f => (Forms: f, Length: Named(line, f))).Where(x => x.Length > 0).ToList())
            .Where(named => named.Count > 0)
            .SelectMany(named => named.Where(n => n.Length == named.Max(m => m.Length)).Select(n => n.Forms))
            .ToHashSet();
        // The sentence that places the post names its organisation first ("located in the OCHA
        // sub-office in the UNDP compound": OCHA); only one the reference knows, since the sentence
        // also names units and centres.
        var placed = publisher.Placing
            .Select(sentence => known.Where(o => FirstMention(sentence, o) >= 0).OrderBy(o => FirstMention(sentence, o)).ThenByDescending(o => Named(sentence, o)).FirstOrDefault())
            .OfType<Forms>()
            .ToHashSet();
        var ranked = forms
            .Select(f => new Weighed(f, Mentions(text, f, zone), [.. publisher.Signs(f), .. headed.Contains(f) ? [("the notice's heading", 6)] : Array.Empty<(string, int)>(),
                .. placed.Contains(f) ? [("the sentence that places the post in it (\"This position is located in …\")", 4)] : Array.Empty<(string, int)>(), .. LabelSigns(labels, f)]))
            // Unknown, named "Name (ACR)" but signed nowhere: a place or a partner as often as the publisher.
            .Select(w => !w.Forms.Known && w.Signs.Count == 0 ? w with { Named = (w.Named.Weight / 2, w.Named.Count) } : w)
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Forms.Known)
            .ThenBy(x => FirstAt(text, x.Forms))
            .ToList();
        // An unknown acronym only the heading names, written once in the whole notice, is a banner's
        // word as often as a publisher ("FAIRE" / "UN DON", a donation button's): no rival, and no
        // publisher where it comes first.
        bool Lonely(Weighed x) => !x.Forms.Known && x.Signs.All(s => s.Sign == "the notice's heading")
            && HeaderFacts.Occurrences(text, x.Forms.Acronym, StringComparison.Ordinal).Count() < 2 && !x.Forms.Names.Any(n => text.Contains(n, StringComparison.Ordinal));
        var best = ranked.FirstOrDefault(x => !x.Forms.Centre && !Lonely(x)) ?? ranked.FirstOrDefault(x => !x.Forms.Centre);

        // A label naming an organisation the reference does not know wins over a passing mention
        // of a known one, but not over a known one the text introduces by name (a regional
        // office code in "Organization: EM_EMRO" under a "WORLD HEALTH ORGANIZATION" heading).
        // A label naming a known organisation by its initials ("International Labour Office": ILO).
        if (labelled is not null && LabelAcronym(text, labelled.Value, publisher) is { } initials && known.FirstOrDefault(o => o.Acronyms.Contains(initials)) is { } byInitials)
        {
            return new(notice.ValueAt(byInitials.Acronym, labelled.Start, labelled.ValueEnd).Because(labelled.Trust, $"{notice.LabelReason(labelled)} names it"), []);
        }

        if (labelled is not null && LabelAcronym(text, labelled.Value, publisher) is { } acronym
            && (best is null || best.Score < 4 || !(best.Forms.Known && best.Signs.Count > 0)))
        {
            var fact = notice.ValueAt(acronym, labelled.Start, labelled.ValueEnd, UnknownNote(acronym, labelled.Value))
                .Because(Confidence.Medium, $"{notice.LabelReason(labelled)} names an organisation the reference does not know yet");
            var name = HeadingParts().Split(labelled.Value)[0].Trim();
            name = name == acronym || name.StartsWith(acronym + " ", StringComparison.Ordinal) ? NameFor(text, acronym) : name;
            return new(fact, [], fact is null ? null : Proposal(fact, acronym, name, []));
        }

        if (best is null)
        {
            return new(null, []);
        }

        ValueFact? Reading(Weighed x, string confidence)
        {
            var (start, end) = MentionSpan(text, x.Forms);
            var signs = x.Signs.Count == 0 ? "" : $"named where the notice names its publisher ({string.Join("; ", x.Signs.Select(s => s.Sign))}); ";
            var reason = $"{signs}mentions near the top weigh {x.Mentions} (a full name or \"(ACR)\" 4, a bare acronym 1)"
                + (x.Forms.Known ? "" : "; not in the reference");
            var note = x.Forms.Known ? null
                : redefined.Contains(x.Forms.Acronym) ? $"\"{x.Forms.Name.Trim()}\" is not in seed/reference/organisations.json, where {x.Forms.Acronym} is another organisation's acronym; add it under an acronym of its own."
                : UnknownNote(x.Forms.Acronym, x.Forms.Name);
            return notice.ValueAt(x.Forms.Acronym, start, end, note).Because(confidence, reason);
        }

        // Clear when the publisher signs for it, outweighs every rival and no rival that also signs
        // comes within 6, or when it is named more than once and no rival scores more than half as
        // much (an organisation the reference does not know needs a sign for either). The United Nations Secretariat is no
        // rival to its own departments and missions.
        var rivals = ranked.Where(x => x != best && !IsParent(x.Forms, best.Forms) && (!x.Forms.Centre || best.Signs.Count == 0) && !Lonely(x)).ToList();
        var second = rivals.Select(x => x.Score).FirstOrDefault();
        var signedRival = rivals.Where(x => x.Signs.Count > 0).Select(x => x.Score).FirstOrDefault();
        // An organisation the reference does not know is only taken where it signs as the publisher.
        // One mention and no sign is a passing mention as often as the publisher, and an acronym
        // made from initials is the curator's to choose.
        var confidence = best.Forms.Derived || Lonely(best) ? null
            : best.Signs.Count > 0 && best.Score > second && best.Score >= signedRival + 6 ? (best.Forms.Known ? Confidence.High : Confidence.Medium)
            : best.Score >= 2 && best.Score >= 2 * second && (best.Signs.Count > 0 || (best.Forms.Known && best.Named.Count >= 2)) ? Confidence.Medium
            : null;
        // An organisation the reference does not know under an acronym the reference gives another
        // is the curator's to key: it is left missing, with its candidates, as an unclear one is.
        if (confidence is null || (!best.Forms.Known && redefined.Contains(best.Forms.Acronym)))
        {
            return new(null, [.. ranked.Where(x => !x.Forms.Centre).Take(3).Select(x => Reading(x, Confidence.Low)).OfType<ValueFact>()]);
        }

        var chosen = Reading(best, confidence);
        return best.Forms.Known || chosen is null
            ? new(chosen, [])
            : new(chosen, [], Proposal(chosen, best.Forms.Acronym, best.Forms.Names.FirstOrDefault() ?? NameFor(text, best.Forms.Acronym),
                [.. best.Forms.Acronyms.Skip(1), .. best.Forms.Names.Skip(1)]));
    }

    // A label that names the publisher without being an organisation label: a UN Secretariat
    // notice's "Department/Office: United Nations Integrated Office in Haiti", whose value starts
    // with the name ("Section: Liaison Unit with UNHCR" does not name UNHCR as publisher).
    private static IEnumerable<(string Sign, int Weight)> LabelSigns(IReadOnlyList<Labelled> labels, Forms o)
    {
        // "United Nations Interim Force in Lebanon" starts with the name notices shorten to "Interim Force in Lebanon".
        if (labels.Any(l => l.Field == HeaderField.Unit && l.Value.Length > 0 && (FirstMention(l.Value, o) == 0 || FirstMention(UnitedNations().Replace(l.Value, ""), o) == 0)))
        {
            yield return ("a department or office label names it", 6);
        }
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:United\s+Nations|UN)\s+(?=\p{Lu})")]
    private static partial Regex UnitedNations();

    private static bool IsParent(Forms parent, Forms child) =>
        parent.Known && parent.Acronym == "UN" && child.Known && child.Kind == "UN_SECRETARIAT";

    // An acronym: one word of capitals (and digits or hyphens), "PAM", "ONU-Habitat" aside.
    private static bool IsAcronym(string name) =>
        name.Length <= 12 && name.Count(char.IsUpper) >= 2 && name.All(c => char.IsLetterOrDigit(c) || c == '-');

    // The first full name (with its "(ACR)" when one follows), else the first "Name (ACR)"
    // definition, else the first bare acronym, else where it signs: its e-mail or web address,
    // its copyright line.
    private static (int Start, int End) MentionSpan(string text, Forms o)
    {
        (int At, string Form) first = (-1, "");
        foreach (var f in o.Names.SelectMany(NameForms))
        {
            var at = HeaderFacts.FirstOccurrence(text, f, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (first.At < 0 || at < first.At))
            {
                first = (at, f);
            }
        }

        var definitions = o.Acronyms.Select(a => (Acronym: a, At: HeaderFacts.FirstOccurrence(text, $"({a})", StringComparison.Ordinal)))
            .Where(d => d.At >= 0).OrderBy(d => d.At).ToList();
        var defined = definitions.Count > 0 ? definitions[0].At : -1;
        var (named, form) = first;
        if (named >= 0 && (defined < 0 || named <= defined))
        {
            var end = named + form.Length;
            var after = text[end..].TrimStart(' ');
            var definition = o.Acronyms.Select(a => $"({a})").FirstOrDefault(d => after.StartsWith(d, StringComparison.Ordinal));
            return (named, definition is not null ? text.Length - after.Length + definition.Length : end);
        }

        if (defined >= 0)
        {
            return (NameStart(text, defined), defined + definitions[0].Acronym.Length + 2);
        }

        var bare = o.Acronyms.Select(a => (Acronym: a, At: HeaderFacts.FirstOccurrence(text, a, StringComparison.Ordinal)))
            .Where(b => b.At >= 0).OrderBy(b => b.At).FirstOrDefault();
        if (bare.Acronym is not null)
        {
            return (NameStart(text, bare.At), bare.At + bare.Acronym.Length);
        }

        var labels = o.Acronyms.Select(a => a.ToLowerInvariant()).ToHashSet();
        var signed = Mailbox().Matches(text).FirstOrDefault(m => DomainLabels(m.Groups["domain"].Value).Any(labels.Contains))
            ?? WebAddress().Matches(text).FirstOrDefault(m => DomainLabels(m.Groups["domain"].Value).Any(labels.Contains))
            ?? CopyrightLine().Matches(text).FirstOrDefault();
        return signed is null ? (0, 0) : (signed.Index, signed.Index + signed.Value.TrimEnd().Length);
    }

    // Notices often drop the "United Nations" of a Secretariat department's name ("The Department of
    // Safety and Security (UNDSS)"); what remains is still distinctive when it has three words or more.
    private static string Matchable(string name) =>
        name.StartsWith("United Nations ", StringComparison.Ordinal) && name.Split(' ').Length >= 5 ? name["United Nations ".Length..] : name;

    private static int FirstMention(string value, Forms o) =>
        o.Acronyms.Select(a => HeaderFacts.FirstOccurrence(value, a, StringComparison.Ordinal))
            .Concat(o.Names.Select(n => HeaderFacts.FirstOccurrence(value, n, StringComparison.OrdinalIgnoreCase)))
            .Where(i => i >= 0)
            .DefaultIfEmpty(-1)
            .Min();

    // A bare acronym followed by a capitalised word is a modifier ("UN Security Management
    // System", "ICC Core Competencies"), not the organisation itself, and a two-letter one ("UN
    // agencies", "UN complex") is too generic to count. Each mention counts once: "Name (ACR)" is
    // one mention, not a name, a definition and an acronym.
    private static (int Weight, int Count) Mentions(string text, Forms o, int zone)
    {
        var named = o.Names.SelectMany(NameForms)
            .SelectMany(form => HeaderFacts.Occurrences(text, form, StringComparison.OrdinalIgnoreCase, zone).Select(at => at + form.Length)).Distinct().ToList();
        var definitions = o.Acronyms.SelectMany(a => HeaderFacts.Occurrences(text, $"({a})", StringComparison.Ordinal, zone)).Distinct().ToList();
        var ownDefinitions = definitions.Count(at => named.Any(end => at >= end && text.AsSpan(end, at - end).IsWhiteSpace()));
        var bare = o.Acronyms.Where(a => a.Length > 2).Sum(a => HeaderFacts.Occurrences(text, a, StringComparison.Ordinal, zone)
            .Count(at => !IsModifier(text, at + a.Length) && !definitions.Contains(at - 1)));
        return (4 * (named.Count + definitions.Count - ownDefinitions) + bare, named.Count + definitions.Count - ownDefinitions + bare);
    }

    // Where a notice names its publisher, read once per notice: the labels of its e-mail and web
    // domains ("@wipo.int", "careers.unicef.org"), its copyright lines, the names a sentence
    // introduces, and the parts of its vacancy number ("26-Security-BINUH-258413-F",
    // "PAHO/26/FT147"). An organisation scores for each kind that names it, once.
    // Described: the names a sentence describes as an organisation ("WeWorld has been working in
    // Palestine since 1992"); Owners: the bare acronyms the notice writes as the owner of its staff,
    // offices and policies ("NRC’s policy", "CARE staff"), at least once with its staff or offices
    // ("SOP’s" is a plural) and three times or more in all ("OSESG-Yemen" counting for OSESG);
    // Definitions: every "Name (ACR)" the notice writes, read once, with where each ends; About:
    // the names "About …" headings introduce, with where each ends; PostedBy: the names a job
    // board's "Posted … by" lines give.
    private sealed record PublisherSigns(HashSet<string> MailLabels, HashSet<string> WebLabels, List<string> CopyrightLines, List<(string Name, string Acronym, int At)> Introduced,
        HashSet<string> NumberParts, List<string> Placing, List<(string Name, string Acronym, int At, bool Declared)> Described, HashSet<string> Owners,
        List<(string Name, string Acronym, int End)> Definitions, List<(string Name, int End)> About, List<string> PostedBy)
    {
        public static PublisherSigns Of(string text, IReadOnlyList<Labelled> labels)
        {
            List<(string Name, string Acronym, int At, bool Declared)> described = [.. DescribingSentence().Matches(text)
                .Where(m => !m.Groups["weak"].Success || NamesAnOrganisation(text, m.Groups["name"].Value.Trim()))
                .Select(m => (m.Groups["name"].Value.Trim(), m.Groups["acronym"].Value, m.Index, m.Groups["declared"].Success && NonProfit().IsMatch(m.Groups["noun"].Value)))
                .Concat(SpeakingAs().Matches(text).Where(m => m.Groups["name"].Value.Trim() is var name && !name.Any(char.IsDigit) && (IsAcronym(name) || NamesAnOrganisation(text, name)))
                    .Select(m => (m.Groups["name"].Value.Trim(), m.Groups["acronym"].Value, m.Index, false)))];
            var about = AboutLine().Matches(text);
            return new(
                [.. Mailbox().Matches(text).SelectMany(m => DomainLabels(m.Groups["domain"].Value).Take(1))],
                [.. WebAddress().Matches(text).SelectMany(m => DomainLabels(m.Groups["domain"].Value).Take(1))],
                [.. CopyrightLine().Matches(text).Select(m => m.Value)],
                [.. Introduction().Matches(text).Concat(about).Select(m => (m.Groups["name"].Value.Trim(), m.Groups["acronym"].Value, m.Index))],
                [.. labels.Where(l => l.Field is HeaderField.VacancyNumber or HeaderField.JobId).SelectMany(l => NumberPart().Split(l.Value)).Where(p => p.Length > 2 && IsAcronym(p))],
                [.. PlacingSentence().Matches(text).Select(m => m.Value)],
                described,
                [.. Owned().Matches(text).GroupBy(m => m.Groups["acronym"].Value)
                    .Where(g => g.Count() >= 2 && g.Any(m => m.Groups["staff"].Success) && Regex.Count(text, @"(?<![\p{L}\p{N}-])" + Regex.Escape(g.Key) + @"(?![\p{L}\p{N}])") >= 3
                        && !NotOwners.Contains(g.Key) && !GenericWords.Contains(g.Key) && !GradeCode().IsMatch(g.Key) && !UnitedNationsPart().IsMatch(g.Key))
                    .Select(g => g.Key)],
                [.. NamedAcronym().Matches(text).Select(m => (m.Groups["name"].Value, m.Groups["acronym"].Value, m.Index + m.Length))],
                [.. about.Select(m => (m.Groups["name"].Value.Trim(), m.Index + m.Length))],
                [.. PostedByLine().Matches(text).Select(m => m.Groups["name"].Value.Trim())]);
        }

        public List<(string Sign, int Weight)> Signs(Forms o)
        {
            var signs = new List<(string, int)>();
            var labels = o.Acronyms.Select(a => a.ToLowerInvariant()).ToList();
            if (labels.Any(MailLabels.Contains))
            {
                signs.Add(("an e-mail address at its domain", 8));
            }

            if (labels.Any(WebLabels.Contains))
            {
                signs.Add(("a web address at its domain", 6));
            }

            if (o.Acronyms.Any(NumberParts.Contains))
            {
                signs.Add(("its acronym in the vacancy number", 4));
            }

            if (PostedBy.Any(p => o.Acronyms.Any(a => string.Equals(p, a, StringComparison.OrdinalIgnoreCase)) || o.Names.Any(n => string.Equals(p, n, StringComparison.OrdinalIgnoreCase))))
            {
                signs.Add(("a job board's \"Posted … by\" line naming it", 6));
            }

            if (CopyrightLines.Any(line => o.Names.Any(n => line.Contains(n, StringComparison.OrdinalIgnoreCase))
                || o.Acronyms.Any(a => HeaderFacts.Occurrences(line, a, StringComparison.Ordinal).Any())))
            {
                signs.Add(("a copyright line", 8));
            }

            // Partners are written so too ("UNHCR’s programmes"), so only an organisation the
            // reference does not know counts it, and a sentence describing one.
            if (!o.Known && o.Acronyms.Any(a => Owners.Contains(a) || Owners.Any(owner => a.StartsWith(owner + "-", StringComparison.Ordinal))))
            {
                signs.Add(("its staff, offices or policies written as its own (\"NRC’s policy\", \"CARE staff\")", 4));
            }

            if (!o.Known && Described.Any(d => o.Names.Contains(d.Name, StringComparer.Ordinal) || o.Acronyms.Contains(d.Name, StringComparer.Ordinal)))
            {
                signs.Add(("a sentence describing it as an organisation (\"… has been working in …\", \"… is a humanitarian organisation\", \"… is recruiting\")", 6));
            }

            if (Introduced.Any(i => (i.Acronym.Length == 0 || o.Acronyms.Contains(i.Acronym, StringComparer.OrdinalIgnoreCase))
                && (o.Names.SelectMany(NameForms).Any(form => string.Equals(i.Name, form, StringComparison.OrdinalIgnoreCase))
                    || o.Acronyms.Any(a => (a.Length > 2 || (!o.Known && a.Length == 2)) && string.Equals(i.Name, a, StringComparison.Ordinal)))))
            {
                signs.Add(("a sentence or heading introducing it: \"The <name> is …\", \"About <name>\"", 6));
            }

            return signs;
        }
    }

    // "This position is in the Security and Safety Section of the United Nations Organization
    // Stabilization Mission in the Democratic Republic of Congo (MONUSCO) in Goma.", also run
    // into the heading before it ("Org. Setting and ReportingThis position is located in …"),
    // "The post of the Security Officer is located in …" and "The position is administered by UNDP".
    [GeneratedRegex(@"(?:(?<!\p{L})|(?<=\p{Ll})(?-i:(?=Th)))(?:This|The)[ \t]+(?:temporary[ \t]+)?(?:position|post)[ \t]+(?:of[ \t]+(?:the[ \t]+)?[^.\n]{2,80}?[ \t]+)?is[ \t]+(?:(?:(?:located|based|placed)[ \t]+)?(?:in|within|with)|administered[ \t]+by)\b(?:[^.\n]|\n(?=[ \t]*(?-i:\p{Ll}))){0,250}", RegexOptions.IgnoreCase)]
    private static partial Regex PlacingSentence();

    // A domain's labels, less the ones every domain has ("www", "careers", "org", "int" …) and a
    // link shortener's or a platform's, which name no publisher ("bit.ly" is no ILO's "BIT").
    private static IEnumerable<string> DomainLabels(string domain) =>
        Platform(domain.ToLowerInvariant()) ? [] : domain.ToLowerInvariant().Split('.', '-').Where(l => l.Length > 1 && !CommonLabels.Contains(l));

    private static readonly HashSet<string> CommonLabels =
        ["www", "careers", "career", "jobs", "job", "recruitment", "apply", "org", "int", "com", "net", "eu", "europa", "info", "example", "un"];

    // A link shortener's, a forms service's, a platform's or a job board's host names no publisher
    // ("bit.ly" is no ILO's "BIT", "forms.office.com" no "office", "unjobs.org" no "UNjobs").
    private static bool Platform(string domain) =>
        PlatformHosts.Any(host => domain == host || domain.EndsWith("." + host, StringComparison.Ordinal));

    private static readonly string[] PlatformHosts =
        ["bit.ly", "bit.do", "tinyurl.com", "goo.gl", "forms.gle", "lnkd.in", "t.co", "ow.ly", "office.com", "microsoft.com", "cloud.microsoft", "google.com",
         "linkedin.com", "facebook.com", "twitter.com", "x.com", "youtube.com", "instagram.com", "surveymonkey.com", "typeform.com", "kobotoolbox.org", "dropbox.com", "wetransfer.com",
         "unjobs.org", "reliefweb.int", "impactpool.org", "devex.com", "idealist.org", "devnetjobs.org", "unjobnet.org", "indeed.com", "glassdoor.com"];

    // A name as written and in the other number of its last word ("Tribunal", "Tribunals").
    private static IEnumerable<string> NameForms(string name)
    {
        yield return name;
        yield return name.EndsWith('s') ? name[..^1] : name + "s";
    }

    private static bool IsModifier(string text, int after) =>
        after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]);

    // Organisations the reference does not know, from where notices name their publisher: a
    // "Name (ACR)" definition ("The European Space Agency (ESA)"), a sentence introducing it, a
    // copyright line, an e-mail or web domain the text also writes as a word, and the heading's
    // names ("Frontex - European Border and Coast Guard Agency", "OSCE Secretariat"). One
    // organisation's name and acronym are merged into one candidate.
    private static List<Forms> Unknown(string text, int zone, IReadOnlyList<Forms> known, PublisherSigns publisher, List<string> heading)
    {
        var found = new List<(string? Acronym, string? Name)>();
        foreach (Match m in Definition().Matches(text[..zone]))
        {
            found.Add((m.Groups["acronym"].Value, WithoutArticle(m.Groups["name"].Value)));
        }

        // An introduced name is a whole proper name ("European External Action Service"), not a phrase around one.
        found.AddRange(publisher.Introduced.Where(i => i.At < zone && OrganisationName().Match(i.Name) is { Success: true } m && m.Length == i.Name.Length)
            .Select(i => (i.Acronym.Length > 0 ? i.Acronym : null, (string?)i.Name)));
        // An acronym an "About" heading introduces, written again near the top ("About AECF").
        found.AddRange(publisher.About.Where(a => a.End <= zone).Select(a => a.Name)
            .Where(n => IsAcronym(n) && n.Length > 2 && !GenericWords.Contains(n.ToUpperInvariant()) && !DefinedForAPart(publisher, n)
                && HeaderFacts.Occurrences(text, n, StringComparison.Ordinal, zone).Count() >= 2)
            .Select(n => ((string?)n, (string?)null)));
        // A name a sentence describes as an organisation, written again near the top, or the acronym
        // it defines for it: a proper name of a few words, or its acronym alone ("DRC est présent
        // en Afrique de l'Ouest").
        var described = publisher.Described
            // A name that ends like a part ("Humanitarian OpenStreetMap Team (HOT)") is one where
            // the sentence says what it is ("… is a US-based NGO").
            .Where(d => d.At < zone && !NotOrganisations.Contains(d.Name) && !HeaderTitle.NamesAJob(d.Name) && !UnitWord().IsMatch(d.Name)
                && (d.Declared && IsAcronym(d.Acronym) || (!PartName().IsMatch(d.Name) && !DefinedForAPart(publisher, d.Name)))
                && (HeaderFacts.Occurrences(text, d.Name, StringComparison.Ordinal, zone).Count() >= 2
                    || (IsAcronym(d.Acronym) && HeaderFacts.Occurrences(text, d.Acronym, StringComparison.Ordinal, zone).Count() >= 2)))
            .Select(d => (Acronym: IsAcronym(d.Acronym) ? d.Acronym : IsAcronym(d.Name) ? d.Name : null, Name: IsAcronym(d.Name) ? null : d.Name))
            .ToList();
        found.AddRange(described.Select(d => ((string?)d.Acronym, (string?)d.Name)));
        // An acronym the notice writes as the owner of its staff and offices, unless it defines it
        // for a job or a unit ("The Regional Security Manager (RSM)"); written as the first part
        // of one the notice defines ("OSESG personnel" beside "(OSESG-Yemen)"), it is that one.
        found.AddRange(publisher.Owners.Where(a => !DefinedForAPart(publisher, a))
            .Select(a => Regex.Match(text, @"\((?<acronym>" + Regex.Escape(a) + @"-[\p{L}\p{N}-]+)\)") is { Success: true } longer ? longer.Groups["acronym"].Value : a)
            .Select(a => ((string?)a, (string?)null)));
        found.AddRange(publisher.CopyrightLines.Select(CopyrightName).OfType<string>().Select(n => (IsAcronym(n) ? n : null, IsAcronym(n) ? null : n)));
        // A domain's label the text also writes as a word, outside addresses ("Europol" for @europol.europa.eu).
        var addresses = Mailbox().Matches(text).Concat(WebAddress().Matches(text)).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (var label in publisher.MailLabels.Concat(publisher.WebLabels))
        {
            // Written as a name, with its capital ("Europol"), not as a common word ("the field office").
            if (HeaderFacts.Occurrences(text, label, StringComparison.OrdinalIgnoreCase).Where(at => !addresses.Any(a => at >= a.Index && at < a.End) && char.IsUpper(text[at]))
                .FirstOrDefault(-1) is var at and >= 0)
            {
                found.Add((text.Substring(at, label.Length), null));
            }
        }

        foreach (var line in heading)
        {
            // "EUMETSAT – European Organisation for the Exploitation of Meteorological Satellites",
            // "INTERPOL – Organisation internationale de police criminelle": an acronym and a name
            // that reads as an organisation's, whatever its initials ("EXTENDED – Senior Security
            // Officer" is neither).
            if (HeadingParts().Split(line).Select(p => p.Trim()).ToList() is [var one, var other]
                && (IsAcronym(one) ? (one, other) : IsAcronym(other) ? (other, one) : default) is ({ } acronym, { } full)
                && !GenericWords.Contains(acronym.ToUpperInvariant()) && acronym.Length > 2 && acronym.All(c => !char.IsLower(c))
                && full.Split(' ').Length >= 3 && char.IsUpper(full[0]) && !full.Any(char.IsDigit) && OrganisationName().IsMatch(full))
            {
                found.Add((acronym, full));
                continue;
            }

            foreach (var part in HeadingParts().Split(line).Select(p => p.Trim()).Where(p => p.Length > 1))
            {
                var first = part.Split(' ')[0];
                if (HeadingDefinition().Match(part) is { Success: true } defined)
                {
                    found.Add((defined.Groups["acronym"].Value, defined.Groups["name"].Value.Trim()));
                }
                else if (IsAcronym(first) && first.Length <= 6 && !GenericWords.Contains(first.ToUpperInvariant()) && !HeaderTitle.NamesAJob(first) && (!HeaderTitle.NamesAJob(part) || (part.Any(char.IsLower) && ActsAsOrganisation(text, first, publisher))))
                {
                    found.Add((first, null));
                }
                else if (OrganisationName().Match(part) is { Success: true } name)
                {
                    found.Add((null, name.Value.Trim()));
                }
                else if (HeadingAcronym().Match(part) is { Success: true } word && !GenericWords.Contains(word.Value.ToUpperInvariant()))
                {
                    found.Add((word.Value, null));
                }
            }
        }

        var candidates = new List<Forms>();
        foreach (var (acronym, name) in found.Distinct())
        {
            var a = acronym ?? (name is null ? null : AcronymOf(text[..zone], name, publisher, heading));
            var derived = false;
            // A name of two words for which no acronym is found (defined, in the heading, a domain,
            // the vacancy number or an introducing sentence), written three times or more near the
            // top, is its own key, as "Europol" and "Frontex" are ("Mercy Corps", "Plan
            // International"), not a programme's or a centre's ("Partnership Program"); longer
            // names get their initials, which the curator chooses or changes.
            // So is a name of one or two words a sentence describes as an organisation ("WeWorld",
            // "Save the Children").
            if (a is null && name is not null && ((ShortName().IsMatch(name) && !PartName().IsMatch(name)
                && HeaderFacts.Occurrences(text, name, StringComparison.Ordinal, zone).Count() >= 3)
                || (described.Any(d => d.Name == name) && name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0])) <= 2)))
            {
                a = name;
            }
            else if (a is null && name is not null && Initials(name) is { Length: >= 2 } initials)
            {
                (a, derived) = (initials, true);
            }

            // A known organisation under another name, a phrase around a known one's name, or a part
            // of one's name, is not another organisation, except a part a hyphen ends, as the first
            // of the two a joint body's name joins (the African Union of UNAMID's "African
            // Union-United Nations Hybrid Operation"); nor is a unit ("Service de la sûreté et de la sécurité (SSS)"), a
            // job ("Local Security Assistant (LSA)") or a grade in brackets ("Field Security Officer (NOB)").
            var centre = name is not null && Centre().IsMatch(name);
            if (a is null || (name is not null && !centre && (UnitWord().IsMatch(name) || HeaderTitle.NamesAJob(name))) || GradeCode().IsMatch(a) || known.Any(o => o.Acronyms.Contains(a, StringComparer.OrdinalIgnoreCase)
                || (name is not null && o.Names.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase) || (n.Contains(name, StringComparison.OrdinalIgnoreCase) && !n.Contains(name + "-", StringComparison.OrdinalIgnoreCase))))))
            {
                continue;
            }

            var same = candidates.FindIndex(c => string.Equals(c.Acronym, a, StringComparison.OrdinalIgnoreCase) || (name is not null && c.Names.Contains(name, StringComparer.OrdinalIgnoreCase)));
            if (same < 0)
            {
                candidates.Add(new Forms(a, derived ? [] : [a], name is null ? [] : [name], false, null, derived, centre));
            }
            else if (name is not null && !candidates[same].Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                candidates[same] = candidates[same] with { Names = [.. candidates[same].Names, name] };
            }
        }

        // The key as the notice writes it most often with its capital: "ALIMA" (seven times) over the
        // headline's "Alima", not an address's "aiib".
        return [.. candidates.Select(c => c.Derived ? c : MostWritten(text, c))];
    }

    private static Forms MostWritten(string text, Forms candidate)
    {
        var counts = Regex.Matches(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(candidate.Acronym) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)
            .Where(m => char.IsUpper(m.Value[0]))
            .GroupBy(m => m.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return counts.Count == 0 || counts.MaxBy(c => c.Value) is var (form, count) && count <= counts.GetValueOrDefault(candidate.Acronym)
            ? candidate
            : candidate with { Acronym = form, Acronyms = [form, .. candidate.Acronyms.Where(a => a != form)] };
    }

    // Acronyms of the reference the notice defines for an organisation's name none of whose words
    // its organisation's names share ("European Court of Auditors (ECA)" beside the Economic
    // Commission for Africa); not a job's or a unit's name ("Data Protection Officer (DPO)",
    // "Incident Command Centre (ICC)").
    private static HashSet<string> Redefined(string text, IReadOnlyList<Forms> known)
    {
        var redefined = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in NamedAcronym().Matches(text))
        {
            var (name, acronym) = (WithoutArticle(m.Groups["name"].Value.Trim()), m.Groups["acronym"].Value);
            if (Initials(name) == acronym && OrganisationWord().IsMatch(name) && !HeaderTitle.NamesAJob(name)
                && known.FirstOrDefault(o => o.Acronyms.Contains(acronym)) is { } holder && !holder.Names.Any(n => SharesAWord(n, name)))
            {
                redefined.Add(acronym);
            }
        }

        return redefined;
    }

    [GeneratedRegex(@"(?<name>\p{Lu}[\w’'-]*(?:[ \t]+(?:(?:of|for|and|on|the|in)[ \t]+)*\p{Lu}[\w’'-]*){1,7})[ \t]+\((?<acronym>\p{Lu}{2,8})\)")]
    private static partial Regex NamedAcronym();

    // Whether two names share a word of four letters or more ("Refugee" and "Refugees" count as one).
    private static bool SharesAWord(string one, string other)
    {
        static IEnumerable<string> Stems(string name) => NameWords().Matches(name).Select(w => w.Value.ToLowerInvariant()).Where(w => w.Length >= 4).Select(w => w[..Math.Min(w.Length, 5)]);
        return Stems(one).Intersect(Stems(other)).Any();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex NameWords();

    // Whether a line names an organisation the reference knows, by its acronym as a word or its name.
    internal static bool NamesAnOrganisationOfTheReference(string line, IReadOnlyList<OrganisationItem> organisations) =>
        organisations.Any(o => (o.Acronym is { Length: > 1 } a && HeaderFacts.Occurrences(line, a, StringComparison.Ordinal).Any())
            || (o.Name is { } n && line.Contains(n, StringComparison.OrdinalIgnoreCase)));

    // A word only an organisation's name ends with or holds: "Court", "Agency", "Parliament".
    [GeneratedRegex(@"\b(?:Court|Agency|Organi[sz]ation|Commission|Bank|Fund|Union|Authority|Institute|Parliament|Council|Tribunal|Programme|Secretariat|Assembly)\b")]
    internal static partial Regex OrganisationWord();

    // A name's acronym: the one the notice defines for it ("Name (ACR)"), else its initials where
    // the notice writes them as a word ("Organization for Security and Co-operation in Europe": OSCE).
    private static string? AcronymOf(string text, string name, PublisherSigns publisher, List<string> heading)
    {
        // A word in brackets that is no acronym of it is a place or a remark ("World Vision (Somalia)").
        var defined = Regex.Match(text, Regex.Escape(name) + @"\s*\((?<acronym>[A-Za-z-]{2,12})\)", RegexOptions.IgnoreCase);
        if (defined.Success && (IsAcronym(defined.Groups["acronym"].Value) || LettersOf(defined.Groups["acronym"].Value, name)))
        {
            return defined.Groups["acronym"].Value;
        }

        var initials = Initials(name);
        // Initials count where the heading writes them, the e-mail or web domain spells them
        // ("European Commission", @ec.europa.eu), a part of the vacancy number is them
        // ("OIF/DAF/2026/023") or a sentence introduces them ("RI is seeking a …" beside a
        // "Relief International" heading); elsewhere two letters are too often something else.
        return initials.Length >= 2
            && (heading.Any(line => HeaderFacts.Occurrences(line, initials, StringComparison.Ordinal).Any())
                || publisher.MailLabels.Concat(publisher.WebLabels).Contains(initials.ToLowerInvariant())
                || publisher.NumberParts.Contains(initials)
                || publisher.Introduced.Any(i => i.Name == initials)
                || (initials.Length >= 3 && HeaderFacts.Occurrences(text, initials, StringComparison.Ordinal).Any()
                    // (text is the notice's top, so only the definitions written there count)
                    && !publisher.Definitions.Any(d => d.End <= text.Length && d.Acronym == initials && !string.Equals(WithoutArticle(d.Name.Trim()), name, StringComparison.OrdinalIgnoreCase))))
            ? initials
            : null;
    }

    // The first letters of a name's words, less its little words: "Organisation internationale de
    // la Francophonie" is OIF, as French and Spanish names write their acronyms.
    // A hyphenated word gives the capitals of its parts ("Nuclear-Test-Ban": NTB; "Co-operation": C).
    private static string Initials(string name) =>
        string.Concat(name.Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetter(w[0]) && !LittleWords.Contains(w))
            .Select(w => string.Concat(w.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Select((part, i) => i == 0 ? char.ToUpperInvariant(part[0]).ToString() : char.IsUpper(part[0]) ? part[..1] : ""))));

    // The first letter of every word as the name writes it, its little words' too: "MdM".
    private static string SmallInitials(string name) =>
        string.Concat(name.Split([' ', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => w[0]));

    private static readonly HashSet<string> LittleWords = new(
        ["of", "for", "and", "on", "the", "in", "at", "to", "de", "des", "du", "la", "le", "les", "l", "d", "del", "las", "los", "el", "y", "et", "pour", "en", "au", "aux", "para", "por", "à"],
        StringComparer.Ordinal);

    // The acronym of an organisation a label names: the "(ACR)" it gives, its first word when that
    // is an acronym ("OSCE Mission to Skopje"), or the initials of its name where the notice writes
    // them ("North Atlantic Treaty Organization - International Staff": NATO). None for a value
    // that does not name one ("see job description").
    private static string? LabelAcronym(string text, string value, PublisherSigns publisher)
    {
        if (Regex.Match(value, @"\((?<acronym>[A-Z][A-Za-z-]{1,11})\)") is { Success: true } defined)
        {
            return defined.Groups["acronym"].Value;
        }

        var name = HeadingParts().Split(value)[0].Trim();
        var first = name.Split(' ')[0];
        // An acronym of more than one word the text defines as a whole: "Organisation: EUCAP
        // SOMALIA" beside "European Union Capacity Building Mission in Somalia (EUCAP SOMALIA)".
        if (IsAcronym(first) && name.Contains(' ') && name.Length <= 30 && text.Contains($"({name})", StringComparison.Ordinal))
        {
            return name;
        }

        if (IsAcronym(first) && first.Length <= 6 && !GenericWords.Contains(first.ToUpperInvariant()))
        {
            return first;
        }

        // The acronym the text defines for the label's name elsewhere: "Organization: Terre des
        // hommes – Nigeria" beside "Terre des hommes (Tdh) is …".
        // The acronym's letters are the name's, in order and from its first ("Tdh"), so that
        // "World Vision (Somalia)" gives none.
        if (name.Length > 2 && char.IsUpper(name[0])
            && Regex.Match(text, Regex.Escape(name) + @"[ \t]*\((?<acronym>[A-Z][A-Za-z-]{1,11})\)") is { Success: true } elsewhere
            && LettersOf(elsewhere.Groups["acronym"].Value, name))
        {
            return elsewhere.Groups["acronym"].Value;
        }

        // Only a name, capitalised, has initials: "country office" or "per mission" is none. A name
        // with little words may write them as small letters ("Médecins du Monde": MdM, "Terre des
        // hommes": Tdh), where the text writes that acronym as a word.
        var initials = name.Length > 0 && char.IsUpper(name[0]) ? Initials(name) : "";
        var small = name.Length > 0 && char.IsUpper(name[0]) ? SmallInitials(name) : "";
        return initials.Length >= 2 && (HeaderFacts.Occurrences(text, initials, StringComparison.Ordinal).Any() || publisher.MailLabels.Contains(initials.ToLowerInvariant()))
            ? initials
            : small.Length >= 3 && small.Any(char.IsLower) && IsAcronym(small) && HeaderFacts.Occurrences(text, small, StringComparison.Ordinal).Any()
            ? small
            : null;
    }

    private static bool LettersOf(string acronym, string name)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToList();
        var from = name.ToLowerInvariant();
        if (letters.Count == 0 || letters[0] != from[0])
        {
            return false;
        }

        var at = 0;
        foreach (var letter in letters)
        {
            at = from.IndexOf(letter, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    // The name a copyright line gives: "© Frontex 2026", "Copyright 2026 © European Space Agency. All rights reserved".
    private static string? CopyrightName(string line)
    {
        var name = CopyrightWords().Replace(line, " ").Split('.', ',', '|')[0].Trim();
        return name.Length is > 1 and <= 80 && char.IsUpper(name[0]) ? name : null;
    }

    // The first three lines with words, where they are headings rather than sentences: where a
    // notice or its job site puts the publisher's name. A notice forwarded by e-mail starts after
    // the last message's headers ("From:", "Subject:", "Asunto:" …), not with the forwarder's.
    private static List<string> Heading(string text, IReadOnlyList<Labelled> labels, IReadOnlyList<CountryItem> countries)
    {
        // Header blocks near the top that say who sent the message; "To: …\nSubject: …" in the
        // application instructions further down is not one.
        var mailHeaders = MailHeader().Matches(text).Where(m => m.Index < 3000 && MailSender().IsMatch(m.Value)).ToList();
        var from = mailHeaders.Count == 0 ? 0 : mailHeaders[^1].Index + mailHeaders[^1].Length;
        // A line that starts with a label ("JOB TITLE Programme officer …") is no heading either.
        var labelled = labels.Select(l => l.Start).ToHashSet();
        var lines = new List<string>();
        for (var at = from; at < text.Length && lines.Count < 3;)
        {
            var end = text.IndexOf('\n', at) is var e and >= 0 ? e : text.Length;
            var line = text[at..end].Trim();
            var start = at + (text[at..end].Length - text[at..end].TrimStart().Length);
            // A site's banner and buttons above the notice are no heading of it.
            if (line.Any(char.IsLetter) && !SiteChrome().IsMatch(line))
            {
                lines.Add(labelled.Contains(start) ? "" : line);
            }

            at = end + 1;
        }

        // A country a headline ends with is the post's place, not its publisher ("Vacancy - Assistant
        // Security Manager - USA", "… - DRC").
        return [.. lines.Where(l => l.Length is > 0 and <= 100 && !Sentence().IsMatch(l) && !LabelLine(l))
            .Select(l => TrailingPart().Match(l) is { Success: true } m && countries.Any(c => c.Code == m.Groups["part"].Value || c.Names.Contains(m.Groups["part"].Value, StringComparer.OrdinalIgnoreCase))
                ? l[..m.Index] : l)];
    }

    [GeneratedRegex(@"\s+[-–—|]\s+(?<part>[^-–—|]+?)\s*$")]
    private static partial Regex TrailingPart();

    // "We use cookies …", "Cancel", "This job is expired", "Return to Job Search", "Apply now »".
    [GeneratedRegex(@"\bcookies?\b|^(?:cancel|accept(?:\s+all)?|reject(?:\s+all)?|close|menu|skip\s+to\s+(?:main\s+)?content|sign\s+in|log\s*in|apply(?:\s+now)?\s*»?|share|back|print|this\s+job\s+(?:is|has)\s+expired|return\s+to\s+(?:job\s+)?search)$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteChrome();

    // A heading's first word before a job ("EULEX Security Officer", not "CCTV Operator") counts as
    // an organisation only where the text also uses it as one: defined "(ACR)", in an e-mail or web
    // address, or as the staff or offices of it.
    private static bool ActsAsOrganisation(string text, string acronym, PublisherSigns publisher) =>
        publisher.MailLabels.Contains(acronym.ToLowerInvariant()) || publisher.WebLabels.Contains(acronym.ToLowerInvariant())
        || text.Contains($"({acronym})", StringComparison.Ordinal)
        || HeaderFacts.Occurrences(text, acronym, StringComparison.Ordinal).Any(at => StaffOf().IsMatch(text, at + acronym.Length));

    [GeneratedRegex(@"\G\s+(?:" + OwnThings + @")\b")]
    private static partial Regex StaffOf();

    // What a notice writes an organisation's acronym before as its own: "UNDP staff", "CARE offices".
    private const string OwnThings = "staff|offices?|personnel|premises|headquarters|employees|mission";

    // "Parent Sector : Sector for Administration and Management (ADM)" is a label and its value,
    // not a heading; "Organization: …" and "UNICEF: for every child" can be.
    private static bool LabelLine(string line) =>
        LabelBefore().Match(line) is { Success: true } m && !IsAcronym(m.Groups["label"].Value) && !OrganisationName().IsMatch(m.Groups["label"].Value);

    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{L}'’ /().-]{1,40}?)[ \t]*:[ \t]+\S")]
    private static partial Regex LabelBefore();

    [GeneratedRegex(@"^[ \t]*(?:From|Sent|To|Cc|Subject|Date|De|Envoyé|À|Objet|Enviado|Para|Asunto|Fecha)[ \t]*:[^\n]*\n(?:[ \t]*(?:From|Sent|To|Cc|Subject|Date|De|Envoyé|À|Objet|Enviado|Para|Asunto|Fecha)[ \t]*:[^\n]*\n)+", RegexOptions.Multiline)]
    private static partial Regex MailHeader();

    [GeneratedRegex(@"^[ \t]*(?:From|De|Sent|Envoyé|Enviado)[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex MailSender();

    // A grade as titles print it in brackets: "(NOB)", "(P-3)", "(FS5)", "(AD7)", "(ICS-11)".
    [GeneratedRegex(@"^(?:NO-?[A-E]|NPO-?[A-E]|[PDG]-?\d{1,2}|GS-?\d|FS-?\d|ASG|USG|AD-?\d{1,2}|AST-?\d{1,2}|SB-?\d|SC-?\d{1,2}|ICS-?\d{1,2}|LICA-?\d{1,2}|NB|NPSA-?\d{1,2}|IPSA-?\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeCode();

    // A name that starts with a word for a part of an organisation.
    [GeneratedRegex(@"^(?:(?:The|Le|La|El|L['’])[ \t]*)?(?:Section|Service|Unit|Division|Branch|Sector|Office[ \t]+of[ \t]+the[ \t]+(?:Director|Chief|Head)|Unité|Secteur|Sous-direction|Sección|Servicio|Dependencia|Unidad|División)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitWord();

    // A security or operations centre: "Security Operations Centre", "Joint Operations Center".
    [GeneratedRegex(@"\b(?:Security|Operations?)[ \t]+(?:Centre|Center)$", RegexOptions.IgnoreCase)]
    private static partial Regex Centre();

    // How much of a heading line names it: its longest name or acronym there (0: none), or the
    // whole line where its acronym stands alone as a part ("ACNUR – La Agencia de la ONU para los
    // Refugiados": the rest is its tagline) or starts a board's headline ("EC: Inspection Officer").
    private static int Named(string line, Forms o) =>
        HeadingParts().Split(line).Any(part => o.Acronyms.Contains(part.Trim(), StringComparer.Ordinal))
        || o.Acronyms.Any(a => line.StartsWith(a + ": ", StringComparison.Ordinal)) ? line.Length
        : o.Names.Concat(o.Acronyms.Where(a => a.Length > 2))
            .Where(n => HeaderFacts.Occurrences(line, n, StringComparison.OrdinalIgnoreCase).Any())
            .Select(n => n.Length)
            .DefaultIfEmpty(0)
            .Max();

    private static string WithoutArticle(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    // Words a heading shows that are not an organisation.
    private static readonly HashSet<string> GenericWords =
        ["VACANCY", "NOTICE", "JOB", "JOBS", "CAREERS", "CAREER", "HOME", "EMPLOYMENT", "APPLY", "POST", "POSITION", "AVIS", "DE", "VACANCE", "AVISO", "VACANTE", "EMPLEOS",
         "OFFRES", "CARRIÈRES", "NATIONS", "UNIES", "UNIDAS", "UNITED", "EU", "UN", "ONU", "THE", "FOR", "OF", "AND", "VN", "HR", "IT", "ICT",
         // Contract types boards print under a title ("CDD": contrat à durée déterminée).
         "CDD", "CDI", "FTA", "TA", "SSA", "IC", "VIE", "VSI", "STAGE", "INTERNSHIP", "FULL", "PART", "TIME"];

    // The first full name or "(ACR)" definition; the first bare acronym only when neither occurs.
    private static int FirstAt(string text, Forms o)
    {
        var named = o.Names.SelectMany(n => HeaderFacts.Occurrences(text, n, StringComparison.OrdinalIgnoreCase).Take(1))
            .Concat(o.Acronyms.SelectMany(a => HeaderFacts.Occurrences(text, $"({a})", StringComparison.Ordinal).Take(1)))
            .DefaultIfEmpty(-1)
            .Min();
        return named >= 0 ? named
            : o.Acronyms.SelectMany(a => HeaderFacts.Occurrences(text, a, StringComparison.Ordinal).Take(1)).DefaultIfEmpty(text.Length).Min();
    }

    // Back over the capitalised words of a name ("The Department of Safety and Security (UNDSS)").
    private static int NameStart(string text, int at)
    {
        var m = NameBefore().Match(text[..at]);
        return m.Success ? m.Index : at;
    }

    // A name the notice writes whose initials spell the acronym ("Organization for Security and
    // Co-operation in Europe" for OSCE), if there is one.
    private static string? NameFor(string text, string acronym) =>
        ProperName().Matches(text).Select(m => WithoutArticle(m.Value.Trim())).FirstOrDefault(n => n.Contains(' ') && Initials(n) == acronym);

    // The organisation to add to organisations.json, from the same passage as the fact. Its kind
    // and headquarters are the curator's to choose: a notice rarely states them.
    private static ProposedOrganisation Proposal(ValueFact fact, string acronym, string? name, List<string> otherNames) => new()
    {
        Acronym = acronym,
        Name = name,
        OtherNames = otherNames.Count == 0 ? null : otherNames,
        Quote = fact.Quote,
        Occurrence = fact.Occurrence,
        Note = (name is null ? "Write its official name, " : "Check its official name, ") + "choose its kind and headquarters (a duty-station key), then add it to organisations.json.",
        Confidence = fact.Confidence,
        Reason = fact.Reason,
    };

    private static string UnknownNote(string acronym, string named) =>
        $"\"{named.Trim()}\" is not in seed/reference/organisations.json; add it there (acronym {acronym}, its official name, kind and headquarters).";

    // A line that reads as a sentence, not a heading: a sentence's end, or a clause's, inside it or at its end.
    [GeneratedRegex(@"[.;:!?]\s+\p{Ll}|[.;!?]\s+\p{Lu}\p{Ll}|[.;]$")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(?<name>[^()]{3,120}?)\s*\((?<acronym>[A-Z][a-z-]*[A-Z][A-Za-z-]{0,10})\)\s*$")]
    private static partial Regex HeadingDefinition();

    [GeneratedRegex(@"\s+(?:[|>›·»]|[-–—](?=\s))\s+")]
    private static partial Regex HeadingParts();

    // A word a heading starts with that reads as an organisation's short name ("Europol Vacancy Notice").
    [GeneratedRegex(@"^[A-Z][a-z]+[A-Za-z]*(?=\s+(?:Vacancy|Careers|Jobs|Recruitment)\b)")]
    private static partial Regex HeadingAcronym();

    // The words an organisation's English name ends with ("… Agency", "… Rescue Committee"), for
    // a name alone (OrganisationName) and a name defining its acronym (Definition).
    private const string HeadWords = "Organi[sz]ation|Agency|Court|Union|Fund|Programme|Program|Bank|Institute|Commission|Authority|Tribunal|Council|Centre|Center|Committee|Alliance|Association|Society|Societies|Foundation|Corps";

    // A run of capitalised words ending in a capitalised word organisations end their names with
    // ("the FIG programme" is a programme's, not a name), in English,
    // French or Spanish, written in capitals or not ("Conseil de l'Europe", "ORGANIZACIÓN DE LOS
    // ESTADOS AMERICANOS", "European Border and Coast Guard Agency"), with the lowercase adjectives
    // of French and Spanish names where the name goes on ("Organisation internationale de la Francophonie").
    [GeneratedRegex(@"(?:\p{Lu}[\w’'-]*[ \t]+(?:(?:of|for|and|on|the|in|de|des|du|la|le|del|las|los|y|et|pour)[ \t]+)*){0,8}(?=\p{Lu})(?i:" + HeadWords + @"|International\b(?![ \t]+(?-i:\p{Lu}))|Organizaci[óo]n|Agence|Agencia|Conseil|Consejo|Cour|Corte|Fonds|Fondo)(?:(?:[ \t]+\p{Ll}[\w’'-]*){1,2}(?=[ \t]+(?:(?:of|for|and|on|the|in|de|des|du|la|le|del|las|los|y|et|pour)[ \t]+)+(?:l['’]|d['’])?\p{Lu}))?(?:[ \t]+(?:(?:of|for|and|on|the|in|de|des|du|la|le|del|las|los|y|et|pour)[ \t]+)*(?:(?:l['’]|d['’])?\p{Lu}[\w’'-]*)){0,6}")]
    private static partial Regex OrganisationName();

    [GeneratedRegex(@"©|\(c\)|copyright|\b(?:19|20)\d\d\b|all rights reserved|tous droits réservés|todos los derechos reservados", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightWords();

    // Capitalised words joined by the little words of names ("Organization for Security and Co-operation in Europe").
    [GeneratedRegex(@"\p{Lu}[\w’'-]*(?:[ \t]+(?:(?:of|for|and|on|the|in|de|des|du|la|le|del|las|los|y|et|pour)[ \t]+)*\p{Lu}[\w’'-]*)+")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"[\w.+-]+@(?<domain>[\w-]+(?:\.[\w-]+)+)")]
    private static partial Regex Mailbox();

    [GeneratedRegex(@"(?:https?://|\bwww\.)(?<domain>[\w-]+(?:\.[\w-]+)+)", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"(?:©|\(c\)|copyright)[^\n]{0,120}", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    // "The <name> (ACR) is …", "UNICEF works …", "Le <name> est …", "El <name> es …" at the start of
    // a sentence or line; the name is the shortest run before the verb.
    [GeneratedRegex(@"(?:^|[.!?][ \t]+|\n)(?:(?:The|Les|Las|Los|Le|La|El)[ \t]+|L['’][ \t]*)?(?<name>[^.!?\n]{1,150}?)(?:[ \t]+\((?<acronym>[A-Za-z-]{1,12})\))?[ \t]+(?:is|seeks|offers|works|provides|invites|employs|est|recrute|recherche|cherche|offre|œuvre|travaille|emploie|es|busca|ofrece|trabaja|invita|promueve|cuenta)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();

    // A heading that introduces the publisher: "About UNICEF", "À propos d'INTERPOL", "Présentation
    // de TGH", "Présentation ALIMA", "Acerca de la OPS", numbered or not ("1. About AECF").
    [GeneratedRegex(@"^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+)?(?:(?i:about)(?:[ \t]+the)?|À[ \t]+propos[ \t]+(?:d['’]|de[ \t]+l['’]|de[ \t]+la[ \t]+|du[ \t]+|de[ \t]+)|Présentation(?:[ \t]+(?:d['’]|de[ \t]+l['’]|de[ \t]+la[ \t]+|du[ \t]+|de[ \t]+))?|Acerca[ \t]+(?:de[ \t]+la|de[ \t]+los|del|de)|Sobre(?:[ \t]+(?:la|el|los))?)[ \t]*(?<name>\p{Lu}[^\n.:!?]{0,80}?)[ \t]*:?[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex AboutLine();

    [GeneratedRegex(@"[-/_. ]+")]
    private static partial Regex NumberPart();

    // A job board's "Posted 7 days ago by OSCE" or "Posted by: …" line: the publisher after "by", to
    // the line's end; "Posted" with its capital, and only a date or "ago" before "by" (not a wrapped
    // "posted in Bentiu and co-located by UNMISS").
    [GeneratedRegex(@"^[ \t]*(?-i:Posted)(?:[ \t]+[^\n]{0,30}?\b(?:ago|\d{4}))?[ \t]+by[ \t]*:?[ \t]*(?<name>\p{L}[^\n,;|]{1,40}?)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PostedByLine();

    // A sentence whose subject is described as an organisation: "WeWorld has been working in
    // Palestine since 1992", "World Vision International is a Christian relief, development and
    // advocacy organisation", "Créé en 2003, Malaria Consortium est l’une des principales
    // organisations …", "Save the Children is recruiting" (not "on behalf of a client"). Verbs an
    // armed group or a job is also the subject of ("has been present", "est présent", "intervient":
    // the weak ones) describe only a name an organisation's name ends ("Plan International has
    // been operating …") or an acronym the notice defines for one ("IRC has been present …").
    // The words between "is a" and the noun are its adjectives, so that "Somalia is one of the
    // countries where organisations …" describes no organisation. A name in a language whose
    // adjectives are not capitalised is one an article starts and the acronym follows: "Le
    // Conseil norvégien pour les réfugiés (NRC) est une organisation …" (not "Since its creation
    // the … (SAN) is …").
    [GeneratedRegex(@"(?:^|[.!?:][ \t]+|\n)(?:(?:Created|Founded|Established|Créée?|Fondée?|Fundad[ao])[ \t]+(?:in|en)[ \t]+\d{4},[ \t]+)?(?:(?:The|Le|La|El)[ \t]+|L['’])?"
        + @"(?:(?<name>\p{Lu}[\p{L}\p{N}’'&-]*(?:[ \t]+(?:(?:the|of|for|and|de|du|des|pour|les|la|le|et)[ \t]+)*\p{Lu}[\p{L}\p{N}’'&-]*){0,4})(?:[ \t]+\((?<acronym>[A-Za-z-]{2,12})\))?"
        + @"|(?:(?:Le|La|Les|El|The)[ \t]+|L['’])(?<name>\p{Lu}[\p{L}’'-]+(?:[ \t]+[\p{L}’'-]+){1,6}?)[ \t]+\((?<acronym>\p{Lu}{2,8})\))[ \t]+"
        + @"(?:(?<declared>is[ \t]+(?:a|an|one[ \t]+of[ \t]+the)(?:[ \t]+(?!(?:where|which|that|who|whose|in|of|with|within|inside|under|part|for|to|from|by|on|at)\b)[\p{L}’'-]+,?){0,8}?[ \t]+(?<noun>(?i:organi[sz]ations?|NGOs?|INGOs?|agency|agencies|charity|charities|non-?profits?|movement|network|federation|consortium|foundation))\b(?!['’]s))"
        + @"|(?:has|have)[ \t]+been[ \t]+(?:working|operational|responding|implementing)\b"
        + @"|(?<weak>(?:has|have)[ \t]+been[ \t]+(?:present|operating|active)\b|est[ \t]+présente?\b|intervient\b|mène\b)"
        + @"|(?:is|are)[ \t]+(?:currently[ \t]+)?(?:recruiting|seeking|looking[ \t]+for)\b(?![^.\n]{0,60}\b(?:on[ \t]+behalf[ \t]+of|for[ \t]+(?:our|a|its)[ \t]+client))"
        + @"|(?<declared>est[ \t]+(?:une?|l['’]une[ \t]+des)(?:[ \t]+(?!(?:où|qui|que|dans|de|du|des|pour|avec|en|à|au|sein)\b)[\p{L}-]+,?){0,8}?[ \t]+(?<noun>(?i:organisations?|ONG|associations?|fondation|agence))\b)"
        + @"|recrute\b(?![^.\n]{0,60}\bpour[ \t]+le[ \t]+compte)|a[ \t]+été[ \t]+(?:fondée?|créée?)\b"
        + @"|(?<declared>es[ \t]+una?(?:[ \t]+(?!(?:donde|que|en|de|del|con|para|y|dentro)\b)[\p{L}-]+,?){0,8}?[ \t]+(?<noun>(?i:organizaci[óo]n|organizaciones|ONG|fundaci[óo]n|agencia))\b))")]
    private static partial Regex DescribingSentence();

    // A sentence in which the publisher speaks as "we" where it names itself: "At DCAF, we envision
    // a world …", "Chez Solidarité Sahel, nous croyons …": an acronym or a name shaped as an
    // organisation's. Not one that names a place, an event, a recruiter or a time ("At Kakuma,
    // we", "At COP28, we", "At Tandem Talent, we", "At Headquarters, we", "At the same time, we"),
    // and a name the notice writes only once is no publisher (a describing sentence's name must recur).
    [GeneratedRegex(@"(?:^|[.!?:][ \t]+|\n)(?:At|Chez)[ \t]+(?<name>\p{Lu}[\p{L}\p{N}’'&-]*(?:[ \t]+(?:(?:the|of|for|and|de|du|des|pour|les|la|le|et)[ \t]+)*\p{Lu}[\p{L}\p{N}’'&-]*){0,4})(?:[ \t]+\((?<acronym>[A-Za-z-]{2,12})\))?,[ \t]+(?:we|nous)\b")]
    private static partial Regex SpeakingAs();

    // What only an organisation is, never a unit or a cluster: a name ending like a part's
    // ("… Team (HOT)") counts as an organisation only where it is declared one of these.
    [GeneratedRegex(@"^(?:NGOs?|INGOs?|charit(?:y|ies)|non-?profits?|foundation|ONG|associations?|fondation|fundaci[óo]n)$", RegexOptions.IgnoreCase)]
    private static partial Regex NonProfit();

    // Whether the notice defines an acronym for a job, a part of an organisation or a system: "The
    // Regional Security Manager (RSM)", "the Protection Coordination Unit (PCU)", "Safety and
    // Assistance Service (SAP)", "United Nations Security Management System (UNSMS)".
    private static bool DefinedForAPart(PublisherSigns publisher, string acronym) =>
        publisher.Definitions.Any(d => d.Acronym == acronym && (HeaderTitle.NamesAJob(d.Name) || PartName().IsMatch(d.Name)));

    [GeneratedRegex(@"\b(?:Unit|Section|Service|Division|Branch|Department|Directorate|Office|Centre|Center|Team|Desk|Cell|Program|Programme|Project|System|Cluster|Framework|Group|Delegation|Forum|Police|Component|Pillar)$")]
    private static partial Regex PartName();

    // A whole name ending with a word organisations end their names with ("Plan International"),
    // or an acronym the text defines for one ("International Rescue Committee (IRC)").
    private static bool NamesAnOrganisation(string text, string name) =>
        OrganisationName().Match(name) is { Success: true } whole && whole.Length == name.Length
        || (IsAcronym(name) && Definition().Matches(text).Any(m => m.Groups["acronym"].Value == name));

    // Words a describing sentence starts with that name no organisation.
    private static readonly HashSet<string> NotOrganisations =
        ["This", "It", "We", "Our", "He", "She", "They", "Il", "Elle", "Nous", "Organization", "Organisation", "Organización", "Agency", "Company", "Candidate", "Incumbent",
         "Position", "Post", "Office", "Mission", "Programme", "Program", "Project", "Team", "Department", "Country", "Region", "Area", "Employer", "Poste", "Projet", "Equipe", "Équipe",
         "Consortium", "Cluster", "Group", "Delegation", "Partner", "Partners", "Donor", "Government", "Client", "Headquarters", "HQ", "Present", "First", "Times"];

    // An acronym written as an owner: "NRC’s policy", "CARE staff", "MSF offices".
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?<acronym>\p{Lu}[\p{Lu}\d]{2,7})(?:[’']s\b|(?<staff>(?=[ \t]+(?:" + OwnThings + @")\b)))")]
    private static partial Regex Owned();

    // An acronym of the United Nations' own parts and systems ("UNPOL personnel", "UNCT’s").
    [GeneratedRegex(@"^UN\p{Lu}")]
    private static partial Regex UnitedNationsPart();

    // Capitals written as owners that are no organisation: sectors, functions, countries ("WASH
    // staff", "ICT staff", "the DRC's offices": the Danish Refugee Council is found where a sentence
    // describes it, not from the country's initials).
    private static readonly HashSet<string> NotOwners =
        ["WASH", "GBV", "SGBV", "NFI", "IDP", "IDPS", "ICT", "NGO", "INGO", "CSO", "MEAL", "PSEA", "CCCM", "HIV", "AIDS", "COVID", "CEO", "CFO", "USA", "UAE", "KSA", "CAR", "DRC", "RDC", "OPT"];

    [GeneratedRegex(@"(?<name>(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*){1,8}(?:" + HeadWords + @"|International))\s+\((?<acronym>[A-Z][A-Za-z]{1,9})\)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|on|the|at|in)[ \t]+)*)*$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^\p{Lu}[\p{L}’'-]+ \p{Lu}[\p{L}’'-]+$")]
    private static partial Regex ShortName();

}
