using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PostsGraph.Data.Entities;

namespace PostsGraph.Data;

// Keys, relations and the indexes analysts filter and sort by.
internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> post)
    {
        post.HasIndex(p => p.Key).IsUnique();
        post.HasIndex(p => p.OrganisationId);
        post.HasIndex(p => p.UnitId);
        post.HasIndex(p => new { p.GradeId, p.DutyStationId });
        post.HasIndex(p => p.DutyStationId);
        post.HasIndex(p => p.Deadline);
        post.HasIndex(p => p.PostedOn);
        post.HasIndex(p => p.AppointmentType);
        post.HasIndex(p => p.MinYearsExperience);
        post.HasIndex(p => p.MinYearsExperienceWithFirstDegree);
        post.HasOne(p => p.SourceNotice).WithMany().HasForeignKey(p => p.SourceNoticeId);
        post.HasOne(p => p.Organisation).WithMany(o => o.Posts).HasForeignKey(p => p.OrganisationId);
        post.HasOne(p => p.Unit).WithMany(u => u.Posts).HasForeignKey(p => p.UnitId);
        post.HasOne(p => p.Grade).WithMany(g => g.Posts).HasForeignKey(p => p.GradeId);
        post.HasOne(p => p.DutyStation).WithMany(d => d.Posts).HasForeignKey(p => p.DutyStationId);
        post.OwnsOne(p => p.AnnualNetPay, pay =>
        {
            pay.Property(a => a.Amount).HasColumnName("AnnualNetPayAmount");
            pay.Property(a => a.CurrencyCode).HasColumnName("AnnualNetPayCurrency").HasMaxLength(3);
            pay.Property(a => a.Basis).HasColumnName("AnnualNetPayBasis");
            pay.Property(a => a.Qualifier).HasColumnName("AnnualNetPayQualifier");
            pay.Property(a => a.Explanation).HasColumnName("AnnualNetPayExplanation");
            pay.HasIndex(a => new { a.CurrencyCode, a.Amount });
        });
        post.HasMany(p => p.Evidence).WithOne().HasForeignKey(e => e.PostId);
        post.HasMany(p => p.SalaryComponents).WithOne().HasForeignKey(s => s.PostId);
        post.HasMany(p => p.Identifiers).WithOne().HasForeignKey(i => i.PostId);
        post.HasMany(p => p.Duties).WithOne().HasForeignKey(d => d.PostId);
        post.HasMany(p => p.Education).WithOne().HasForeignKey(r => r.PostId);
        post.HasMany(p => p.Experience).WithOne().HasForeignKey(r => r.PostId);
        post.HasMany(p => p.Languages).WithOne().HasForeignKey(r => r.PostId);
        post.HasMany(p => p.Certifications).WithOne().HasForeignKey(r => r.PostId);
        post.HasMany(p => p.Competencies).WithOne().HasForeignKey(r => r.PostId);
        post.HasMany(p => p.Conditions).WithOne().HasForeignKey(r => r.PostId);
    }
}

internal sealed class ReferenceConfiguration :
    IEntityTypeConfiguration<Organisation>, IEntityTypeConfiguration<Unit>, IEntityTypeConfiguration<Grade>,
    IEntityTypeConfiguration<DutyStation>, IEntityTypeConfiguration<Country>, IEntityTypeConfiguration<Language>,
    IEntityTypeConfiguration<Currency>, IEntityTypeConfiguration<SourceNotice>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.HasIndex(o => o.Acronym).IsUnique();
        organisation.HasOne(o => o.Headquarters).WithMany().HasForeignKey(o => o.HeadquartersId);
    }

    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.HasIndex(u => u.Key).IsUnique();
        unit.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId);
        unit.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId);
    }

    public void Configure(EntityTypeBuilder<Grade> grade)
    {
        grade.HasIndex(g => g.Code).IsUnique();
        grade.HasIndex(g => new { g.System, g.Category, g.Level });
    }

    public void Configure(EntityTypeBuilder<DutyStation> station)
    {
        station.HasIndex(d => d.Key).IsUnique();
        station.HasIndex(d => d.CountryCode);
        station.HasOne(d => d.Country).WithMany().HasForeignKey(d => d.CountryCode);
    }

    public void Configure(EntityTypeBuilder<Country> country) => country.HasKey(c => c.Code);

    public void Configure(EntityTypeBuilder<Language> language) => language.HasKey(l => l.Code);

    public void Configure(EntityTypeBuilder<Currency> currency) => currency.HasKey(c => c.Code);

    public void Configure(EntityTypeBuilder<SourceNotice> notice) => notice.HasIndex(n => n.FileName).IsUnique();
}

// Every fact table keeps its evidence in the same five columns.
internal sealed class FactConfiguration :
    IEntityTypeConfiguration<FieldEvidence>, IEntityTypeConfiguration<SalaryComponent>, IEntityTypeConfiguration<PostIdentifier>, IEntityTypeConfiguration<Duty>,
    IEntityTypeConfiguration<EducationRequirement>, IEntityTypeConfiguration<ExperienceRequirement>,
    IEntityTypeConfiguration<LanguageRequirement>, IEntityTypeConfiguration<CertificationRequirement>,
    IEntityTypeConfiguration<CompetencyRequirement>, IEntityTypeConfiguration<Condition>
{
    public void Configure(EntityTypeBuilder<FieldEvidence> evidence)
    {
        evidence.ComplexProperty(e => e.Evidence);
        evidence.HasIndex(e => new { e.PostId, e.Field });
    }

    public void Configure(EntityTypeBuilder<SalaryComponent> component)
    {
        component.ComplexProperty(s => s.Evidence);
        component.Property(s => s.CurrencyCode).HasMaxLength(3);
        component.HasOne<Currency>().WithMany().HasForeignKey(s => s.CurrencyCode);
    }

    public void Configure(EntityTypeBuilder<PostIdentifier> identifier)
    {
        identifier.ComplexProperty(i => i.Evidence);
        identifier.HasIndex(i => i.Value);
    }

    public void Configure(EntityTypeBuilder<Duty> duty) => duty.ComplexProperty(d => d.Evidence);

    public void Configure(EntityTypeBuilder<EducationRequirement> requirement) => Rule(requirement);

    public void Configure(EntityTypeBuilder<ExperienceRequirement> requirement) => Rule(requirement);

    public void Configure(EntityTypeBuilder<LanguageRequirement> requirement) => Rule(requirement);

    public void Configure(EntityTypeBuilder<CertificationRequirement> requirement) => Rule(requirement);

    public void Configure(EntityTypeBuilder<CompetencyRequirement> requirement) => Rule(requirement);

    public void Configure(EntityTypeBuilder<Condition> condition)
    {
        condition.ComplexProperty(c => c.Evidence);
        condition.ComplexProperty(c => c.AppliesToEvidence);
    }

    private static void Rule<T>(EntityTypeBuilder<T> requirement) where T : Requirement
    {
        requirement.ComplexProperty(r => r.Evidence);
        requirement.ComplexProperty(r => r.AppliesToEvidence);
    }
}
