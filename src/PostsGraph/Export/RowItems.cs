using PostsGraph.Data.Entities;
using static PostsGraph.Export.ExportText;

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
    int PostId, Necessity Necessity, EducationLevel Level, EducationLevel? InLieuOf, int? AdditionalYears, int? ReplacesYearsOfExperience) : IRowItem
{
    public override string ToString() =>
        $"{Name(Necessity)} {Name(Level)}"
        + (InLieuOf == null ? "" : $" in lieu of {Name(InLieuOf.Value)}")
        + (AdditionalYears == null ? "" : $" +{Number(AdditionalYears.Value)} years")
        + (ReplacesYearsOfExperience == null ? "" : $" for {Number(ReplacesYearsOfExperience.Value)} years of experience");
}

public sealed record ExperienceRowItem(int PostId, Necessity Necessity, int? MinYears, EducationLevel? WithEducation, List<ExperienceScope> Scopes) : IRowItem
{
    public override string ToString() =>
        $"{Name(Necessity)} {(MinYears == null ? "no minimum" : Number(MinYears.Value) + " years")}"
        + (WithEducation == null ? "" : $" with {Name(WithEducation.Value)}")
        + (Scopes.Count == 0 ? "" : $" [{string.Join(" ", Scopes.Select(Name))}]");
}

public sealed record LanguageRowItem(int PostId, Necessity Necessity, List<string> AnyOf, LanguageLevel Level) : IRowItem
{
    public override string ToString() => $"{string.Join("|", AnyOf)} {Name(Level)}";
}

public sealed record CertificationRowItem(int PostId, Necessity Necessity, string Name) : IRowItem
{
    public override string ToString() => $"{ExportText.Name(Necessity)} {Name}";
}

public sealed record CompetencyRowItem(int PostId, CompetencyFramework Framework, string Name) : IRowItem
{
    public override string ToString() => $"{ExportText.Name(Framework)} {Name}";
}

public sealed record ConditionRowItem(int PostId, ConditionKind Kind, int? Months, int? Years) : IRowItem
{
    public override string ToString() =>
        Name(Kind) + (Months == null ? "" : $" {Number(Months.Value)} months") + (Years == null ? "" : $" {Number(Years.Value)} years");
}
