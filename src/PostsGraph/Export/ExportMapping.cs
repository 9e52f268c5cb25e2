using System.Globalization;
using AutoMapper;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL;
using static PostsGraph.Export.PostProfileRow;

namespace PostsGraph.Export;

// Entity -> profile maps. They are used as projections (ProjectTo), so EF Core selects exactly
// the columns a profile needs; lists keep the notice's order.
public sealed class ExportMapping : Profile
{
    public ExportMapping()
    {
        CreateMap<Evidence, EvidenceProfile>();
        CreateMap<FieldEvidence, FieldEvidenceProfile>();
        CreateMap<Organisation, OrganisationProfile>();
        CreateMap<Unit, UnitProfile>();
        CreateMap<Grade, GradeProfile>();
        CreateMap<DutyStation, DutyStationProfile>();
        CreateMap<SalaryComponent, SalaryProfile>();
        CreateMap<AnnualNetPay, AnnualNetPayProfile>().ForCtorParam(nameof(AnnualNetPayProfile.Currency), o => o.MapFrom(a => a.CurrencyCode));
        CreateMap<Duty, DutyProfile>();
        CreateMap<EducationRequirement, EducationProfile>();
        CreateMap<ExperienceRequirement, ExperienceProfile>();
        CreateMap<LanguageRequirement, LanguageProfile>();
        CreateMap<CertificationRequirement, CertificationProfile>();
        CreateMap<CompetencyRequirement, CompetencyProfile>();
        CreateMap<Condition, ConditionProfile>();
        CreateMap<SourceNotice, SourceProfile>();
        // The post's own facts are projected in SQL (one query with its joins); its lists are read by
        // ProfileSource with one plain query each, so they are left out of the projection.
        CreateMap<Post, PostProfile>()
            .ForMember(p => p.Id, o => o.MapFrom(p => GlobalId.Encode("Post", p.Key)))
            .ForMember(p => p.Source, o => o.MapFrom(p => p.SourceNotice))
            .ForMember(p => p.SalaryComponents, o => o.ExplicitExpansion())
            .ForMember(p => p.Duties, o => o.ExplicitExpansion())
            .ForMember(p => p.Education, o => o.ExplicitExpansion())
            .ForMember(p => p.Experience, o => o.ExplicitExpansion())
            .ForMember(p => p.Languages, o => o.ExplicitExpansion())
            .ForMember(p => p.Certifications, o => o.ExplicitExpansion())
            .ForMember(p => p.Competencies, o => o.ExplicitExpansion())
            .ForMember(p => p.Conditions, o => o.ExplicitExpansion())
            .ForMember(p => p.Evidence, o => o.ExplicitExpansion());

        // The flat row is made from the profile in memory: the joins below have no SQL translation.
        CreateMap<PostProfile, PostProfileRow>()
            .ForMember(r => r.Organisation, o => o.MapFrom(p => p.Organisation.Acronym))
            .ForMember(r => r.Unit, o => o.MapFrom(p => p.Unit == null ? null : p.Unit.Name))
            .ForMember(r => r.Grade, o => o.MapFrom(p => p.Grade == null ? null : p.Grade.Code))
            .ForMember(r => r.GradeCategory, o => o.MapFrom(p => p.Grade == null ? null : Name(p.Grade.Category)))
            .ForMember(r => r.DutyStation, o => o.MapFrom(p => p.DutyStation == null ? null : p.DutyStation.City))
            .ForMember(r => r.Country, o => o.MapFrom(p => p.DutyStation == null ? null : p.DutyStation.CountryCode))
            .ForMember(r => r.AppointmentType, o => o.MapFrom(p => p.AppointmentType == null ? null : Name(p.AppointmentType.Value)))
            .ForMember(r => r.PostedOn, o => o.MapFrom(p => Date(p.PostedOn)))
            .ForMember(r => r.Deadline, o => o.MapFrom(p => Date(p.Deadline)))
            .ForMember(r => r.AnnualNetPay, o => o.MapFrom(p => p.AnnualNetPay == null ? (decimal?)null : p.AnnualNetPay.Amount))
            .ForMember(r => r.AnnualNetPayCurrency, o => o.MapFrom(p => p.AnnualNetPay == null ? null : p.AnnualNetPay.Currency))
            .ForMember(r => r.AnnualNetPayBasis, o => o.MapFrom(p => p.AnnualNetPay == null ? null : Name(p.AnnualNetPay.Basis)))
            .ForMember(r => r.AnnualNetPayQualifier, o => o.MapFrom(p => p.AnnualNetPay == null ? null : Name(p.AnnualNetPay.Qualifier)))
            .ForMember(r => r.TopEducationLevel, o => o.MapFrom(p => p.TopEducationLevel == null ? null : Name(p.TopEducationLevel.Value)))
            .ForMember(r => r.Duties, o => o.MapFrom(p => p.Duties.Count))
            .ForMember(r => r.DutyThemes, o => o.MapFrom(p => Join(
                p.Duties.SelectMany(d => d.Themes).GroupBy(t => t).OrderBy(g => g.Key), g => $"{Name(g.Key)}:{Number(g.Count())}")))
            .ForMember(r => r.Education, o => o.MapFrom(p => Join(p.Education, e =>
                $"{Name(e.Necessity)} {Name(e.Level)}"
                + (e.InLieuOf == null ? "" : $" in lieu of {Name(e.InLieuOf.Value)}")
                + (e.AdditionalYears == null ? "" : $" +{Number(e.AdditionalYears.Value)} years")
                + (e.ReplacesYearsOfExperience == null ? "" : $" for {Number(e.ReplacesYearsOfExperience.Value)} years of experience"))))
            .ForMember(r => r.Experience, o => o.MapFrom(p => Join(p.Experience, e =>
                $"{Name(e.Necessity)} {(e.MinYears == null ? "no minimum" : Number(e.MinYears.Value) + " years")}"
                + (e.WithEducation == null ? "" : $" with {Name(e.WithEducation.Value)}")
                + (e.Scopes.Count == 0 ? "" : $" [{string.Join(" ", e.Scopes.Select(Name))}]"))))
            .ForMember(r => r.LanguagesRequired, o => o.MapFrom(p => Languages(p, Necessity.Required)))
            .ForMember(r => r.LanguagesDesirable, o => o.MapFrom(p => Languages(p, Necessity.Desirable)))
            .ForMember(r => r.Certifications, o => o.MapFrom(p => Join(p.Certifications, c => $"{Name(c.Necessity)} {c.Name}")))
            .ForMember(r => r.Competencies, o => o.MapFrom(p => Join(p.Competencies, c => $"{Name(c.Framework)} {c.Name}")))
            .ForMember(r => r.Conditions, o => o.MapFrom(p => Join(p.Conditions, c =>
                Name(c.Kind) + (c.Months == null ? "" : $" {Number(c.Months.Value)} months") + (c.Years == null ? "" : $" {Number(c.Years.Value)} years"))))
            .ForMember(r => r.SourceNotice, o => o.MapFrom(p => p.Source.FileName));
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Languages(PostProfile post, Necessity necessity) =>
        Join(post.Languages.Where(l => l.Necessity == necessity), l => $"{string.Join("|", l.AnyOf)} {Name(l.Level)}");
}
