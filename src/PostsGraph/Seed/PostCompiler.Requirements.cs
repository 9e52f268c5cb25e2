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
        // The years a candidate with an advanced degree must have: the largest required minimum
        // that applies to that level (the smaller ones are parts of it, such as "of which two international").
        public int? MinYearsExperience => Experience
            .Where(e => e.Necessity == Necessity.Required && e.MinYears is not null)
            .Where(e => e.WithEducation is null or EducationLevel.AdvancedDegree)
            .Max(e => e.MinYears);

        public EducationLevel? TopEducationLevel => Education
            .Where(e => e.Necessity == Necessity.Required && !e.Substitution)
            .Min(e => (EducationLevel?)e.Level);
    }

    private RequirementSet Requirements(FileChecks c, PostFile post, QuoteLocator? locator)
    {
        List<TEntity> Each<TFact, TEntity>(List<TFact>? facts, string name, Func<TFact, string, int, Evidence, TEntity?> build)
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

                if (fact.Text is not null && build(fact, at, i, evidence) is { } entity)
                {
                    built.Add(entity);
                }
            }

            return built;
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
            Each<DutyFact, Duty>(post.Duties, "duties", (d, at, i, evidence) =>
            {
                var themes = c.Enums<DutyTheme>(d.Themes, $"{at}.themes");
                if (d.Themes is not { Count: > 0 })
                {
                    c.Error($"{at}.themes", "needs at least one theme");
                }

                return new Duty { Order = i, Heading = d.Heading, Text = d.Text!.Trim(), Themes = themes, Evidence = evidence };
            }),
            Each<EducationFact, EducationRequirement>(post.Education, "education", (e, at, i, evidence) =>
                NecessityOf(e, at) is { } necessity && c.Enum<EducationLevel>(e.Level, $"{at}.level") is { } level
                    ? new EducationRequirement
                    {
                        Order = i, Necessity = necessity, Text = e.Text!.Trim(), Evidence = evidence, Level = level,
                        Fields = e.Fields ?? [], InLieuOf = c.Enum<EducationLevel>(e.InLieuOf, $"{at}.inLieuOf", required: false),
                        AdditionalYears = Count(e.AdditionalYears, $"{at}.additionalYears"),
                        ReplacesYearsOfExperience = Count(e.ReplacesYearsOfExperience, $"{at}.replacesYearsOfExperience"),
                        Substitution = e.InLieuOf is not null || e.ReplacesYearsOfExperience is not null,
                    }
                    : null),
            Each<ExperienceFact, ExperienceRequirement>(post.Experience, "experience", (e, at, i, evidence) =>
                NecessityOf(e, at) is { } necessity
                    ? new ExperienceRequirement
                    {
                        Order = i, Necessity = necessity, Text = e.Text!.Trim(), Evidence = evidence, MinYears = Count(e.MinYears, $"{at}.minYears"),
                        WithEducation = c.Enum<EducationLevel>(e.WithEducation, $"{at}.withEducation", required: false),
                        Area = e.Area, Scopes = c.Enums<ExperienceScope>(e.Scopes, $"{at}.scopes"),
                    }
                    : null),
            Each<LanguageFact, LanguageRequirement>(post.Languages, "languages", (l, at, i, evidence) =>
            {
                var codes = (l.AnyOf ?? []).Select((code, j) =>
                    ReferenceCatalogue.Resolve(c, reference.Languages, code, $"{at}.anyOf[{j}]", "language")?.Code).OfType<string>().ToList();
                if (l.AnyOf is not { Count: > 0 })
                {
                    c.Error($"{at}.anyOf", "needs at least one ISO 639-1 language code");
                }

                return NecessityOf(l, at) is { } necessity && c.Enum<LanguageLevel>(l.Level, $"{at}.level") is { } level
                    ? new LanguageRequirement { Order = i, Necessity = necessity, Text = l.Text!.Trim(), Evidence = evidence, AnyOf = codes, Level = level }
                    : null;
            }),
            Each<CertificationFact, CertificationRequirement>(post.Certifications, "certifications", (r, at, i, evidence) =>
                NecessityOf(r, at) is { } necessity && c.Required(r.Name, $"{at}.name") is { } name
                    ? new CertificationRequirement { Order = i, Necessity = necessity, Text = r.Text!.Trim(), Evidence = evidence, Name = name, Issuer = r.Issuer }
                    : null),
            Each<CompetencyFact, CompetencyRequirement>(post.Competencies, "competencies", (r, at, i, evidence) =>
                NecessityOf(r, at) is { } necessity && c.Enum<CompetencyFramework>(r.Framework, $"{at}.framework") is { } framework
                    && c.Required(r.Name, $"{at}.name") is { } name
                    ? new CompetencyRequirement { Order = i, Necessity = necessity, Text = r.Text!.Trim(), Evidence = evidence, Framework = framework, Name = name }
                    : null),
            Each<ConditionFact, Condition>(post.Conditions, "conditions", (k, at, i, evidence) =>
                c.Enum<ConditionKind>(k.Kind, $"{at}.kind") is { } kind
                    ? new Condition
                    {
                        Order = i, Kind = kind, Text = k.Text!.Trim(), Evidence = evidence,
                        Months = Count(k.Months, $"{at}.months"), Years = Count(k.Years, $"{at}.years"),
                    }
                    : null));
    }
}
