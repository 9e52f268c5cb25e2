using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// The duty station, from a "Duty Station:", "Location:", "Place of assignment" or "City" label
// ("The Hague - NL", "Geneva, Switzerland"), else from a line near the top that is only a city,
// a job board's place line (a city, its region and its country), the city right after the title
// on its line, a heading line near the top that ends with a city, the opening sentence that
// places the post (HeaderProse), or last a job board's pay line ("Salary for a P-4 contract in
// Paris", LOW). A post worked from home has none. A city the reference does not know becomes a
// slug, with a note naming city and country.
public static partial class HeaderDutyStation
{
    private const int TopLines = 10;

    // The duty station, and the one to add to duty-stations.json where the reference does not know it.
    public static (ValueFact? Fact, ProposedDutyStation? Proposed) Read(NoticeText notice, IReadOnlyList<Labelled> labels, ValueFact? title, ReferenceFiles reference, string? publisher = null)
    {
        // "Initially Brussels, to be relocated to …": the place the post starts in, where the seat moves.
        labels = [.. labels.Select(l => l.Field == HeaderField.DutyStation && LeadingAdverb().Match(l.Value) is { Success: true } adverb
            ? l with { Value = l.Value[adverb.Length..] } : l)];

        // "Location: home-based with travel to Kabul", "Somalia (home-based)": a post worked from
        // home has no duty station, whatever city it travels to.
        var given = labels.Where(l => l.Field == HeaderField.DutyStation && l.Value.Length > 0).ToList();
        if (given.Count > 0 && given.All(l => HomeBased().IsMatch(l.Value) || Parts(l.Value).Skip(1).Any(p => HomeBased().IsMatch(p))))
        {
            return (null, null);
        }

        // The notice's own "Duty Station" before a job board's "Location" where both are given.
        var ranked = given
            .Select(l => (Label: l, Own: OwnLabel().IsMatch(notice.Text.AsSpan(l.Start, l.ValueStart - l.Start))))
            .OrderBy(t => t.Own ? 0 : 1)
            .ToList();
        var stations = ranked.Select(t => t.Label).ToList();
        // No label gives a city of its own ("Location: Yemen"), so the layout may.
        var noLabelledCity = stations.All(l => OnlyACountry(l.Value, reference));
        foreach (var (label, own) in ranked)
        {
            // The city may come first ("The Hague - NL") or after the country ("Egypt-Cairo"), or
            // stand beside it without punctuation ("Geneva Switzerland", "Kenya Nairobi").
            // The value's first sentence ("Brussels. This post may be transferred …"). Last, a
            // city a sentence places the post in ("This position is based in Beirut (Lebanon),
            // with …") and the city a part starts with, as when a run-on line carries on
            // into the next label's words ("Cote D'Ivoire - Abidjan Type of"); not a part that is a
            // clause ("(with frequent travel to Nairobi)").
            var parts = AnySeparator().Split(label.Value).Prepend(CityPart(label.Value)).Prepend(FirstSentence(label.Value)).Prepend(label.Value)
                .Concat(WordRuns(label.Value)).Concat(PlacedIn().Matches(label.Value).Select(p => p.Groups["city"].Value))
                .Concat(AnySeparator().Split(label.Value).Select(p => p.Trim()).Where(p => p.Length > 0 && char.IsUpper(p[0])).SelectMany(FirstWords));
            if (parts.Select(p => Known(p.Trim(), reference)).FirstOrDefault(s => s is not null) is { } station)
            {
                return (notice.ValueAt(station.Key!, label.Start, label.ValueEnd).Because(Confidence.High, $"{notice.LabelReason(label)}, a city of the reference"), null);
            }

            // The notice's own "Duty Station" naming a city the reference does not know is not
            // overruled by a board's "Location": that city is proposed below.
            if (own && !OnlyACountry(label.Value, reference))
            {
                break;
            }
        }

        foreach (var line in notice.Lines.Where(l => !l.IsBlank).Take(TopLines))
        {
            if (Known(line.Content, reference) is { } station)
            {
                return (notice.ValueAt(station.Key!, line.Start, line.End)
                    .Because(Confidence.Medium, "no duty-station label; a line near the top that is only a city of the reference"), null);
            }

            // A board's place line, where no label gives a city of its own.
            if (noLabelledCity
                && CityToCountry(HeaderDates.WithoutGluedDates(line.Content), reference) is { } placed)
            {
                return (notice.ValueAt(placed.Key!, line.Start, line.End)
                    .Because(Confidence.Medium, "no duty-station label; a line near the top that is a city of the reference, then its region and country"), null);
            }

            if (noLabelledCity && !labels.AnyStartsOn(line)
                && PlaceAndCountryLine(notice, line, reference) is { } placedLine)
            {
                return placedLine;
            }

            // A careers site's department and place on one line: "Operations & Logistics Nairobi, Kenya".
            if (noLabelledCity && !labels.AnyStartsOn(line)
                && EndingCityAndCountry(line.Content, reference) is { } ending)
            {
                return (notice.ValueAt(ending.Key!, line.Start, line.End)
                    .Because(Confidence.Medium, "no duty-station label; a short line near the top that ends with a city of the reference and its country"), null);
            }
        }

        // The place a heading or title label gives after the title ("Security Officer (P-3) - Kabul",
        // "… (HQSO) in Brussels 520 views"), where no label gives a city.
        if (noLabelledCity && AfterTitle(notice, title, reference) is { } headed)
        {
            return (headed, null);
        }

        // A heading line near the top that ends with its place, after the title's own: "Directorate
        // 'Security' (DG HR.DS), in Brussels", "… - EEAS HEADQUARTERS (Brussels)"; not a label's
        // line ("Reports to: Chief Security Adviser (Nairobi)") nor a sentence's ("… reports to the
        // Chief, based in Amman.").
        foreach (var line in noLabelledCity ? notice.Lines.Where(l => !l.IsBlank).Take(TopLines) : [])
        {
            if (!line.Content.Contains(':') && !line.Content.TrimEnd().EndsWith('.') && !labels.AnyStartsOn(line)
                && HeadingPlace().Match(line.Content) is { Success: true } headingPlace
                && NotACountry(headingPlace.Groups["city"].Value.Trim(), reference) is { } ending)
            {
                return (notice.ValueAt(ending.Key!, line.Start, line.End)
                    .Because(Confidence.Medium, "no duty-station label; a heading line near the top that ends with a city of the reference"), null);
            }
        }

        // A label that gives only a country ("Location: Yemen", a careers portal's country field,
        // "Lebanon Field Office") names no city: the notice states its duty station elsewhere.
        // Nor does an office's name ("Global Shared Services Centre (GSSC)"): no city is proposed from it.
        if (stations.FirstOrDefault(l => !OnlyACountry(l.Value, reference) && !NotAPlace().IsMatch(l.Value) && !OfficeName().IsMatch(l.Value)) is not { } unknown)
        {
            return (HeaderProse.DutyStation(notice, city => Known(city, reference), sentence => EndingCity(sentence, reference), title?.Value)
                ?? BoardPayPlace(notice, reference), null);
        }

        var city = CityPart(unknown.Value, reference, publisher);
        var country = CountryOf(CountryPart(unknown.Value), reference)
            ?? labels.Where(l => l.Field == HeaderField.Country).Select(l => CountryOf(l.Value, reference)).FirstOrDefault(c => c is not null);
        return Proposed(notice, city, country, unknown.Start, unknown.ValueEnd, $"{notice.LabelReason(unknown)}; a city the reference does not know yet");
    }

    // A careers site's unlabelled place line near the top, after the grade it may start with: "FGIV
    // Saint-Germain-en-Laye / France", "Prague / Czech Republic", "San Cristobal, Venezuela Full time". A city the reference knows must be
    // in that country; another is proposed with it.
    private static (ValueFact? Fact, ProposedDutyStation? Proposed)? PlaceAndCountryLine(NoticeText notice, NoticeLine line, ReferenceFiles reference)
    {
        if (PlaceAndCountry().Match(line.Content) is not { Success: true } m
            || (m.Groups["grade"].Success && HeaderGrades.FindKnown(m.Groups["grade"].Value, reference.Grades) is null)
            || CountryOf(m.Groups["country"].Value, reference) is not { } country)
        {
            return null;
        }

        var city = m.Groups["city"].Value.Trim();
        if (HeaderTitle.NamesAJob(city) || HeaderOrganisation.NamesAnOrganisationOfTheReference(city, reference.Organisations))
        {
            return null;
        }

        if (Known(city, reference) is { } known)
        {
            return known.Country == country
                ? (notice.ValueAt(known.Key!, line.Start, line.End).Because(Confidence.Medium, "no duty-station label; a line near the top that is a city of the reference, a slash or a comma and its country"), null)
                : null;
        }

        // "Security Abuja, Nigeria": a department before a known city is left to the line's ending city.
        return CountryOf(city, reference) is null && LastWords([.. NameWords().Matches(city).Select(w => w.Value)], run => Known(run, reference)) is null
            ? Proposed(notice, city, country, line.Start, line.End, "no duty-station label; a line near the top that is a city, a slash or a comma and its country; a city the reference does not know yet")
            : null;
    }

    // Also a careers site's "San Cristobal, Venezuela Full time": a city, a comma and its country,
    // then the working time, which a title's or a publisher's line ("Country Director, Yemen",
    // "Oxfam, Yemen") never has.
    [GeneratedRegex(@"^[ \t]*(?:(?<grade>[A-Z]{2,4}[ ]?[0-9IVX]{1,3})[ \t]+)?(?<city>\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})(?:[ \t]*/[ \t]*(?<country>\p{Lu}[\p{L}'’ ]{2,40}?)|,[ \t]*(?<country>\p{Lu}[\p{L}'’ ]{2,40}?)[ \t]+(?i:full[ -]?time|part[ -]?time|temps[ \t]+(?:plein|partiel)|tiempo[ \t]+(?:completo|parcial)))[ \t]*$")]
    private static partial Regex PlaceAndCountry();

    private static (ValueFact? Fact, ProposedDutyStation? Proposed) Proposed(NoticeText notice, string city, string? country, int start, int end, string reason)
    {
        var slug = FileChecks.ToSlug(Fold(city));
        var note = $"Duty station \"{city}\" (country {country ?? "not stated"}) is not in seed/reference/duty-stations.json; "
            + $"add it with key \"{slug}\", city \"{city}\" and its country code.";
        if (slug.Length == 0 || city.Split(' ').Length > 4
            || notice.ValueAt(slug, start, end, note)?.Because(Confidence.Medium, reason) is not { } fact)
        {
            return (null, null);
        }

        return (fact, new ProposedDutyStation
        {
            Key = slug, City = city, Country = country, Quote = fact.Quote, Occurrence = fact.Occurrence,
            Note = country is null ? "Add its country (ISO 3166-1 alpha-2), then add it to duty-stations.json." : "Check the city and its country, then add it to duty-stations.json.",
            Confidence = country is null ? Confidence.Low : Confidence.Medium,
            Reason = fact.Reason,
        });
    }

    // The words before a value's first full stop and space: "Brussels" in "Brussels. This post may …".
    private static string FirstSentence(string value) =>
        value.IndexOf(". ", StringComparison.Ordinal) is var stop and > 0 ? value[..stop] : value;

    // A job board's pay widget, the only place some boards name: "Salary for a P-4 contract in Paris".
    private static ValueFact? BoardPayPlace(NoticeText notice, ReferenceFiles reference) =>
        BoardPayLine().Match(notice.Text) is { Success: true } m && NotACountry(m.Groups["city"].Value.Trim(), reference) is { } station
            ? notice.ValueAt(station.Key!, m.Index, m.Index + m.Length)
                .Because(Confidence.Low, "no duty-station label or sentence; the city a job board's pay estimate is for (\"Salary for a P-4 contract in …\")")
            : null;

    [GeneratedRegex(@"^[ \t]*Salary[ \t]+for[ \t]+an?[ \t]+[^\n]{1,30}?[ \t]+contract[ \t]+in[ \t]+(?<city>\p{Lu}[\p{L}'’ .-]{1,30}?)[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex BoardPayLine();

    // The city right after the title on its line, past its grade or acronym in brackets: after a
    // dash, a comma or "in", up to the next separator ("(G-6) - Juba, South Sudan", "(HQSO) in
    // Brussels 520 views"); not a title read from a sentence, nor a city that is also a country's name.
    private static ValueFact? AfterTitle(NoticeText notice, ValueFact? title, ReferenceFiles reference)
    {
        if (title is not { Value: { Length: > 0 } value, Quote: { } quote } || title.Confidence == Confidence.Low
            || notice.Find(quote, title.Occurrence) is not { Success: true } found)
        {
            return null;
        }

        var line = notice.LineAt(found.Start);
        var at = notice.Text.IndexOf(value, line.Start, line.End - line.Start, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && CityAfter().Match(notice.Text[(at + value.Length)..line.End]) is { Success: true } after
            && NotACountry(after.Groups["city"].Value.Trim(), reference) is { } station
            ? notice.ValueAt(station.Key!, line.Start, line.End).Because(Confidence.Medium, "no duty-station label; a city of the reference right after the title on its line")
            : null;
    }

    [GeneratedRegex(@"^(?:\s*\([^()\n]*\))*\s*(?:[-–,]|\s+in\b)\s*(?<city>[^-–,(|\d\n]+?)\s*(?:$|[-–,(|]|\d)")]
    private static partial Regex CityAfter();

    [GeneratedRegex(@"(?:,[ \t]*in|[ \t]in|\()[ \t]*(?<city>\p{Lu}[\p{L}'’ .-]{1,30}?)\)?[ \t]*$")]
    private static partial Regex HeadingPlace();

    [GeneratedRegex(@"^\s*(?:initially|currently|provisionally|temporarily|initialement|actuellement|provisoirement|inicialmente|actualmente|provisionalmente)\s+(?=.*\b(?:relocat|transferr|moved|moving|réinstall|transf[ée]r|traslad)\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAdverb();

    // The city of the reference a sentence ends with, past an acronym in brackets ("… of the UN
    // Office at Geneva (UNOG).", "…, New York."), not a city that is also a country's name.
    internal static DutyStationItem? EndingCity(string sentence, ReferenceFiles reference)
    {
        var words = NameWords().Matches(TrailingAcronym().Replace(sentence, "")).Select(m => m.Value).ToList();
        return LastWords(words, run => NotACountry(run, reference));
    }

    // The city the last three, two or one words name, longest first.
    private static DutyStationItem? LastWords(List<string> words, Func<string, DutyStationItem?> city) =>
        Enumerable.Range(1, Math.Min(3, words.Count)).Reverse()
            .Select(n => city(string.Join(' ', words[^n..])))
            .FirstOrDefault(s => s is not null);

    [GeneratedRegex(@"\s*\([^()\n]*\)[\s.;:]*$")]
    private static partial Regex TrailingAcronym();

    // A city of the reference whose name is not also a country's ("Mexico" for Mexico City), which
    // a sentence or a heading may mean as the country; a capital named as its country is
    // ("Luxembourg", "Djibouti").
    private static DutyStationItem? NotACountry(string name, ReferenceFiles reference) =>
        CountryOf(name, reference) is not { } country ? Known(name, reference)
        : Known(name, reference) is { } same && same.Country == country && Fold(same.City ?? "") == Fold(name) ? same : null;

    // A short line that is no sentence, no label's and no headline's ("… - Geneva, Switzerland"),
    // and ends with a city of the reference, a comma and that city's country: "Operations &
    // Logistics Nairobi, Kenya".
    private static DutyStationItem? EndingCityAndCountry(string line, ReferenceFiles reference)
    {
        var comma = line.LastIndexOf(',');
        if (comma < 0 || line.TrimEnd().EndsWith('.') || line.Contains(':') || HeadlineDash().IsMatch(line)
            || CountryOf(line[(comma + 1)..], reference) is not { } country)
        {
            return null;
        }

        // Capitalised words before the place, as a department's name is written ("Operations &
        // Logistics"), not a phrase ("Reporting to the Regional Director, Amman, Jordan"), a
        // publisher's address ("Danish Refugee Council, Copenhagen, Denmark") or a heading's.
        var words = NameWords().Matches(line[..comma]).Select(m => m.Value).ToList();
        if (words.Count is < 2 or > 6 || words.Any(w => !char.IsUpper(w[0]) && w != "and")
            || line[..comma].Contains(',') || HeaderOrganisation.NamesAnOrganisationOfTheReference(line, reference.Organisations))
        {
            return null;
        }

        return LastWords(words, run => Known(run, reference) is { } s && s.Country == country ? s : null);
    }

    // A job board's place line: "Paris Île-de-France France", "Nairobi, Nairobi County, Kenya".
    private static DutyStationItem? CityToCountry(string line, ReferenceFiles reference)
    {
        var words = line.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var n = Math.Min(words.Length - 1, 3); n >= 1 && words.Length <= 9; n--)
        {
            if (Known(string.Join(' ', words[..n]), reference) is { } station)
            {
                // The rest holds every word of the city's country's name, in any order ("Democratic
                // Republic of the Congo" for "Congo, The Democratic Republic of the").
                var rest = words[n..].Select(w => Fold(w)).ToHashSet();
                return reference.Countries.FirstOrDefault(c => c.Code == station.Country) is { } country
                    && country.Names.Any(name => NameWords().Matches(Fold(name)).Select(m => m.Value).Where(w => w is not ("the" or "of" or "and")).All(rest.Contains))
                    ? station : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}'-]+")]
    private static partial Regex NameWords();

    [GeneratedRegex(@"\s[-–—|]\s")]
    private static partial Regex HeadlineDash();

    // A country's name misspelt as people do ("Central Africa Republic"): each word the start of
    // the name's word, or the other way round, and at least two words.
    private static bool LooseCountry(string value, ReferenceFiles reference)
    {
        var words = NameWords().Matches(Fold(value)).Select(m => m.Value).ToList();
        return words.Count >= 2 && reference.Countries.SelectMany(c => c.Names).Any(name =>
            NameWords().Matches(Fold(name)).Select(m => m.Value).ToList() is var country && country.Count == words.Count
            && words.Zip(country).All(p => p.First.Length >= 4 && p.Second.Length >= 4 ? p.First.StartsWith(p.Second, StringComparison.Ordinal) || p.Second.StartsWith(p.First, StringComparison.Ordinal) : p.First == p.Second));
    }

    // "Field Locations", "Various duty stations", "Home-based", "Fully Remote (no travel expected)": no city at all.
    [GeneratedRegex(@"^\s*(?:(?:various|multiple|several|all|field)\s+(?:locations?|duty\s+stations?|offices?)|home[- ]based|(?:fully[ \t]+|100[ \t]?%[ \t]+)?remote(?:[ \t]*\([^()\n]{0,60}\))?|to\s+be\s+(?:determined|confirmed)|tbd|n/?a)[\s.,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPlace();

    [GeneratedRegex(@"^[^,;\n]*\b(?:Centre|Center|Office|Headquarters|Services?|Hub|Unit|Bureau|Oficina)\b(?:[ \t]*\(\p{Lu}{2,8}\))?[\s.]*$")]
    private static partial Regex OfficeName();

    [GeneratedRegex(@"duty\s+station|lieu\s+d['’]affectation|lugar\s+de\s+destino", RegexOptions.IgnoreCase)]
    private static partial Regex OwnLabel();

    // A value that names a country and no city: the country ("Yemen", "Tanzania"), its office
    // ("Lebanon Field Office"), its name misspelt ("Central Africa Republic") or followed by
    // remarks in lower case ("Sudan (the) (various)").
    private static bool OnlyACountry(string value, ReferenceFiles reference) =>
        CountryOf(value, reference) is not null || CountryOffice(value, reference) || LooseCountry(value, reference)
        || (Parts(value) is [var country, .. var rest] && rest.Count > 0 && CountryOf(country, reference) is not null && rest.All(p => !p.Any(char.IsUpper)));

    // "Lebanon Field Office", "Yemen Country Office": a country's office, not a city.
    private static bool CountryOffice(string value, ReferenceFiles reference) =>
        CountryOfficeWords().Match(value.Trim()) is { Success: true } m && CountryOf(m.Groups["country"].Value, reference) is not null;

    [GeneratedRegex(@"^(?<country>.+?)\s+(?:(?:Field|Country|Regional|Area|Sub-?)\s*)?(?:Office|Operations?|Field|Mission)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryOfficeWords();

    // The leading runs of words, longest first: "Abidjan Type of" gives "Abidjan Type", "Abidjan";
    // not a city's name inside a region's ("Gaza Strip", "Kabul Province", "Nairobi County").
    private static IEnumerable<string> FirstWords(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var length = words.Length - 1; length >= 1; length--)
        {
            if (!RegionWord().IsMatch(words[length]))
            {
                yield return string.Join(' ', words[..length]);
            }
        }
    }

    [GeneratedRegex(@"^(?:Strip|Region|Province|State|District|Governorate|County|Valley|Islands?|Area|Zone|Territory|Oblast|Department|Prefecture|Municipality|Metropolitan|Governorat|Gouvernorat|Provincia|Departamento|Estado)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegionWord();

    // The leading and trailing runs of words, longest first: "New York United States" gives
    // "New York United", "York United States", "New York", "United States", "New", "States".
    private static IEnumerable<string> WordRuns(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var length = words.Length - 1; length >= 1; length--)
        {
            yield return string.Join(' ', words[..length]);
            yield return string.Join(' ', words[^length..]);
        }
    }

    // A city of the reference by its name, key or other names, ignoring case and accents ("Bogotá", "BENTIU").
    internal static DutyStationItem? Known(string city, ReferenceFiles reference)
    {
        var folded = Fold(city);
        return folded.Length == 0 ? null : reference.DutyStations.FirstOrDefault(s => Fold(s.City ?? "") == folded || Fold(s.Key ?? "") == folded
            || (s.OtherNames ?? []).Any(n => Fold(n) == folded));
    }

    private static string Fold(string name) =>
        FileChecks.WithoutAccents(name.Trim()).ToLowerInvariant().Replace('’', '\'');

    // "The Hague - NL", "Geneva, Switzerland", "Nairobi (Kenya)": the city comes first, unless a
    // site comes before it ("ESTEC, Noordwijk, Netherlands": the part before a country; "ECAC
    // Secretariat, Neuilly-sur-Seine": the part after the site, where it is no country). A region
    // after the city stays out ("Maicao, La Guajira - Colombia"), as does a country before it
    // ("Afghanistan-Bamyan").
    private static string CityPart(string value, ReferenceFiles? reference = null, string? publisher = null)
    {
        var parts = Parts(value);
        return parts.Count >= 3 && reference is not null && CountryOf(parts[^1], reference) is not null && IsSite(parts[0]) ? parts[^2]
            : parts.Count == 2 && reference is not null && CountryOf(parts[0], reference) is not null && CountryOf(parts[1], reference) is null ? parts[1]
            : parts.Count == 2 && reference is not null && NamedSite().IsMatch(parts[0]) && CountryOf(parts[1], reference) is null ? parts[1]
            : parts.Count == 1 && reference is not null && parts[0].Split('-') is [var country, var rest] && CountryOf(country, reference) is not null ? rest.Trim()
            : WithoutOrganisation(parts.FirstOrDefault() ?? "", reference, publisher);
    }

    // "UNICEF Bossaso": an acronym the reference knows, or the one the draft gives the publisher
    // ("DCAF Ljubljana"), before a city of a word or two (not "UNICEF Afghanistan", "UNHCR
    // Sub-Office", "WFP Headquarters").
    private static string WithoutOrganisation(string part, ReferenceFiles? reference, string? publisher) =>
        reference is not null && part.Split(' ', 2) is [var first, var rest] && first.Length >= 2 && first.All(char.IsUpper) && rest.Split(' ').Length <= 2
            && (reference.Organisations.Any(o => o.Acronym == first) || first == publisher)
            && CountryOf(rest, reference) is null && !SiteWord().IsMatch(rest) && !rest.Contains("Office", StringComparison.OrdinalIgnoreCase) ? rest.Trim() : part;

    // An organisation's site by its acronym and a word for it: "ECAC Secretariat", "EEAS Headquarters".
    [GeneratedRegex(@"^\p{Lu}{2,8}[ \t]+(?:Secretariat|Headquarters|HQ|Campus|Compound|Centre|Center)$")]
    private static partial Regex NamedSite();

    // A site rather than a city: an acronym ("ESTEC") or a word for a compound or campus.
    private static bool IsSite(string part) =>
        (part.Count(char.IsUpper) >= 2 && !part.Any(char.IsLower)) || SiteWord().IsMatch(part);

    [GeneratedRegex(@"\b(?:Centre|Center|Campus|Compound|Base|Headquarters|HQ|Complex|Site|Secretariat|Centro|Complexe|Sede)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SiteWord();

    private static List<string> Parts(string value) =>
        [.. Separator().Split(value).Select(p => p.Trim(' ', ')', '.')).Where(p => p.Length > 0)];

    private static string CountryPart(string value) => Parts(value) is { Count: >= 2 } parts ? parts[^1] : "";

    private static string? CountryOf(string value, ReferenceFiles reference)
    {
        // Accents as a notice writes them ("Nigéria", "Sénégal") or not.
        var trimmed = value.Trim();
        var folded = Fold(trimmed);
        return reference.Countries.FirstOrDefault(c => c.Code == trimmed
            || c.Names.Any(n => Fold(n) == folded))?.Code;
    }

    // A dash with a space after it, with or without one before ("Deir Elbalah- Gaza Strip"), a
    // comma, a bracket, a semicolon or a slash; not a hyphen inside a name ("Port-au-Prince").
    [GeneratedRegex(@"\s*[-–]\s+|\s*[,(;/]\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*[-–,(;/)]\s*")]
    private static partial Regex AnySeparator();

    [GeneratedRegex(@"^\W*(?:home[- ]?based|work(?:ing)?\s+from\s+home|à\s+domicile|desde\s+casa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HomeBased();

    [GeneratedRegex(@"\b(?:based|located|stationed)\s+(?:\w+ly\s+)?in\s+(?<city>\p{Lu}[\p{L}'’ .-]{1,30}?)(?=\s*[(,.;]|\s+(?:and|but|with)\b|\s*$)")]
    private static partial Regex PlacedIn();
}
