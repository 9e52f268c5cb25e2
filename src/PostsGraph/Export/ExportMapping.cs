using AutoMapper;
using PostsGraph.Data.Entities;

namespace PostsGraph.Export;

// Entity -> profile maps for the JSON export's relations, pay and list items.
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
        CreateMap<PostIdentifier, IdentifierProfile>();
        CreateMap<AnnualNetPay, AnnualNetPayProfile>().ForCtorParam(nameof(AnnualNetPayProfile.Currency), o => o.MapFrom(a => a.CurrencyCode));
        CreateMap<Duty, DutyProfile>();
        CreateMap<EducationRequirement, EducationProfile>();
        CreateMap<ExperienceRequirement, ExperienceProfile>();
        CreateMap<LanguageRequirement, LanguageProfile>();
        CreateMap<CertificationRequirement, CertificationProfile>();
        CreateMap<CompetencyRequirement, CompetencyProfile>();
        CreateMap<Condition, ConditionProfile>();
        CreateMap<SourceNotice, SourceProfile>();
    }
}
