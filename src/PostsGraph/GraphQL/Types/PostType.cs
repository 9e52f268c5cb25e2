using GraphQL;
using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Limits;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.GraphQL.Types;

public sealed class PostType : ObjectGraphType<Post>
{
    public PostType()
    {
        Name = "Post";
        Description = "A security post as one vacancy notice describes it. Every fact can be traced to its evidence: `evidence` for the post's own fields, an `evidence` field on each pay figure, duty and requirement.";
        this.Id(p => p.Key);
        Field(p => p.Key).Description("The post's stable key: its seed file's name, for example itu-2207.");
        Field(p => p.Title).Description("The post's title as the notice gives it.");
        // A relation the query joined (see Lookahead) is already on the post: no data-loader round.
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation that published the notice.")
            .Joins(nameof(Post.Organisation), nameof(Post.OrganisationId))
            .Resolve(ctx => ctx.Source.Organisation ?? (object)ctx.Loaders().Organisations.Load(ctx.Source.OrganisationId));
        Field<UnitType>("unit").Description("The unit the post sits in (the leaf of its unit chain; see Unit.path).")
            .Joins(nameof(Post.Unit), nameof(Post.UnitId))
            .Resolve(ctx => ctx.Source.Unit ?? (ctx.Source.UnitId is { } unit ? (object)ctx.Loaders().Units.Load(unit) : null));
        Field(p => p.VacancyNumber, nullable: true).Description("The vacancy or job opening number.");
        Field(p => p.PositionNumber, nullable: true).Description("The position (post) number.");
        Field<GradeType>("grade").Description("The post's grade; null where neither the notice nor a public listing states it. Check `evidence(field: \"grade\")`: a grade may come from an external source.")
            .Joins(nameof(Post.Grade), nameof(Post.GradeId))
            .Resolve(ctx => ctx.Source.Grade ?? (ctx.Source.GradeId is { } grade ? (object)ctx.Loaders().Grades.Load(grade) : null));
        Field<DutyStationType>("dutyStation").Description("Where the post is based.")
            .Joins(nameof(Post.DutyStation), nameof(Post.DutyStationId))
            .Resolve(ctx => ctx.Source.DutyStation ?? (ctx.Source.DutyStationId is { } station ? (object)ctx.Loaders().DutyStations.Load(station) : null));
        Field(p => p.AppointmentType, nullable: true).Description("The type of appointment offered.");
        Field(p => p.DurationMonths, nullable: true).Description("Length of the (first) appointment in months; null where the notice gives none.");
        Field<CalendarDateGraphType>("postedOn").Description("The date the notice was published.").Reads(nameof(Post.PostedOn)).Resolve(ctx => ctx.Source.PostedOn);
        Field<CalendarDateGraphType>("deadline").Description("The closing date for applications.").Reads(nameof(Post.Deadline)).Resolve(ctx => ctx.Source.Deadline);
        Field(p => p.ReportsTo, nullable: true).Description("The post the incumbent reports to.");
        this.Children<Post, SalaryComponent, SalaryComponentType>("salaryComponents", "Every pay figure the notice states, as it states it; empty where it states none.", l => l.SalaryByPost, s => s.PostId, p => p.Id);
        Field<AnnualNetPayType>("annualNetPay").InMemory().Reads(nameof(Post.AnnualNetPay))
            .Description("Yearly net pay derived from salaryComponents (see basis and explanation); null where the notice states no usable figure, with the reason in noPayReason.")
            .Resolve(ctx => ctx.Source.AnnualNetPay);
        Field(p => p.NoPayReason, nullable: true).Description("Why annualNetPay is null; null when it is not.");
        Field(p => p.PostAdjustmentRate, nullable: true).Description("Post adjustment divided by net base salary, where the notice states both (same currency and period), to 4 decimals.");
        Field(p => p.MinYearsExperience, nullable: true).Description("The years of experience required of a candidate with an advanced degree, derived from the experience requirements.");
        Field(p => p.TopEducationLevel, nullable: true).Description("The highest education level the post requires, not counting alternatives accepted in lieu of it.");
        this.Children<Post, Duty, DutyType>("duties", "The duties, in the notice's order.", l => l.DutiesByPost, d => d.PostId, p => p.Id);
        this.Children<Post, EducationRequirement, EducationRequirementType>("education", "Education requirements and substitutions.", l => l.EducationByPost, r => r.PostId, p => p.Id);
        this.Children<Post, ExperienceRequirement, ExperienceRequirementType>("experience", "Experience requirements.", l => l.ExperienceByPost, r => r.PostId, p => p.Id);
        this.Children<Post, LanguageRequirement, LanguageRequirementType>("languages", "Language requirements.", l => l.LanguagesByPost, r => r.PostId, p => p.Id);
        this.Children<Post, CertificationRequirement, CertificationRequirementType>("certifications", "Certifications and courses.", l => l.CertificationsByPost, r => r.PostId, p => p.Id);
        this.Children<Post, CompetencyRequirement, CompetencyRequirementType>("competencies", "Competencies, by framework.", l => l.CompetenciesByPost, r => r.PostId, p => p.Id);
        this.Children<Post, Condition, ConditionType>("conditions",
            "Conditions of employment the notice states (probation, tenure, mobility, nationality, clearance, age of separation ...), in the notice's order.",
            l => l.ConditionsByPost, c => c.PostId, p => p.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldEvidenceType>>>>("evidence")
            .Description("Evidence for the post's own fields, each naming the field it supports.")
            .Argument<StringGraphType>("field", "Only the evidence for this field, for example \"grade\".")
            .Reads(nameof(Post.Id))
            .Resolve(ctx => ctx.Loaders().EvidenceByPost.Load(ctx.Source.Id).Then(list =>
                (list ?? []).Where(e => ctx.GetArgument<string?>("field") is not { } field || e.Field == field).ToList()));
        Field<NonNullGraphType<SourceNoticeType>>("sourceNotice").Description("The notice the post was curated from.")
            .Joins(nameof(Post.SourceNotice), nameof(Post.SourceNoticeId))
            .Resolve(ctx => ctx.Source.SourceNotice ?? (object)ctx.Loaders().SourceNotices.Load(ctx.Source.SourceNoticeId));
    }
}
