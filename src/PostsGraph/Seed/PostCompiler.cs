using System.Security.Cryptography;
using System.Text;
using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

// Validates one post file against its notice and the reference catalogue and builds its entities.
// Units are shared: chains that name the same units in the same organisation become one tree.
public sealed partial class PostCompiler(ReferenceCatalogue reference, IReadOnlyDictionary<string, byte[]> notices, List<SeedError> errors)
{
    private readonly Dictionary<string, (SourceNotice Notice, QuoteLocator Locator)> _notices = new(StringComparer.Ordinal);

    public Dictionary<string, Unit> Units { get; } = new(StringComparer.Ordinal);

    public IEnumerable<SourceNotice> SourceNotices => _notices.Values.Select(n => n.Notice);

    // A draft (seed/posts/*.draft.json) is checked like a post, except that it may list its missing fields.
    public Post? Compile(string file, string key, PostFile post, bool draft = false)
    {
        var c = new FileChecks(file, errors);
        var errorsBefore = errors.Count;
        if (!FileChecks.Slug().IsMatch(key))
        {
            c.Error("", $"the file name \"{key}\" is not a valid post key (lowercase letters, digits and hyphens)");
        }

        if (!draft && post.Missing is not null)
        {
            c.Error("missing", "a reviewed post must not list missing fields; remove the list once the draft is reviewed");
        }

        Review(c, post, draft);

        if (post.NoticeUrl is { } noticeUrl)
        {
            c.HttpUrl(noticeUrl, "noticeUrl");
        }

        var notice = Notice(c, post.Notice);
        var locator = notice?.Locator;
        var evidence = new List<FieldEvidence>();

        string? Text(ValueFact? fact, string field, bool required = false)
        {
            if (fact is null)
            {
                if (required)
                {
                    c.Error(field, "is missing");
                }

                return null;
            }

            var value = c.Required(fact.Value, $"{field}.value");
            Record(fact, field, field);
            return value;
        }

        void Record(Fact fact, string path, string field)
        {
            if (c.Evidence(fact, path, locator) is { } found)
            {
                evidence.Add(new FieldEvidence { Field = field, Order = evidence.Count, Evidence = found, Kind = found.Kind });
            }
        }

        var title = Text(post.Title, "title", required: true);
        var organisationKey = Text(post.Organisation, "organisation", required: true);
        var organisation = organisationKey is null ? null
            : ReferenceCatalogue.Resolve(c, reference.Organisations, organisationKey, "organisation.value", "organisation");
        var unit = organisation is null ? null : UnitChain(c, organisation, post.Units ?? [], Record);
        var gradeCode = Text(post.Grade, "grade");
        var grade = gradeCode is null ? null : ReferenceCatalogue.Resolve(c, reference.Grades, gradeCode, "grade.value", "grade");
        var stationKey = Text(post.DutyStation, "dutyStation");
        var station = stationKey is null ? null
            : ReferenceCatalogue.Resolve(c, reference.DutyStations, stationKey, "dutyStation.value", "duty station");
        var appointment = post.AppointmentType is null ? null
            : c.Enum<AppointmentType>(Text(post.AppointmentType, "appointmentType"), "appointmentType.value");
        if (post.Duration is { } duration)
        {
            if (duration.Months is <= 0)
            {
                c.Error("duration.months", "must be a positive number of months, or null where the notice gives no length");
            }

            Record(duration, "duration", "durationMonths");
        }

        var openTo = new List<CandidateGroup>();
        if (post.RecruitmentOpenTo is { } open)
        {
            openTo = c.Enums<CandidateGroup>(open.Values, "recruitmentOpenTo.values");
            if (openTo.Count == 0 || openTo.Distinct().Count() != openTo.Count)
            {
                c.Error("recruitmentOpenTo.values", "must name each group of candidates the notice opens recruitment to, once");
            }

            Record(open, "recruitmentOpenTo", "recruitmentOpenTo");
        }

        var vacancyNumber = Text(post.VacancyNumber, "vacancyNumber");
        var positionNumber = Text(post.PositionNumber, "positionNumber");
        var reportsTo = Text(post.ReportsTo, "reportsTo");
        var postedOn = c.Date(Text(post.PostedOn, "postedOn"), "postedOn.value");
        var deadline = c.Date(Text(post.Deadline, "deadline"), "deadline.value");
        if (postedOn > deadline)
        {
            c.Error("deadline.value", $"{deadline:yyyy-MM-dd} is before the posting date {postedOn:yyyy-MM-dd}");
        }

        var salary = (post.Salary ?? []).Select((s, i) => Salary(c, s, $"salary[{i}]", i, locator)).OfType<SalaryComponent>().ToList();
        var identifiers = Identifiers(c, post, locator,
            (vacancyNumber, evidence.FirstOrDefault(e => e.Field == "vacancyNumber")?.Evidence),
            (positionNumber, evidence.FirstOrDefault(e => e.Field == "positionNumber")?.Evidence));
        var requirements = Requirements(c, post, locator);
        if (errors.Count > errorsBefore || notice is null || title is null || organisation is null)
        {
            return null;
        }

        var pay = PayCalculator.Derive(salary);
        var years = ExperienceYears.Derive(requirements.Education, requirements.Experience, openTo);
        return new Post
        {
            Key = key,
            SourceNotice = notice.Value.Notice,
            Title = title,
            Organisation = organisation,
            Unit = unit,
            VacancyNumber = vacancyNumber,
            PositionNumber = positionNumber,
            Grade = grade,
            DutyStation = station,
            AppointmentType = appointment,
            DurationMonths = post.Duration?.Months,
            RecruitmentOpenTo = openTo,
            PostedOn = postedOn,
            Deadline = deadline,
            ReportsTo = reportsTo,
            AnnualNetPay = pay.AnnualNetPay,
            NoPayReason = pay.NoPayReason,
            PostAdjustmentRate = pay.PostAdjustmentRate,
            MinYearsExperience = years.WithAdvancedDegree,
            MinYearsExperienceAppliesTo = years.WithAdvancedDegreeAppliesTo,
            MinYearsExperienceWithFirstDegree = years.WithFirstDegree,
            MinYearsExperienceWithFirstDegreeAppliesTo = years.WithFirstDegreeAppliesTo,
            MinYearsExperienceWithFirstDegreeExplanation = years.WithFirstDegreeExplanation,
            TopEducationLevel = requirements.TopEducationLevel,
            Evidence = evidence,
            SalaryComponents = salary,
            Identifiers = identifiers,
            Duties = requirements.Duties,
            DutyCount = requirements.Duties.Count,
            Education = requirements.Education,
            Experience = requirements.Experience,
            Languages = requirements.Languages,
            Certifications = requirements.Certifications,
            Competencies = requirements.Competencies,
            Conditions = requirements.Conditions,
        };
    }

    private (SourceNotice Notice, QuoteLocator Locator)? Notice(FileChecks c, string? fileName)
    {
        if (c.Required(fileName, "notice") is not { } name)
        {
            return null;
        }

        if (_notices.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!notices.TryGetValue(name, out var bytes))
        {
            c.Error("notice", $"\"{name}\" is not a file in seed/notices/");
            return null;
        }

        var text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
        var notice = new SourceNotice { FileName = name, Text = text, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
        return _notices[name] = (notice, new QuoteLocator(text));
    }

    private Unit? UnitChain(FileChecks c, Organisation organisation, List<UnitFact> chain, Action<Fact, string, string> record)
    {
        Unit? parent = null;
        for (var i = 0; i < chain.Count; i++)
        {
            var at = $"units[{i}]";
            var kind = c.Enum<UnitKind>(chain[i].Kind, $"{at}.kind");
            var name = c.Required(chain[i].Name, $"{at}.name");
            record(chain[i], at, "unit");
            if (kind is null || name is null)
            {
                return null;
            }

            var key = $"{parent?.Key ?? FileChecks.ToSlug(organisation.Acronym)}/{FileChecks.ToSlug(name)}";
            if (Units.TryGetValue(key, out var existing))
            {
                if (existing.Kind != kind || existing.Acronym != chain[i].Acronym)
                {
                    c.Error(at, $"unit \"{name}\" is already declared by another post with kind {EnumNames<UnitKind>.Of(existing.Kind)} and acronym \"{existing.Acronym}\"; declare it the same way");
                }

                parent = existing;
                continue;
            }

            parent = Units[key] = new Unit
            {
                Key = key,
                Organisation = organisation,
                Parent = parent,
                Kind = kind.Value,
                Name = name,
                Acronym = chain[i].Acronym,
                Depth = i,
            };
        }

        return parent;
    }

    // Every number printed for the post: its vacancy and position numbers (with their own evidence),
    // then the others the seed lists, each with its label and evidence.
    private static List<PostIdentifier> Identifiers(
        FileChecks c, PostFile post, QuoteLocator? locator, (string? Value, Evidence? Evidence) vacancy, (string? Value, Evidence? Evidence) position)
    {
        var identifiers = new List<PostIdentifier>();
        void Add(IdentifierKind kind, string label, string? value, Evidence? evidence)
        {
            if (value is not null && evidence is not null)
            {
                identifiers.Add(new PostIdentifier { Order = identifiers.Count, Kind = kind, Label = label, Value = value, Evidence = evidence });
            }
        }

        // The vacancy and position numbers' evidence was checked with the post's own fields.
        Add(IdentifierKind.VacancyNumber, "Vacancy number", vacancy.Value, vacancy.Evidence);
        Add(IdentifierKind.PositionNumber, "Position number", position.Value, position.Evidence);
        foreach (var (other, i) in (post.Identifiers ?? []).Select((o, i) => (o, i)))
        {
            var at = $"identifiers[{i}]";
            var label = c.Required(other.Label, $"{at}.label");
            var value = c.Required(other.Value, $"{at}.value");
            if (value is not null && identifiers.Any(x => x.Value == value))
            {
                c.Error($"{at}.value", $"\"{value}\" is already the post's vacancy or position number");
                continue;
            }

            if (label is not null)
            {
                Add(IdentifierKind.Other, label, value, c.Evidence(other, at, locator));
            }
        }

        return identifiers;
    }

    private SalaryComponent? Salary(FileChecks c, SalaryFact s, string at, int order, QuoteLocator? locator)
    {
        var kind = c.Enum<SalaryKind>(s.Kind, $"{at}.kind");
        var currency = s.Currency is null ? null
            : ReferenceCatalogue.Resolve(c, reference.Currencies, s.Currency, $"{at}.currency", "currency");
        if (s.Currency is null)
        {
            c.Error($"{at}.currency", "is missing");
        }

        var period = c.Enum<PayPeriod>(s.Period, $"{at}.period");
        var qualifier = c.Enum<PayQualifier>(s.Qualifier, $"{at}.qualifier");
        var label = c.Required(s.Label, $"{at}.label");
        if (s.Amount is not > 0)
        {
            c.Error($"{at}.amount", "must be a positive number, as the notice states it");
        }

        var evidence = c.Evidence(s, at, locator);
        return kind is null || currency is null || period is null || qualifier is null || label is null || s.Amount is not > 0 || evidence is null
            ? null
            : new SalaryComponent
            {
                Order = order,
                Kind = kind.Value,
                Amount = s.Amount.Value,
                CurrencyCode = currency.Code,
                Period = period.Value,
                Qualifier = qualifier.Value,
                Label = label,
                Evidence = evidence,
            };
    }

    // What only a draft may carry: the importer's confidence and reason on each fact, and the
    // candidates of a field it could not choose. A reviewed post carries neither.
    private static void Review(FileChecks c, PostFile post, bool draft)
    {
        var rated = post.Facts().Where(f => f.Fact.Confidence is not null || f.Fact.Reason is not null).ToList();
        if (!draft)
        {
            if (rated.Count > 0)
            {
                c.Error(rated[0].Path, $"{rated.Count} fact(s) still carry the importer's confidence and reason; remove both from every fact once the draft is reviewed");
            }

            if (post.Candidates is not null)
            {
                c.Error("candidates", "a reviewed post must not list the importer's candidates; choose the value, then remove the list");
            }

            return;
        }

        rated.ForEach(f => c.Confidence(f.Fact, f.Path));
    }
}
