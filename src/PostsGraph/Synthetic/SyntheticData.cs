using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.Seed;

namespace PostsGraph.Synthetic;

// A deterministic synthetic dataset for measuring PostsGraph at scale: N posts spread over the real
// reference data (organisations, grades, duty stations, currencies) with unit trees, pay statements,
// 5 to 30 duties and 5 to 20 requirements each. It is written straight into a database, never into
// seed/, and is marked as synthetic: its evidence quotes its own text, not a notice.
public sealed class SyntheticData(ReferenceCatalogue reference, int posts, int randomSeed)
{
    private const int BatchSize = 1000;
    private const string Note = "Synthetic: generated for benchmarks, not taken from a notice.";

    private static readonly (string Code, int Weight)[] GradeWeights =
        [("P-2", 10), ("P-3", 25), ("P-4", 25), ("P-5", 15), ("D-1", 5), ("G-5", 4), ("G-6", 4), ("G-7", 2), ("FS-5", 3), ("FS-6", 2), ("NO-B", 3), ("NO-C", 2)];

    private static readonly string[] Currencies = ["USD", "USD", "USD", "EUR", "EUR", "CHF"];
    private static readonly string[] Certifications =
        ["Security Certification Programme (SCP)", "Intermediate Training Programme (ITP)", "Close Protection Officers Course (CPOC)", "Crisis management training"];
    private static readonly string[] UnLanguages = ["ar", "zh", "en", "fr", "ru", "es"];

    private readonly Random _random = new(randomSeed);

    public string Hash => $"synthetic:{posts}:{randomSeed}";

    public async Task WriteAsync(PostsDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        reference.AddTo(db);
        var notices = Enumerable.Range(0, 50).Select(i => new SourceNotice
        {
            FileName = $"synthetic-{i:D2}.txt", Text = $"Synthetic notice {i}. {Note}", Sha256 = new string('0', 64),
        }).ToList();
        db.AddRange(notices);
        var organisations = reference.Organisations.Values.OrderBy(o => o.Acronym, StringComparer.Ordinal).ToList();
        var leaves = organisations.ToDictionary(o => o.Acronym, o => UnitChains(db, o));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var grades = GradeWeights.Select(w => (Grade: reference.Grades[w.Code], w.Weight)).ToList();
        var stations = reference.DutyStations.Values.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        for (var start = 0; start < posts; start += BatchSize)
        {
            for (var i = start; i < Math.Min(posts, start + BatchSize); i++)
            {
                var organisation = organisations[_random.Next(organisations.Count)];
                var units = leaves[organisation.Acronym];
                var station = _random.Next(2) == 0 ? organisation.Headquarters! : stations[_random.Next(stations.Count)];
                db.Add(Post(i, organisation, units[_random.Next(units.Count)], Weighted(grades), station, notices[i % notices.Count]));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        db.Add(new SeedInfo { SeedHash = Hash, LoaderVersion = SeedLoader.LoaderVersion, BuiltAt = DateTimeOffset.UtcNow, PostCount = posts });
        await db.SaveChangesAsync(cancellationToken);
    }

    // Five chains of organ > division > section under each organisation; posts sit in the sections.
    private static List<Unit> UnitChains(PostsDbContext db, Organisation organisation)
    {
        var leaves = new List<Unit>();
        for (var chain = 0; chain < 5; chain++)
        {
            var organ = new Unit { Key = $"{organisation.Acronym.ToLowerInvariant()}/synthetic-{chain}", Organisation = organisation, Kind = UnitKind.Organ, Name = $"Synthetic Organ {chain}", Depth = 0 };
            var division = new Unit { Key = $"{organ.Key}/division", Organisation = organisation, Parent = organ, Kind = UnitKind.Division, Name = "Division of Safety and Security", Depth = 1 };
            var section = new Unit { Key = $"{division.Key}/section", Organisation = organisation, Parent = division, Kind = UnitKind.Section, Name = "Security Section", Acronym = "SS", Depth = 2 };
            db.AddRange(organ, division, section);
            leaves.Add(section);
        }

        return leaves;
    }

    private static List<T> Counted<T>(List<T> items, out int count)
    {
        count = items.Count;
        return items;
    }

    private static List<T> Kept<T>(List<T> items, out List<T> kept) => kept = items;

    private Post Post(int index, Organisation organisation, Unit unit, Grade grade, DutyStation station, SourceNotice notice)
    {
        var posted = new DateOnly(2015, 1, 1).AddDays(_random.Next(12 * 365));
        var (components, pay, rate, reason) = Pay(grade);
        ExperienceYears derived;
        var years = Math.Max(1, grade.Category == GradeCategory.Professional || grade.Category == GradeCategory.Director ? grade.Level * 2 + 1 : grade.Level - 2);
        return new Post
        {
            Key = $"syn-{index:D6}",
            Title = $"{(grade.Level >= 5 ? "Head of Security" : "Security Officer")} {index}",
            SourceNoticeId = notice.Id,
            OrganisationId = organisation.Id,
            UnitId = unit.Id,
            VacancyNumber = $"SYN/{posted.Year}/{index}",
            Identifiers = [new PostIdentifier
            {
                Kind = IdentifierKind.VacancyNumber, Label = "Vacancy number", Value = $"SYN/{posted.Year}/{index}",
                Evidence = Evidence($"Vacancy number: SYN/{posted.Year}/{index}"),
            }],
            GradeId = grade.Id,
            DutyStationId = station.Id,
            AppointmentType = _random.Next(20) switch { < 14 => AppointmentType.FixedTerm, < 17 => AppointmentType.Temporary, < 19 => AppointmentType.ShortTerm, _ => null },
            DurationMonths = _random.Next(4) switch { 0 => 12, 1 => 24, 2 => 36, _ => null },
            PostedOn = _random.Next(10) == 0 ? null : posted,
            Deadline = posted.AddDays(14 + _random.Next(47)),
            ReportsTo = "Chief of Security",
            AnnualNetPay = pay,
            NoPayReason = reason,
            PostAdjustmentRate = rate,
            TopEducationLevel = grade.Category is GradeCategory.Professional or GradeCategory.Director ? EducationLevel.AdvancedDegree : EducationLevel.FirstDegree,
            SalaryComponents = components,
            // Drawn here, in the order the generator always drew them, so that a seed gives the same posts.
            Duties = Counted([.. Enumerable.Range(0, 5 + _random.Next(26)).Select(Duty)], out var dutyCount),
            DutyCount = dutyCount,
            Education = Kept([.. Enumerable.Range(0, 1 + _random.Next(2)).Select(i => new EducationRequirement
            {
                Order = i, Necessity = Necessity.Required, Level = i == 0 ? EducationLevel.AdvancedDegree : EducationLevel.FirstDegree,
                InLieuOf = i == 0 ? null : EducationLevel.AdvancedDegree, AdditionalYears = i == 0 ? null : 2, Substitution = i > 0,
                Fields = ["security management", "international relations"], Text = $"Synthetic education requirement {i}.", Evidence = Evidence($"Synthetic education requirement {i}."),
            })], out var education),
            Experience = Kept([.. Enumerable.Range(0, 2 + _random.Next(4)).Select(i => new ExperienceRequirement
            {
                Order = i, Necessity = i < 2 ? Necessity.Required : Necessity.Desirable, MinYears = i == 0 ? years : null,
                Area = "security management", Scopes = i == 1 ? [ExperienceScope.International] : [], Text = $"Synthetic experience requirement {i}.",
                Evidence = Evidence($"Synthetic experience requirement {i}."),
            })], out var experience),
            // Derived from the requirements as the seed loader derives them.
            MinYearsExperience = (derived = ExperienceYears.Derive(education, experience, [])).WithAdvancedDegree,
            MinYearsExperienceAppliesTo = derived.WithAdvancedDegreeAppliesTo,
            MinYearsExperienceWithFirstDegree = derived.WithFirstDegree,
            MinYearsExperienceWithFirstDegreeAppliesTo = derived.WithFirstDegreeAppliesTo,
            MinYearsExperienceWithFirstDegreeExplanation = derived.WithFirstDegreeExplanation,
            Languages = [.. Enumerable.Range(0, 1 + _random.Next(2)).Select(i => new LanguageRequirement
            {
                Order = i, Necessity = i == 0 ? Necessity.Required : Necessity.Desirable,
                AnyOf = i == 0 ? ["en"] : [UnLanguages[_random.Next(UnLanguages.Length)]], Level = i == 0 ? LanguageLevel.Fluent : LanguageLevel.Knowledge,
                Text = $"Synthetic language requirement {i}.", Evidence = Evidence($"Synthetic language requirement {i}."),
            })],
            Certifications = [.. Enumerable.Range(0, _random.Next(3)).Select(i => new CertificationRequirement
            {
                Order = i, Necessity = Necessity.Desirable, Name = Certifications[_random.Next(Certifications.Length)], Text = $"Synthetic certification {i}.",
                Evidence = Evidence($"Synthetic certification {i}."),
            })],
            Competencies = [.. Enumerable.Range(0, _random.Next(8)).Select(i => new CompetencyRequirement
            {
                Order = i, Necessity = Necessity.Required, Framework = CompetencyFramework.Core, Name = $"Competency {i}", Text = $"Synthetic competency {i}.",
                Evidence = Evidence($"Synthetic competency {i}."),
            })],
            Conditions = [.. Enumerable.Range(0, _random.Next(5)).Select(i => new Condition
            {
                Order = i, Kind = (ConditionKind)_random.Next(Enum.GetValues<ConditionKind>().Length), Text = $"Synthetic condition {i}.",
                Evidence = Evidence($"Synthetic condition {i}."),
            })],
        };
    }

    // A duty worded after its first theme, so that a search finds some posts and not others as in
    // real notices; the wording is picked without a draw of its own, so that a seed gives the same posts.
    private Duty Duty(int order)
    {
        var themes = Enum.GetValues<DutyTheme>();
        List<DutyTheme> drawn = [.. Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => themes[_random.Next(themes.Length)]).Distinct()];
        var wordings = DutyWordings[drawn[0]];
        var text = $"Synthetic duty {order}: {wordings[order % wordings.Length]}";
        return new Duty { Order = order, Text = text, Evidence = Evidence(text), Themes = drawn };
    }

    private static readonly Dictionary<DutyTheme, string[]> DutyWordings = new()
    {
        [DutyTheme.ProtectiveOperations] = ["leads the close protection detail of senior officials on missions.", "plans protective operations and the movements of protected persons."],
        [DutyTheme.RiskAssessment] = ["carries out security risk assessments of premises and programmes.", "keeps the threat and risk register of the duty station current."],
        [DutyTheme.CrisisAndEmergencyManagement] = ["maintains the evacuation and relocation plans and tests them in drills.", "coordinates the crisis management team during emergencies."],
        [DutyTheme.PolicyAndStandards] = ["drafts security policies and standard operating procedures.", "aligns local practice with the security management system's policies."],
        [DutyTheme.Training] = ["delivers security awareness training to personnel and dependants.", "organises first aid and fire warden courses."],
        [DutyTheme.Liaison] = ["liaises with host country police and diplomatic missions.", "represents the organisation in inter-agency security meetings."],
        [DutyTheme.TeamManagement] = ["supervises the security officers and sets their rosters.", "recruits, coaches and appraises the security team."],
        [DutyTheme.BudgetAndProcurement] = ["prepares the security budget and monitors its spending.", "manages procurement of guard services and equipment."],
        [DutyTheme.InformationSecurity] = ["works with the cyber security team on information protection.", "advises on the classification and handling of sensitive information."],
        [DutyTheme.TravelSecurity] = ["clears official travel and briefs travellers before departure.", "tracks travellers in high-risk areas and arranges escorts."],
        [DutyTheme.Compliance] = ["audits compliance with minimum operating security standards.", "reports on compliance with duty of care obligations."],
        [DutyTheme.PhysicalSecurity] = ["manages access control, guarding and perimeter protection of the premises.", "oversees surveillance cameras, alarms and the control room."],
        [DutyTheme.OrganisationalResilience] = ["maintains business continuity plans for critical functions.", "runs resilience exercises with the senior management team."],
        [DutyTheme.SecurityInformationAndAnalysis] = ["analyses incident reports and trends for security reporting.", "writes the weekly security situation report."],
        [DutyTheme.ResourceManagement] = ["manages the vehicles, radios and other assets of the section.", "plans the use of security resources across locations."],
        [DutyTheme.GenderAndInclusion] = ["makes security arrangements sensitive to gender and inclusion.", "supports the prevention of sexual harassment and abuse."],
        [DutyTheme.OtherDuties] = ["performs other related duties as required.", "carries out other tasks the supervisor assigns."],
    };

    // Pay as notices state it: a yearly total, a monthly total, base plus post adjustment, or none.
    private (List<SalaryComponent>, AnnualNetPay?, decimal?, string?) Pay(Grade grade)
    {
        var currency = Currencies[_random.Next(Currencies.Length)];
        var annual = Math.Round((40_000m + grade.Level * 18_000m) * (0.9m + (decimal)_random.NextDouble() * 0.2m));
        SalaryComponent Component(int order, SalaryKind kind, decimal amount, PayPeriod period, PayQualifier qualifier) => new()
        {
            Order = order, Kind = kind, Amount = amount, CurrencyCode = currency, Period = period, Qualifier = qualifier, Label = "Synthetic pay",
            Evidence = Evidence("Synthetic pay"),
        };

        switch (_random.Next(10))
        {
            case < 4:
                return ([Component(0, SalaryKind.NetTotal, annual, PayPeriod.Annual, PayQualifier.Minimum)],
                    new AnnualNetPay { Amount = annual, CurrencyCode = currency, Basis = PayBasis.Stated, Qualifier = PayQualifier.Minimum, Explanation = "Synthetic." }, null, null);
            case < 6:
                var monthly = Math.Round(annual / 12);
                return ([Component(0, SalaryKind.NetTotal, monthly, PayPeriod.Monthly, PayQualifier.Estimate)],
                    new AnnualNetPay { Amount = monthly * 12, CurrencyCode = currency, Basis = PayBasis.Annualised, Qualifier = PayQualifier.Estimate, Explanation = "Synthetic." }, null, null);
            case < 7:
                var baseSalary = Math.Round(annual * 0.6m);
                var adjustment = annual - baseSalary;
                return ([Component(0, SalaryKind.NetBaseSalary, baseSalary, PayPeriod.Annual, PayQualifier.From), Component(1, SalaryKind.PostAdjustment, adjustment, PayPeriod.Annual, PayQualifier.From)],
                    new AnnualNetPay { Amount = annual, CurrencyCode = currency, Basis = PayBasis.SumOfComponents, Qualifier = PayQualifier.From, Explanation = "Synthetic." },
                    Math.Round(adjustment / baseSalary, 4), null);
            default:
                return ([], null, null, "The notice states no pay figure.");
        }
    }

    private Grade Weighted(List<(Grade Grade, int Weight)> grades)
    {
        var pick = _random.Next(grades.Sum(g => g.Weight));
        foreach (var (grade, weight) in grades)
        {
            if ((pick -= weight) < 0)
            {
                return grade;
            }
        }

        return grades[^1].Grade;
    }

    private static Evidence Evidence(string text) => new() { Quote = text, Note = Note };
}
