using PostsGraph.Data.Entities;
using static PostsGraph.Export.ExportText;
using static PostsGraph.Export.Restrictions;

namespace PostsGraph.Export;

// The few columns of each list that a CSV row shows, read instead of whole items: a row has no
// room for an item's text or evidence, and reading those was most of a CSV export's time. Each
// item writes itself as docs/exports.md describes its CSV column.
// The row items of a batch of posts, by post id.
public sealed record RowLists(
    ILookup<int, DutyRowItem> Duties, ILookup<int, EducationRowItem> Education, ILookup<int, ExperienceRowItem> Experience,
    ILookup<int, LanguageRowItem> Languages, ILookup<int, CertificationRowItem> Certifications,
    ILookup<int, CompetencyRowItem> Competencies, ILookup<int, ConditionRowItem> Conditions, ILookup<int, IdentifierRowItem> Identifiers);

public interface IRowItem
{
    int PostId { get; }
}

public sealed record IdentifierRowItem(int PostId, string Label, string Value) : IRowItem
{
    public override string ToString() => $"{Label}: {Value}";
}

public sealed record DutyRowItem(int PostId, List<DutyTheme> Themes) : IRowItem;

public sealed record EducationRowItem(
    int PostId, Necessity Necessity, EducationLevel Level, EducationLevel? InLieuOf, int? AdditionalYears, int? ReplacesYearsOfExperience, Applicability AppliesTo) : IRowItem
{
    public override string ToString() =>
        $"{Name(Necessity)} {Name(Level)}"
        + (InLieuOf == null ? "" : $" in lieu of {Name(InLieuOf.Value)}")
        + (AdditionalYears == null ? "" : $" +{Number(AdditionalYears.Value)} years")
        + (ReplacesYearsOfExperience == null ? "" : $" for {Number(ReplacesYearsOfExperience.Value)} years of experience")
        + Restriction(AppliesTo);
}

public sealed record ExperienceRowItem(int PostId, Necessity Necessity, int? MinYears, EducationLevel? WithEducation, List<ExperienceScope> Scopes, Applicability AppliesTo) : IRowItem
{
    public override string ToString() =>
        $"{Name(Necessity)} {(MinYears == null ? "no minimum" : Number(MinYears.Value) + " years")}"
        + (WithEducation == null ? "" : $" with {Name(WithEducation.Value)}")
        + (Scopes.Count == 0 ? "" : $" [{string.Join(" ", Scopes.Select(Name))}]")
        + Restriction(AppliesTo);
}

public sealed record LanguageRowItem(int PostId, Necessity Necessity, List<string> AnyOf, LanguageLevel Level, Applicability AppliesTo) : IRowItem
{
    public override string ToString() => $"{string.Join("|", AnyOf)} {Name(Level)}{Restriction(AppliesTo)}";
}

public sealed record CertificationRowItem(int PostId, Necessity Necessity, string Name, Applicability AppliesTo) : IRowItem
{
    public override string ToString() => $"{ExportText.Name(Necessity)} {Name}{Restriction(AppliesTo)}";
}

public sealed record CompetencyRowItem(int PostId, CompetencyFramework Framework, string Name, Applicability AppliesTo) : IRowItem
{
    public override string ToString() => $"{ExportText.Name(Framework)} {Name}{Restriction(AppliesTo)}";
}

public sealed record ConditionRowItem(int PostId, ConditionKind Kind, int? Months, int? Years, Applicability AppliesTo) : IRowItem
{
    public override string ToString() =>
        Name(Kind) + (Months == null ? "" : $" {Number(Months.Value)} months") + (Years == null ? "" : $" {Number(Years.Value)} years") + Restriction(AppliesTo);
}

internal static class Restrictions
{
    // Nothing for a rule for all candidates; else whom it applies to, as in docs/exports.md.
    public static string Restriction(Applicability appliesTo) =>
        appliesTo == Applicability.AllCandidates ? "" : $" (applies to {Name(appliesTo)})";
}
