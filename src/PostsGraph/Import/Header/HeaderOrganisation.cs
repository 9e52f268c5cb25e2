using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// The hiring organisation. Notices name other organisations too (the UN Security Management
// System, UNDSS as a course's issuer), so an "Organization:" label wins; otherwise the
// organisation the top of the notice names most, full names and "Name (ACR)" definitions
// counting more than bare acronyms, and where the notice names its publisher counting most: an
// e-mail address at the organisation's domain, a copyright line, "The <name> is …".
public sealed record OrganisationReading(ValueFact? Fact, IReadOnlyList<ValueFact> Candidates);

public static partial class HeaderOrganisation
{
    // The organisation, or none with the candidates it weighed when no candidate clearly wins:
    // a wrong organisation gives the draft a wrong key and wrong comparisons, a missing one is
    // only a field to fill.
    public static OrganisationReading Extract(NoticeText notice, IReadOnlyList<Labelled> labels, IReadOnlyList<OrganisationItem> organisations)
    {
        var text = notice.Text;
        var labelled = labels.FirstOrDefault(l => l.Field == HeaderField.Organisation && l.Value.Length > 0);
        var named = labelled is null ? null : organisations
            .Where(o => FirstMention(labelled.Value, o) >= 0)
            .OrderBy(o => FirstMention(labelled.Value, o))
            .ThenByDescending(o => o.Acronym!.Length)
            .FirstOrDefault();
        if (named is not null)
        {
            return new(notice.ValueAt(named.Acronym!, labelled!.Start, labelled.ValueEnd).Because(Confidence.High, $"{notice.LabelReason(labelled)} names it"), []);
        }

        var zone = Math.Min(text.Length, Math.Max(3000, text.Length * 2 / 5));
        var publisher = PublisherSigns.Of(text);
        var ranked = organisations
            .Where(o => !string.IsNullOrEmpty(o.Acronym) && !string.IsNullOrEmpty(o.Name))
            .Select(o => (Acronym: o.Acronym!, Name: (string?)Matchable(o.Name!), Mentions: Score(text, o.Acronym!, Matchable(o.Name!), zone), Signs: publisher.Signs(o.Acronym!, Matchable(o.Name!))))
            .Concat(UnknownDefinitions(text, zone, organisations).Select(u => (u.Acronym, u.Name, Mentions: u.Score, Signs: new List<(string Sign, int Weight)>())))
            .Select(x => (x.Acronym, x.Name, x.Mentions, x.Signs, Score: x.Mentions + x.Signs.Sum(s => s.Weight)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => organisations.Any(o => o.Acronym == x.Acronym))
            .ThenBy(x => FirstAt(text, x.Acronym, x.Name))
            .ToList();
        var best = ranked.FirstOrDefault();

        // A label naming an organisation the reference does not know wins over a passing mention
        // of a known one, but not over a known one the text introduces by name (a regional
        // office code in "Organization: EM_EMRO" under a "WORLD HEALTH ORGANIZATION" heading).
        if (labelled is not null && (best.Acronym is null || best.Score < 4))
        {
            var acronym = Acronym().Match(labelled.Value) is { Success: true } a ? a.Value : labelled.Value;
            return new(notice.ValueAt(acronym, labelled.Start, labelled.ValueEnd, UnknownNote(acronym, labelled.Value))
                .Because(Confidence.Medium, $"{notice.LabelReason(labelled)} names an organisation the reference does not know yet"), []);
        }

        if (best.Acronym is null)
        {
            return new(null, []);
        }

        ValueFact? Reading((string Acronym, string? Name, int Mentions, List<(string Sign, int Weight)> Signs, int Score) x, string confidence)
        {
            var isKnown = organisations.Any(o => o.Acronym == x.Acronym);
            var (start, end) = MentionSpan(text, x.Acronym, x.Name);
            var signs = x.Signs.Count == 0 ? "" : $"named where the notice names its publisher ({string.Join("; ", x.Signs.Select(s => s.Sign))}); ";
            var reason = $"{signs}mentions near the top weigh {x.Mentions} (a full name or \"(ACR)\" 4, a bare acronym 1)"
                + (isKnown ? "" : "; introduced as \"Name (ACR)\" but not in the reference");
            return notice.ValueAt(x.Acronym, start, end, isKnown ? null : UnknownNote(x.Acronym, x.Name ?? x.Acronym)).Because(confidence, reason);
        }

        // Clear when the publisher signs for it and no rival comes close, or when it is named more
        // than once and nothing else is named half as much.
        var second = ranked.Skip(1).Select(x => x.Score).FirstOrDefault();
        var confidence = best.Signs.Count > 0 && best.Score >= second + 6 ? Confidence.High
            : best.Score >= 2 && best.Score >= 2 * second ? Confidence.Medium
            : null;
        return confidence is not null
            ? new(Reading(best, confidence), [])
            : new(null, [.. ranked.Take(3).Select(x => Reading(x, Confidence.Low)).OfType<ValueFact>()]);
    }

    // The first full name (with its "(ACR)" when one follows), else the first "Name (ACR)"
    // definition, else the first bare acronym.
    private static (int Start, int End) MentionSpan(string text, string acronym, string? name)
    {
        var definition = $"({acronym})";
        // The name as written, or in the other number of its last word ("Tribunals").
        (int At, string Form) first = (-1, "");
        foreach (var f in name is null ? [] : NameForms(name))
        {
            var at = HeaderFacts.Occurrences(text, f, StringComparison.OrdinalIgnoreCase).DefaultIfEmpty(-1).First();
            if (at >= 0 && (first.At < 0 || at < first.At))
            {
                first = (at, f);
            }
        }

        var (named, form) = first;
        var defined = HeaderFacts.Occurrences(text, definition, StringComparison.Ordinal).DefaultIfEmpty(-1).First();
        if (named >= 0 && (defined < 0 || named <= defined))
        {
            var end = named + form.Length;
            var after = text[end..].TrimStart(' ');
            return (named, after.StartsWith(definition, StringComparison.Ordinal) ? text.Length - after.Length + definition.Length : end);
        }

        if (defined >= 0)
        {
            return (NameStart(text, defined), defined + definition.Length);
        }

        var bare = HeaderFacts.Occurrences(text, acronym, StringComparison.Ordinal).DefaultIfEmpty(-1).First();
        if (bare >= 0)
        {
            return (NameStart(text, bare), bare + acronym.Length);
        }

        // Named only where it publishes: its e-mail address, else its copyright line.
        var label = acronym.ToLowerInvariant();
        var signed = Mailbox().Matches(text).FirstOrDefault(m => m.Groups["domain"].Value.ToLowerInvariant().Split('.', '-').Contains(label))
            ?? CopyrightLine().Matches(text).FirstOrDefault();
        return signed is null ? (0, 0) : (signed.Index, signed.Index + signed.Value.TrimEnd().Length);
    }

    // Notices often drop the "United Nations" of a Secretariat department's name ("The Department of
    // Safety and Security (UNDSS)"); what remains is still distinctive when it has three words or more.
    private static string Matchable(string name) =>
        name.StartsWith("United Nations ", StringComparison.Ordinal) && name.Split(' ').Length >= 5 ? name["United Nations ".Length..] : name;

    private static int FirstMention(string value, OrganisationItem o) =>
        new[] { o.Acronym, o.Name is null ? null : Matchable(o.Name) }
            .Where(w => !string.IsNullOrEmpty(w))
            .Select(w => HeaderFacts.Occurrences(value, w!, w == o.Acronym ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase).DefaultIfEmpty(-1).First())
            .Where(i => i >= 0)
            .DefaultIfEmpty(-1)
            .Min();

    // A bare acronym followed by a capitalised word is a modifier ("UN Security Management
    // System", "ICC Core Competencies"), not the organisation itself.
    // Each mention counts once: "Name (ACR)" is one mention, not a name, a definition and an acronym.
    private static int Score(string text, string acronym, string? name, int zone)
    {
        var named = name is null ? [] : NameForms(name)
            .SelectMany(form => HeaderFacts.Occurrences(text, form, StringComparison.OrdinalIgnoreCase, zone).Select(at => at + form.Length)).Distinct().ToList();
        var definitions = HeaderFacts.Occurrences(text, $"({acronym})", StringComparison.Ordinal, zone).ToList();
        var ownDefinitions = definitions.Count(at => named.Any(end => at >= end && text.AsSpan(end, at - end).IsWhiteSpace()));
        var bare = HeaderFacts.Occurrences(text, acronym, StringComparison.Ordinal, zone)
            .Count(at => !IsModifier(text, at + acronym.Length) && !definitions.Contains(at - 1));
        return 4 * (named.Count + definitions.Count - ownDefinitions) + bare;
    }

    // Where a notice names its publisher, read once per notice: the labels of its e-mail domains
    // ("@wipo.int", "@icc-cpi.int"), its copyright lines, and the names "The <name> is/seeks/offers …"
    // introduces. An organisation scores for each kind that names it, once.
    private sealed record PublisherSigns(HashSet<string> MailLabels, List<string> CopyrightLines, List<(string Name, string Acronym)> Introduced)
    {
        public static PublisherSigns Of(string text) => new(
            [.. Mailbox().Matches(text).SelectMany(m => m.Groups["domain"].Value.ToLowerInvariant().Split('.', '-'))],
            [.. CopyrightLine().Matches(text).Select(m => m.Value)],
            [.. Introduction().Matches(text).Select(m => (m.Groups["name"].Value, m.Groups["acronym"].Value))]);

        public List<(string Sign, int Weight)> Signs(string acronym, string name)
        {
            var signs = new List<(string, int)>();
            if (MailLabels.Contains(acronym.ToLowerInvariant()))
            {
                signs.Add(($"an e-mail address at its domain", 8));
            }

            if (CopyrightLines.Any(line => line.Contains(name, StringComparison.OrdinalIgnoreCase) || HeaderFacts.Occurrences(line, acronym, StringComparison.Ordinal).Any()))
            {
                signs.Add(("a copyright line", 8));
            }

            if (Introduced.Any(i => (i.Acronym.Length == 0 || string.Equals(i.Acronym, acronym, StringComparison.OrdinalIgnoreCase))
                && NameForms(name).Any(form => string.Equals(i.Name, form, StringComparison.OrdinalIgnoreCase))))
            {
                signs.Add(("\"The <name> is …\"", 6));
            }

            return signs;
        }
    }

    // A name as written and in the other number of its last word ("Tribunal", "Tribunals").
    private static IEnumerable<string> NameForms(string name)
    {
        yield return name;
        yield return name.EndsWith('s') ? name[..^1] : name + "s";
    }

    private static bool IsModifier(string text, int after) =>
        after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]);

    // Organisations the reference does not know, introduced the way notices introduce their own:
    // "The European Space Agency (ESA)".
    private static IEnumerable<(string Acronym, string? Name, int Score)> UnknownDefinitions(string text, int zone, IReadOnlyList<OrganisationItem> organisations)
    {
        foreach (Match m in Definition().Matches(text[..zone]))
        {
            var acronym = m.Groups["acronym"].Value;
            if (organisations.All(o => o.Acronym != acronym))
            {
                yield return (acronym, m.Groups["name"].Value, Score(text, acronym, m.Groups["name"].Value, zone));
            }
        }
    }

    // The first full name or "(ACR)" definition; the first bare acronym only when neither occurs.
    private static int FirstAt(string text, string acronym, string? name)
    {
        var named = (name is null ? [] : HeaderFacts.Occurrences(text, name, StringComparison.OrdinalIgnoreCase).Take(1))
            .Concat(HeaderFacts.Occurrences(text, $"({acronym})", StringComparison.Ordinal).Take(1))
            .DefaultIfEmpty(-1)
            .Min();
        return named >= 0 ? named : HeaderFacts.Occurrences(text, acronym, StringComparison.Ordinal).DefaultIfEmpty(text.Length).First();
    }

    // Back over the capitalised words of a name ("The Department of Safety and Security (UNDSS)").
    private static int NameStart(string text, int at)
    {
        var m = NameBefore().Match(text[..at]);
        return m.Success ? m.Index : at;
    }

    private static string UnknownNote(string acronym, string named) =>
        $"\"{named.Trim()}\" is not in seed/reference/organisations.json; add it there (acronym {acronym}, its official name, kind and headquarters).";

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*[A-Z]\b")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"[\w.+-]+@(?<domain>[\w-]+(?:\.[\w-]+)+)")]
    private static partial Regex Mailbox();

    [GeneratedRegex(@"(?:©|\(c\)|copyright)[^\n]{0,120}", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    // "The <name> (ACR) is …" at the start of a sentence or line; the name is the shortest run before the verb.
    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)The\s+(?<name>[^.!?\n]{1,150}?)(?:\s+\((?<acronym>[A-Za-z]{1,10})\))?\s+(?:is|was|has|seeks|offers|works|provides|invites|employs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();

    [GeneratedRegex(@"(?<name>(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*){1,8}(?:Organi[sz]ation|Agency|Court|Union|Fund|Programme|Program|Bank|Institute|Commission|Authority|Tribunal|Council|Centre|Center))\s+\((?<acronym>[A-Z][A-Za-z]{1,9})\)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|on|the|at|in)[ \t]+)*)*$")]
    private static partial Regex NameBefore();
}
