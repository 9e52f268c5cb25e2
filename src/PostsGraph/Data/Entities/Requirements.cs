using System.ComponentModel;

namespace PostsGraph.Data.Entities;

// The requirement kinds share their bookkeeping: owner, order, necessity, the notice's words and evidence.
public abstract class Requirement
{
    public int Id { get; init; }
    public int PostId { get; init; }
    public int Order { get; init; }
    public Necessity Necessity { get; init; }
    public required string Text { get; init; }
    public required Evidence Evidence { get; init; }
    public Applicability AppliesTo { get; init; }

    // The words that say whom it applies to; empty for a requirement the notice does not restrict.
    public Evidence AppliesToEvidence { get; init; } = new();
}

public sealed class EducationRequirement : Requirement
{
    public EducationLevel Level { get; init; }
    public List<string> Fields { get; init; } = [];
    // Set when this is a substitution: the level it stands in for, and the experience it adds.
    public EducationLevel? InLieuOf { get; init; }
    public int? AdditionalYears { get; init; }

    // Set when the qualification stands in for years of required experience instead of a level.
    public int? ReplacesYearsOfExperience { get; init; }

    // Derived by the loader (InLieuOf or ReplacesYearsOfExperience is set) and stored, so it can be filtered on.
    public bool Substitution { get; init; }
}

public sealed class ExperienceRequirement : Requirement
{
    public int? MinYears { get; init; }
    // The education level these years apply to, where the notice gives different years per level.
    public EducationLevel? WithEducation { get; init; }
    public string? Area { get; init; }
    public List<ExperienceScope> Scopes { get; init; } = [];
}

public sealed class LanguageRequirement : Requirement
{
    // One code means that language; several mean any one of them.
    public List<string> AnyOf { get; init; } = [];
    public LanguageLevel Level { get; init; }
}

public sealed class CertificationRequirement : Requirement
{
    public required string Name { get; init; }
    public string? Issuer { get; init; }
}

public sealed class CompetencyRequirement : Requirement
{
    public CompetencyFramework Framework { get; init; }
    public required string Name { get; init; }
}

public enum Necessity
{
    [Description("Required or essential.")]
    Required,
    [Description("Desirable, an asset or an advantage.")]
    Desirable,
}

// Declared from the highest level down, so the top required level is the smallest value.
public enum EducationLevel
{
    [Description("A doctorate.")]
    Doctorate,
    [Description("An advanced university degree (Master's or equivalent).")]
    AdvancedDegree,
    [Description("A first-level university degree (Bachelor's or equivalent).")]
    FirstDegree,
    [Description("Specialised non-degree training, for example from a police or military academy.")]
    SpecialisedTraining,
}

public enum ExperienceScope
{
    [Description("At the international level or in international organisations.")]
    International,
    [Description("At field level, in field missions or in conflict and post-conflict environments.")]
    Field,
    [Description("Managerial, supervisory, command or leadership responsibility.")]
    Managerial,
    [Description("Within the United Nations system or common system.")]
    UnSystem,
    [Description("In close protection.")]
    CloseProtection,
    [Description("In military, police or national security force service.")]
    MilitaryOrPolice,
}

public enum LanguageLevel
{
    [Description("Fluency, excellent command or proficiency.")]
    Fluent,
    [Description("Advanced level.")]
    Advanced,
    [Description("A (good) working knowledge.")]
    WorkingKnowledge,
    [Description("Intermediate level.")]
    Intermediate,
    [Description("Knowledge of the language, no level stated.")]
    Knowledge,
}

public enum CompetencyFramework
{
    Core,
    Leadership,
    Managerial,
    Technical,
    Functional,
    Behavioural,
    [Description("A list of knowledge, skills and abilities outside a named competency framework.")]
    KnowledgeAndSkills,
}
