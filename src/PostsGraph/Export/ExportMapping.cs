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
        CreateMap<EducationRequirement, EducationProfile>().Restricted(r => r.AppliesToEvidence);
        CreateMap<ExperienceRequirement, ExperienceProfile>().Restricted(r => r.AppliesToEvidence);
        CreateMap<LanguageRequirement, LanguageProfile>().Restricted(r => r.AppliesToEvidence);
        CreateMap<CertificationRequirement, CertificationProfile>().Restricted(r => r.AppliesToEvidence);
        CreateMap<CompetencyRequirement, CompetencyProfile>().Restricted(r => r.AppliesToEvidence);
        CreateMap<Condition, ConditionProfile>().Restricted(c => c.AppliesToEvidence);
        CreateMap<SourceNotice, SourceProfile>();
    }
}

internal static class RestrictedMapping
{
    // A rule the notice does not restrict has no words saying so: its appliesToEvidence is null.
    public static IMappingExpression<TSource, TProfile> Restricted<TSource, TProfile>(
        this IMappingExpression<TSource, TProfile> map, Func<TSource, Evidence> evidence) =>
        map.ForCtorParam("AppliesToEvidence", o => o.MapFrom((source, context) =>
            evidence(source) is { IsEmpty: false } words ? context.Mapper.Map<EvidenceProfile>(words) : null));
}
