using AutoMapper;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL;

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
    }
}
