using GraphQL;
using GraphQL.Types;
using PostsGraph.Data.Entities;
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
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation that published the notice.")
            .Resolve(ctx => ctx.Loaders().Organisations.Load(ctx.Source.OrganisationId));
        Field<UnitType>("unit").Description("The unit the post sits in (the leaf of its unit chain; see Unit.path).")
            .Resolve(ctx => ctx.Source.UnitId is { } unit ? ctx.Loaders().Units.Load(unit) : null);
        Field(p => p.VacancyNumber, nullable: true).Description("The vacancy or job opening number.");
        Field(p => p.PositionNumber, nullable: true).Description("The position (post) number.");
        Field<GradeType>("grade").Description("The post's grade; null where neither the notice nor a public listing states it. Check `evidence(field: \"grade\")`: a grade may come from an external source.")
            .Resolve(ctx => ctx.Source.GradeId is { } grade ? ctx.Loaders().Grades.Load(grade) : null);
        Field<DutyStationType>("dutyStation").Description("Where the post is based.")
            .Resolve(ctx => ctx.Source.DutyStationId is { } station ? ctx.Loaders().DutyStations.Load(station) : null);
        Field(p => p.AppointmentType, nullable: true).Description("The type of appointment offered.");
        Field(p => p.DurationMonths, nullable: true).Description("Length of the (first) appointment in months; null where the notice gives none.");
        Field<CalendarDateGraphType>("postedOn").Description("The date the notice was published.").Resolve(ctx => ctx.Source.PostedOn);
        Field<CalendarDateGraphType>("deadline").Description("The closing date for applications.").Resolve(ctx => ctx.Source.Deadline);
        Field(p => p.ReportsTo, nullable: true).Description("The post the incumbent reports to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SalaryComponentType>>>>("salaryComponents")
            .Description("Every pay figure the notice states, as it states it; empty where it states none.")
            .Resolve(ctx => ctx.Loaders().SalaryByPost.Load(ctx.Source.Id).Then(list => list ?? []));
        Field<AnnualNetPayType>("annualNetPay")
            .Description("Yearly net pay derived from salaryComponents (see basis and explanation); null where the notice states no usable figure, with the reason in noPayReason.")
            .Resolve(ctx => ctx.Source.AnnualNetPay);
        Field(p => p.NoPayReason, nullable: true).Description("Why annualNetPay is null; null when it is not.");
        Field(p => p.PostAdjustmentRate, nullable: true).Description("Post adjustment divided by net base salary, where the notice states both (same currency and period), to 4 decimals.");
        Field(p => p.MinYearsExperience, nullable: true).Description("The years of experience required of a candidate with an advanced degree, derived from the experience requirements.");
        Field(p => p.TopEducationLevel, nullable: true).Description("The highest education level the post requires, not counting alternatives accepted in lieu of it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DutyType>>>>("duties").Description("The duties, in the notice's order.")
            .Resolve(ctx => ctx.Loaders().DutiesByPost.Load(ctx.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationRequirementType>>>>("education").Description("Education requirements and substitutions.")
            .Resolve(ctx => ctx.Loaders().EducationByPost.Load(ctx.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExperienceRequirementType>>>>("experience").Description("Experience requirements.")
            .Resolve(ctx => ctx.Loaders().ExperienceByPost.Load(ctx.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanguageRequirementType>>>>("languages").Description("Language requirements.")
            .Resolve(ctx => ctx.Loaders().LanguagesByPost.Load(ctx.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CertificationRequirementType>>>>("certifications").Description("Certifications and courses.")
            .Resolve(ctx => ctx.Loaders().CertificationsByPost.Load(ctx.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyRequirementType>>>>("competencies").Description("Competencies, by framework.")
            .Resolve(ctx => ctx.Loaders().CompetenciesByPost.Load(ctx.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConditionType>>>>("conditions")
            .Description("Conditions of employment the notice states (probation, tenure, mobility, nationality, clearance, age of separation ...), in the notice's order.")
            .Resolve(ctx => ctx.Loaders().ConditionsByPost.Load(ctx.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldEvidenceType>>>>("evidence")
            .Description("Evidence for the post's own fields, each naming the field it supports.")
            .Argument<StringGraphType>("field", "Only the evidence for this field, for example \"grade\".")
            .Resolve(ctx => ctx.Loaders().EvidenceByPost.Load(ctx.Source.Id).Then(list =>
                (list ?? []).Where(e => ctx.GetArgument<string?>("field") is not { } field || e.Field == field).ToList()));
        Field<NonNullGraphType<SourceNoticeType>>("sourceNotice").Description("The notice the post was curated from.")
            .Resolve(ctx => ctx.Loaders().SourceNotices.Load(ctx.Source.SourceNoticeId));
    }
}
