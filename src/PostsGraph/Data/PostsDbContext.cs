using Microsoft.EntityFrameworkCore;
using PostsGraph.Data.Entities;

namespace PostsGraph.Data;

public sealed class PostsDbContext(DbContextOptions<PostsDbContext> options) : DbContext(options)
{
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Grade> Grades => Set<Grade>();
    public DbSet<DutyStation> DutyStations => Set<DutyStation>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Language> Languages => Set<Language>();
    public DbSet<Currency> Currencies => Set<Currency>();
    public DbSet<SourceNotice> SourceNotices => Set<SourceNotice>();
    public DbSet<FieldEvidence> FieldEvidence => Set<FieldEvidence>();
    public DbSet<SalaryComponent> SalaryComponents => Set<SalaryComponent>();
    public DbSet<PostIdentifier> Identifiers => Set<PostIdentifier>();
    public DbSet<Duty> Duties => Set<Duty>();
    public DbSet<EducationRequirement> EducationRequirements => Set<EducationRequirement>();
    public DbSet<ExperienceRequirement> ExperienceRequirements => Set<ExperienceRequirement>();
    public DbSet<LanguageRequirement> LanguageRequirements => Set<LanguageRequirement>();
    public DbSet<CertificationRequirement> CertificationRequirements => Set<CertificationRequirement>();
    public DbSet<CompetencyRequirement> CompetencyRequirements => Set<CompetencyRequirement>();
    public DbSet<Condition> Conditions => Set<Condition>();
    public DbSet<SeedInfo> SeedInfo => Set<SeedInfo>();
    public DbSet<PostRow> PostRows => Set<PostRow>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();

    // Which build of the data the database holds (its seed hash and build time), read from the
    // database so that a rebuild by any process is seen at once; null before the first build.
    // Statistics keep their results, and ETags are made, per build.
    public async Task<string?> BuildAsync(CancellationToken cancellationToken)
    {
        var info = await SeedInfo.Select(s => new { s.SeedHash, s.BuiltAt }).SingleOrDefaultAsync(cancellationToken);
        return info is null ? null : $"{info.SeedHash}@{info.BuiltAt:O}";
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when an enum gains a member.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        if (Database.IsSqlite())
        {
            // SQLite has no decimal type: EF cannot order, compare or aggregate decimals stored as
            // text. Amounts are at most two decimals and well inside double's exact range.
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
        else
        {
            // numeric keeps the scale it was given (109036.00); stored without trailing zeros, amounts
            // read back the same on every database.
            configurationBuilder.Properties<decimal>().HaveConversion<NormalizedDecimalConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(PostgresDatabase.Schema);
        }

        modelBuilder.Ignore<Requirement>();
        modelBuilder.Entity<PostRow>().HasNoKey().ToView("Posts");
        modelBuilder.Entity<SearchDocument>(document =>
        {
            document.HasKey(d => d.PostId);
            document.Property(d => d.PostId).ValueGeneratedNever();
            document.HasOne<Post>().WithOne().HasForeignKey<SearchDocument>(d => d.PostId);
        });
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PostsDbContext).Assembly);
    }
}
