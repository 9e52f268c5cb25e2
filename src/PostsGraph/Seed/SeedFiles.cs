using System.Text.Json.Serialization;

namespace PostsGraph.Seed;

// The shapes of the seed's JSON files (docs/seed-format.md). Values stay strings here so that the
// compiler can name a bad enum, code or date precisely instead of failing inside the JSON reader.
// The property orders are those of the curated posts, so that the importer's drafts read the same:
// a fact's own values first, then its text, then its evidence.

public abstract record Fact
{
    [JsonPropertyOrder(10)]
    public string? Quote { get; init; }

    // Which occurrence of the quote is meant (1 is the first), for a passage the notice repeats
    // word for word (job sites print a header block twice); absent for a quote that occurs once.
    [JsonPropertyOrder(11)]
    public int? Occurrence { get; init; }

    [JsonPropertyOrder(12)]
    public string? SourceUrl { get; init; }

    [JsonPropertyOrder(13)]
    public string? Note { get; init; }

    // Only in a draft: how sure the importer is of the fact (HIGH, MEDIUM or LOW) and what found
    // it (which label or pattern). A reviewed post has neither: the curator has checked the fact.
    [JsonPropertyOrder(14)]
    public string? Confidence { get; init; }

    [JsonPropertyOrder(15)]
    public string? Reason { get; init; }
}

// The importer's confidence in a drafted fact (docs/seed-format.md, "Drafts").
public static class Confidence
{
    // Read from the value of a label that names the field, or from a form that cannot mean
    // anything else, and matched to the reference.
    public const string High = "HIGH";

    // Read from the layout without a label (a heading line, a sentence), or a value the reference
    // does not know yet.
    public const string Medium = "MEDIUM";

    // A reading the notice does not settle: check it first.
    public const string Low = "LOW";

    public static readonly IReadOnlyList<string> All = [High, Medium, Low];
}

public sealed record ValueFact : Fact
{
    public string? Value { get; init; }
}

// A number the notice prints for the post besides its vacancy and position numbers (a job ID, …),
// with the notice's label for it.
public sealed record IdentifierFact : Fact
{
    public string? Label { get; init; }
    public string? Value { get; init; }
}

// Several values of one fact, stated together (whom recruitment is open to).
public sealed record ValuesFact : Fact
{
    public List<string>? Values { get; init; }
}

public sealed record DurationFact : Fact
{
    // Written even when null: null says the notice gives no length.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Months { get; init; }
}

public sealed record UnitFact : Fact
{
    public string? Kind { get; init; }
    public string? Name { get; init; }
    public string? Acronym { get; init; }
}

public sealed record SalaryFact : Fact
{
    public string? Kind { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public string? Period { get; init; }
    public string? Qualifier { get; init; }
    public string? Label { get; init; }
}

// Duties and requirements: the text is the excerpt unless a separate quote is given.
public abstract record TextFact : Fact
{
    [JsonPropertyOrder(5)]
    public string? Text { get; init; }
}

public sealed record DutyFact : TextFact
{
    public string? Heading { get; init; }

    [JsonPropertyOrder(6)]
    public List<string>? Themes { get; init; }
}

public abstract record RequirementFact : TextFact
{
    [JsonPropertyOrder(-1)]
    public string? Necessity { get; init; }

    // Whom it applies to, where the notice restricts it (left out: all candidates).
    [JsonPropertyOrder(6)]
    public ValueFact? AppliesTo { get; init; }
}

public sealed record EducationFact : RequirementFact
{
    public string? Level { get; init; }
    public List<string>? Fields { get; init; }
    public string? InLieuOf { get; init; }
    public int? AdditionalYears { get; init; }
    public int? ReplacesYearsOfExperience { get; init; }
}

public sealed record ExperienceFact : RequirementFact
{
    public int? MinYears { get; init; }
    public string? WithEducation { get; init; }
    public string? Area { get; init; }
    public List<string>? Scopes { get; init; }
}

public sealed record LanguageFact : RequirementFact
{
    public List<string>? AnyOf { get; init; }
    public string? Level { get; init; }
}

public sealed record CertificationFact : RequirementFact
{
    public string? Name { get; init; }
    public string? Issuer { get; init; }
}

public sealed record CompetencyFact : RequirementFact
{
    public string? Framework { get; init; }
    public string? Name { get; init; }
}

public sealed record ConditionFact : TextFact
{
    public string? Kind { get; init; }
    public int? Months { get; init; }
    public int? Years { get; init; }

    // Whom it applies to, where the notice restricts it (left out: all candidates).
    [JsonPropertyOrder(6)]
    public ValueFact? AppliesTo { get; init; }
}

public sealed record PostFile
{
    public string? Notice { get; init; }

    // Where the notice was published (`import --source-url`); kept in the seed as provenance only.
    public string? NoticeUrl { get; init; }

    // Only in a draft: the fields the importer looked for and could not find. A reviewed post must
    // not have it, so that a draft cannot become a post without someone removing the list.
    public List<string>? Missing { get; init; }

    // Only in a draft: for a field the importer left missing because it could not choose, the
    // values it weighed, each with its quote and reason.
    public Dictionary<string, List<ValueFact>>? Candidates { get; init; }

    public ValueFact? Title { get; init; }
    public ValueFact? Organisation { get; init; }
    public List<UnitFact>? Units { get; init; }
    public ValueFact? VacancyNumber { get; init; }
    public ValueFact? PositionNumber { get; init; }
    public List<IdentifierFact>? Identifiers { get; init; }
    public ValueFact? Grade { get; init; }
    public ValueFact? DutyStation { get; init; }
    public ValueFact? AppointmentType { get; init; }
    public DurationFact? Duration { get; init; }
    public ValuesFact? RecruitmentOpenTo { get; init; }
    public ValueFact? PostedOn { get; init; }
    public ValueFact? Deadline { get; init; }
    public ValueFact? ReportsTo { get; init; }
    public List<SalaryFact>? Salary { get; init; }
    public List<DutyFact>? Duties { get; init; }
    public List<EducationFact>? Education { get; init; }
    public List<ExperienceFact>? Experience { get; init; }
    public List<LanguageFact>? Languages { get; init; }
    public List<CertificationFact>? Certifications { get; init; }
    public List<CompetencyFact>? Competencies { get; init; }
    public List<ConditionFact>? Conditions { get; init; }

    // Every fact of the post with its path in the file ("title", "salary[1]",
    // "education[0].appliesTo"), in the file's order.
    public IEnumerable<(string Path, Fact Fact)> Facts()
    {
        IEnumerable<(string, Fact)> One(string path, Fact? fact) => fact is null ? [] : [(path, fact)];
        IEnumerable<(string, Fact)> Many<T>(string path, List<T>? facts) where T : Fact =>
            (facts ?? []).SelectMany((f, i) => One($"{path}[{i}]", f).Concat(f switch
            {
                RequirementFact r => One($"{path}[{i}].appliesTo", r.AppliesTo),
                ConditionFact c => One($"{path}[{i}].appliesTo", c.AppliesTo),
                _ => [],
            }));

        return One("title", Title).Concat(One("organisation", Organisation)).Concat(Many("units", Units))
            .Concat(One("vacancyNumber", VacancyNumber)).Concat(One("positionNumber", PositionNumber)).Concat(Many("identifiers", Identifiers))
            .Concat(One("grade", Grade)).Concat(One("dutyStation", DutyStation)).Concat(One("appointmentType", AppointmentType))
            .Concat(One("duration", Duration)).Concat(One("recruitmentOpenTo", RecruitmentOpenTo)).Concat(One("postedOn", PostedOn))
            .Concat(One("deadline", Deadline)).Concat(One("reportsTo", ReportsTo)).Concat(Many("salary", Salary))
            .Concat(Many("duties", Duties)).Concat(Many("education", Education)).Concat(Many("experience", Experience))
            .Concat(Many("languages", Languages)).Concat(Many("certifications", Certifications))
            .Concat(Many("competencies", Competencies)).Concat(Many("conditions", Conditions));
    }
}

public sealed record ReferenceFile<T>
{
    public string? Source { get; init; }
    public List<T>? Items { get; init; }
}

// otherNames: the organisation's names and acronyms in other languages ("PAM", "Programa Mundial
// de Alimentos"), which the importer also reads.
// gradeSystems: where given, the grade systems of grades.json the organisation's notices grade
// posts in; an empty list says it grades them on a scale of its own that grades.json does not
// hold (ECOWAS's and the African Union's "P3" are not the common system's P-3).
public sealed record OrganisationItem(string? Acronym, string? Name, string? Kind, string? Headquarters, List<string>? OtherNames = null, List<string>? GradeSystems = null);

public sealed record GradeItem(string? Code, string? System, string? Category, int? Level, string? Title);

// otherNames: the city's names in other languages and forms ("Genève", "Ciudad de Panamá"), which the importer also reads.
public sealed record DutyStationItem(string? Key, string? City, string? Country, List<string>? OtherNames = null);

// otherNames: the names notices use where they differ from the ISO short name ("Tanzania", "DR Congo").
public sealed record CountryItem(string? Code, string? Name, List<string>? OtherNames = null)
{
    public IEnumerable<string> Names => Name is null ? OtherNames ?? [] : [Name, .. OtherNames ?? []];
}

public sealed record LanguageItem(string? Code, string? Name, bool? UnOfficial);

public sealed record CurrencyItem(string? Code, string? Name, int? MinorUnits);

// seed/reference/<key>.draft.json: what the importer proposes to add to the reference lists for
// one post draft (an organisation, a duty station or a grade the lists do not have), each item
// with the quote it was read from. A curator completes each item, copies it (without its evidence)
// into organisations.json, duty-stations.json or grades.json, and deletes the draft.
public sealed record ReferenceDraft
{
    public string? Notice { get; init; }
    public List<ProposedOrganisation>? Organisations { get; init; }
    public List<ProposedDutyStation>? DutyStations { get; init; }
    public List<ProposedGrade>? Grades { get; init; }

    [JsonIgnore]
    public bool IsEmpty => (Organisations?.Count ?? 0) + (DutyStations?.Count ?? 0) + (Grades?.Count ?? 0) == 0;

    // Every proposal with its path in the file.
    public IEnumerable<(string Path, Fact Item)> Items() =>
        (Organisations ?? []).Select((o, i) => ($"organisations[{i}]", (Fact)o))
            .Concat((DutyStations ?? []).Select((d, i) => ($"dutyStations[{i}]", (Fact)d)))
            .Concat((Grades ?? []).Select((g, i) => ($"grades[{i}]", (Fact)g)));
}

public sealed record ProposedOrganisation : Fact
{
    public string? Acronym { get; init; }
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public string? Headquarters { get; init; }
    public List<string>? OtherNames { get; init; }
}

public sealed record ProposedDutyStation : Fact
{
    public string? Key { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }
}

public sealed record ProposedGrade : Fact
{
    public string? Code { get; init; }
    public string? System { get; init; }
    public string? Category { get; init; }
    public int? Level { get; init; }
}
