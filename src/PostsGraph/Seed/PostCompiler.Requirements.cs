using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

public sealed partial class PostCompiler
{
    private sealed record RequirementSet(
        List<Duty> Duties,
        List<EducationRequirement> Education,
        List<ExperienceRequirement> Experience,
        List<LanguageRequirement> Languages,
        List<CertificationRequirement> Certifications,
        List<CompetencyRequirement> Competencies,
        List<Condition> Conditions)
    {
        public EducationLevel? TopEducationLevel => Education
            .Where(e => e.Necessity == Necessity.Required && !e.Substitution)
            .Min(e => (EducationLevel?)e.Level);
    }

    private sealed record Scope(Applicability To, Evidence Evidence);

    private RequirementSet Requirements(FileChecks c, PostFile post, QuoteLocator? locator)
    {
        List<TEntity> Each<TFact, TEntity>(List<TFact>? facts, string name, Func<TFact, string, int, Evidence, Scope, TEntity?> build)
            where TFact : TextFact where TEntity : class
        {
            var built = new List<TEntity>();
            var previousStart = -1;
            for (var i = 0; i < (facts?.Count ?? 0); i++)
            {
                var fact = facts![i];
                var at = $"{name}[{i}]";
                c.Required(fact.Text, $"{at}.text");
                if (c.Evidence(fact, at, locator, fact.Text) is not { } evidence)
                {
                    continue;
                }

                // Lists keep the notice's order (facts may share a passage), so `order` means something.
                if (evidence.Start is { } start)
                {
                    if (start < previousStart)
                    {
                        c.Error(at, $"is out of the notice's order: its passage starts before that of {name}[{i - 1}]; list {name} in the order the notice gives them");
                    }

                    previousStart = start;
                }

                var scope = Restriction(fact switch { RequirementFact r => r.AppliesTo, ConditionFact k => k.AppliesTo, _ => null }, $"{at}.appliesTo");
                if (fact.Text is not null && build(fact, at, i, evidence, scope) is { } entity)
                {
                    built.Add(entity);
                }
            }

            return built;
        }

        // Whom a rule applies to: all candidates unless the notice's words restrict it.
        Scope Restriction(ValueFact? fact, string at)
        {
            if (fact is null)
            {
                return new Scope(Applicability.AllCandidates, new Evidence());
            }

            var to = c.Enum<Applicability>(fact.Value, $"{at}.value");
            return new Scope(to ?? Applicability.AllCandidates, c.Evidence(fact, at, locator) ?? new Evidence());
        }

        Necessity? NecessityOf(RequirementFact fact, string at) => c.Enum<Necessity>(fact.Necessity, $"{at}.necessity");

        int? Count(int? value, string at)
        {
            if (value is <= 0)
            {
                c.Error(at, $"is {value}; it must be a positive whole number or left out");
                return null;
            }

            return value;
        }

        return new RequirementSet(
            Each<DutyFact, Duty>(post.Duties, "duties", (d, at, i, evidence, _) =>
            {
                var themes = c.Enums<DutyTheme>(d.Themes, $"{at}.themes");
                if (d.Themes is not { Count: > 0 })
                {
                    c.Error($"{at}.themes", "needs at least one theme");
                }

                return new Duty { Order = i, Heading = d.Heading, Text = d.Text!.Trim(), Themes = themes, Evidence = evidence };
            }),
            Each<EducationFact, EducationRequirement>(post.Education, "education", (e, at, i, evidence, scope) =>
                NecessityOf(e, at) is { } necessity && c.Enum<EducationLevel>(e.Level, $"{at}.level") is { } level
                    ? new EducationRequirement
                    {
                        Order = i, Necessity = necessity, Text = e.Text!.Trim(), Evidence = evidence, AppliesTo = scope.To, AppliesToEvidence = scope.Evidence, Level = level,
                        Fields = e.Fields ?? [], InLieuOf = c.Enum<EducationLevel>(e.InLieuOf, $"{at}.inLieuOf", required: false),
                        AdditionalYears = Count(e.AdditionalYears, $"{at}.additionalYears"),
                        ReplacesYearsOfExperience = Count(e.ReplacesYearsOfExperience, $"{at}.replacesYearsOfExperience"),
                        Substitution = e.InLieuOf is not null || e.ReplacesYearsOfExperience is not null,
                    }
                    : null),
            Each<ExperienceFact, ExperienceRequirement>(post.Experience, "experience", (e, at, i, evidence, scope) =>
                NecessityOf(e, at) is { } necessity
                    ? new ExperienceRequirement
                    {
                        Order = i, Necessity = necessity, Text = e.Text!.Trim(), Evidence = evidence, AppliesTo = scope.To, AppliesToEvidence = scope.Evidence, MinYears = Count(e.MinYears, $"{at}.minYears"),
                        WithEducation = c.Enum<EducationLevel>(e.WithEducation, $"{at}.withEducation", required: false),
                        Area = e.Area, Scopes = c.Enums<ExperienceScope>(e.Scopes, $"{at}.scopes"),
                    }
                    : null),
            Each<LanguageFact, LanguageRequirement>(post.Languages, "languages", (l, at, i, evidence, scope) =>
            {
                var codes = (l.AnyOf ?? []).Select((code, j) =>
                    ReferenceCatalogue.Resolve(c, reference.Languages, code, $"{at}.anyOf[{j}]", "language")?.Code).OfType<string>().ToList();
                if (l.AnyOf is not { Count: > 0 })
                {
                    c.Error($"{at}.anyOf", "needs at least one ISO 639-1 language code");
                }

                return NecessityOf(l, at) is { } necessity && c.Enum<LanguageLevel>(l.Level, $"{at}.level") is { } level
                    ? new LanguageRequirement { Order = i, Necessity = necessity, Text = l.Text!.Trim(), Evidence = evidence, AppliesTo = scope.To, AppliesToEvidence = scope.Evidence, AnyOf = codes, Level = level }
                    : null;
            }),
            Each<CertificationFact, CertificationRequirement>(post.Certifications, "certifications", (r, at, i, evidence, scope) =>
                NecessityOf(r, at) is { } necessity && c.Required(r.Name, $"{at}.name") is { } name
                    ? new CertificationRequirement { Order = i, Necessity = necessity, Text = r.Text!.Trim(), Evidence = evidence, AppliesTo = scope.To, AppliesToEvidence = scope.Evidence, Name = name, Issuer = r.Issuer }
                    : null),
            Each<CompetencyFact, CompetencyRequirement>(post.Competencies, "competencies", (r, at, i, evidence, scope) =>
                NecessityOf(r, at) is { } necessity && c.Enum<CompetencyFramework>(r.Framework, $"{at}.framework") is { } framework
                    && c.Required(r.Name, $"{at}.name") is { } name
                    ? new CompetencyRequirement { Order = i, Necessity = necessity, Text = r.Text!.Trim(), Evidence = evidence, AppliesTo = scope.To, AppliesToEvidence = scope.Evidence, Framework = framework, Name = name }
                    : null),
            Each<ConditionFact, Condition>(post.Conditions, "conditions", (k, at, i, evidence, scope) =>
                c.Enum<ConditionKind>(k.Kind, $"{at}.kind") is { } kind
                    ? new Condition
                    {
                        Order = i, Kind = kind, Text = k.Text!.Trim(), Evidence = evidence, AppliesTo = scope.To, AppliesToEvidence = scope.Evidence,
                        Months = Count(k.Months, $"{at}.months"), Years = Count(k.Years, $"{at}.years"),
                    }
                    : null));
    }
}
