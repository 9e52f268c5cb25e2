using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Limits;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.GraphQL.Types;

public sealed class DutyType : ObjectGraphType<Duty>
{
    public DutyType()
    {
        Name = "Duty";
        Description = "One duty the notice lists, in the notice's order.";
        Field(d => d.Order).Description("Position in the notice's list, from 0.");
        Field(d => d.Heading, nullable: true).Description("The duty's heading, where the notice gives one.");
        Field(d => d.Text).Description("The duty as the notice words it.");
        Field(d => d.Themes).Description("Themes from PostsGraph's fixed taxonomy.");
        Field<NonNullGraphType<EvidenceType>>("evidence").InMemory().Resolve(ctx => ctx.Source.Evidence);
    }
}

public sealed class EducationRequirementType : RequirementType<EducationRequirement>
{
    public EducationRequirementType() : base("EducationRequirement", "An education requirement, or a substitution accepted in lieu of one.")
    {
        Field(r => r.Level).Description("The level of education.");
        Field(r => r.Fields).Description("The fields of study the notice names.");
        Field(r => r.InLieuOf, nullable: true).Description("For a substitution, the level this stands in for.");
        Field(r => r.AdditionalYears, nullable: true).Description("For a substitution, the additional years of experience it needs.");
        Field(r => r.ReplacesYearsOfExperience, nullable: true).Description("For a qualification accepted instead of experience, the years of required experience it stands in for.");
        Field(r => r.Substitution).Description("True for an alternative accepted in lieu of a level or of years of experience; false for the requirement itself.");
    }
}

public sealed class ExperienceRequirementType : RequirementType<ExperienceRequirement>
{
    public ExperienceRequirementType() : base("ExperienceRequirement", "An experience requirement.")
    {
        Field(r => r.MinYears, nullable: true).Description("Minimum years, where the notice gives a number.");
        Field(r => r.WithEducation, nullable: true).Description("The education level these years apply to, where the notice gives different years per level.");
        Field(r => r.Area, nullable: true).Description("The field of experience.");
        Field(r => r.Scopes).Description("Where or how the experience must have been gained.");
    }
}

public sealed class LanguageRequirementType : RequirementType<LanguageRequirement>
{
    public LanguageRequirementType() : base("LanguageRequirement", "A language requirement; several languages mean any one of them.")
    {
        Field(r => r.AnyOf).Description("ISO 639-1 codes; the requirement is met by any one of them.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanguageType>>>>("languages").Description("The languages of anyOf.")
            .Resolve(ctx => new AllResults<Language>([.. ctx.Source.AnyOf.Select(code => ctx.Loaders().Languages.Load(code))]));
        Field(r => r.Level).Description("The level asked for.");
    }
}

public sealed class CertificationRequirementType : RequirementType<CertificationRequirement>
{
    public CertificationRequirementType() : base("CertificationRequirement", "A certification or course the notice asks for.")
    {
        Field(r => r.Name).Description("The certification's name.");
        Field(r => r.Issuer, nullable: true).Description("Who issues it.");
    }
}

public sealed class CompetencyRequirementType : RequirementType<CompetencyRequirement>
{
    public CompetencyRequirementType() : base("CompetencyRequirement", "A competency, grouped by the framework the notice lists it under.")
    {
        Field(r => r.Framework).Description("The group the notice lists it under.");
        Field(r => r.Name).Description("The competency's name.");
    }
}

public sealed class ConditionType : ObjectGraphType<Condition>
{
    public ConditionType()
    {
        Name = "Condition";
        Description = "A condition of employment the notice states: probation, tenure limit, mobility, nationality, clearance, age of separation ...";
        Field(c => c.Order).Description("Position among the post's conditions, in the notice's order.");
        Field(c => c.Kind).Description("What the condition is about.");
        Field(c => c.Text).Description("The condition as the notice words it.");
        Field(c => c.Months, nullable: true).Description("The length in months it states (probation, maximum duration), where it states one.");
        Field(c => c.Years, nullable: true).Description("The number of years it states (tenure limit, age of separation), where it states one.");
        Field<NonNullGraphType<EvidenceType>>("evidence").InMemory().Resolve(ctx => ctx.Source.Evidence);
        this.AppliesTo(c => c.AppliesTo, c => c.AppliesToEvidence);
    }
}

public abstract class RequirementType<T> : ObjectGraphType<T> where T : Requirement
{
    protected RequirementType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(r => r.Order).Description("Position among the post's requirements of this kind, in the notice's order.");
        Field(r => r.Necessity).Description("Whether the notice requires it or only desires it.");
        Field(r => r.Text).Description("The requirement as the notice words it.");
        Field<NonNullGraphType<EvidenceType>>("evidence").InMemory().Resolve(ctx => ctx.Source.Evidence);
        this.AppliesTo(r => r.AppliesTo, r => r.AppliesToEvidence);
    }
}

internal static class ApplicabilityFields
{
    // Whom a requirement or condition applies to, and the notice's words that restrict it.
    public static void AppliesTo<T>(this ObjectGraphType<T> type, System.Linq.Expressions.Expression<Func<T, Applicability>> appliesTo, Func<T, Evidence> evidence)
    {
        type.Field(appliesTo).Description("Whom it applies to: all candidates unless the notice restricts it (see appliesToEvidence).");
        type.Field<EvidenceType>("appliesToEvidence").InMemory()
            .Description("The notice's words that restrict whom it applies to; null where it applies to all candidates because the notice does not restrict it.")
            .Resolve(ctx => evidence(ctx.Source) is { IsEmpty: false } words ? words : null);
    }
}
