using System.Globalization;
using GraphQL;
using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.Export;
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
        this.Id(p => p.Key).Json(p => GlobalId.Encode("Post", p.Key)).Csv("id", p => GlobalId.Encode("Post", p.Key));
        Field(p => p.Key).Description("The post's stable key: its seed file's name, for example itu-2207.").Json().Csv("key", p => p.Key);
        Field(p => p.Title).Description("The post's title as the notice gives it.").Json().Csv("title", p => p.Title);
        // A relation the query joined (see Lookahead) is already on the post: no data-loader round.
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation that published the notice.")
            .Joins(nameof(Post.Organisation), nameof(Post.OrganisationId))
            .JsonAs(typeof(OrganisationProfile)).Csv("organisation", p => p.Organisation!.Acronym)
            .Fact("Organisation", p => $"{p.Organisation!.Name} ({p.Organisation.Acronym})")
            .Compared("Organisation", p => p.Organisation!.Acronym)
            .Resolve(ctx => ctx.Source.Organisation ?? (object)ctx.Loaders().Organisations.Load(ctx.Source.OrganisationId));
        Field<UnitType>("unit").Description("The unit the post sits in (the leaf of its unit chain; see Unit.path).")
            .Joins(nameof(Post.Unit), nameof(Post.UnitId))
            .JsonAs(typeof(UnitProfile)).Csv("unit", p => p.Unit?.Name)
            .Fact("Unit", p => p.Unit is { } u ? u.Name + (u.Acronym is { } a ? $" ({a})" : "") : null)
            .Compared("Unit", p => p.Unit?.Name)
            .Resolve(ctx => ctx.Source.Unit ?? (ctx.Source.UnitId is { } unit ? (object)ctx.Loaders().Units.Load(unit) : null));
        Field(p => p.VacancyNumber, nullable: true).Description("The vacancy or job opening number.")
            .Json().Csv("vacancy_number", p => p.VacancyNumber).Fact("Vacancy number", p => p.VacancyNumber, fromListing: true)
            .Compared("Vacancy number", p => p.VacancyNumber);
        Field(p => p.PositionNumber, nullable: true).Description("The position (post) number.").Exported("Position number")
            .Compared("Position number", p => p.PositionNumber);
        this.Children<Post, PostIdentifier, PostIdentifierType>("identifiers",
            "Every number the notice (or the public listing) prints for the post: the vacancy number, the position number and any other, such as a job ID, each with its label and evidence.",
            l => l.IdentifiersByPost, i => i.PostId, p => p.Id)
            .JsonAs(typeof(List<IdentifierProfile>))
            .Csv("identifiers", (p, lists) => ExportText.Join(lists.Identifiers[p.Id], i => i.ToString()))
            .Fact("Other identifiers", p => p.Identifiers.Where(i => i.Kind == IdentifierKind.Other).ToList() is { Count: > 0 } others
                ? string.Join("; ", others.Select(i => $"{i.Label} {i.Value}")) : null)
            .Compared("Other identifiers", p => p.Identifiers.Where(i => i.Kind == IdentifierKind.Other).ToList() is { Count: > 0 } others
                ? string.Join("; ", others.Select(i => $"{i.Label} {i.Value}")) : null,
                p => p.Identifiers.Where(i => i.Kind == IdentifierKind.Other).Select(i => i.Evidence));
        Field<GradeType>("grade").Description("The post's grade; null where neither the notice nor a public listing states it. Check `evidence(field: \"grade\")`: a grade may come from an external source.")
            .Joins(nameof(Post.Grade), nameof(Post.GradeId))
            .JsonAs(typeof(GradeProfile)).Csv("grade", p => p.Grade?.Code).Csv("grade_category", p => p.Grade is { } g ? ExportText.Name(g.Category) : null)
            .Fact("Grade", p => p.Grade?.Code, fromListing: true)
            .Compared("Grade", p => p.Grade?.Code)
            .Resolve(ctx => ctx.Source.Grade ?? (ctx.Source.GradeId is { } grade ? (object)ctx.Loaders().Grades.Load(grade) : null));
        Field<DutyStationType>("dutyStation").Description("Where the post is based.")
            .Joins(nameof(Post.DutyStation), nameof(Post.DutyStationId))
            .JsonAs(typeof(DutyStationProfile)).Csv("duty_station", p => p.DutyStation?.City).Csv("country", p => p.DutyStation?.CountryCode)
            .Fact("Duty station", p => p.DutyStation is { } d ? $"{d.City}, {d.CountryCode}" : null, fromListing: true)
            .Compared("Duty station", p => p.DutyStation is { } d ? $"{d.City} ({d.CountryCode})" : null)
            .Resolve(ctx => ctx.Source.DutyStation ?? (ctx.Source.DutyStationId is { } station ? (object)ctx.Loaders().DutyStations.Load(station) : null));
        Field(p => p.AppointmentType, nullable: true).Description("The type of appointment offered.")
            .Exported("Appointment").Compared("Appointment type", p => ExportText.Text(p.AppointmentType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<CandidateGroup>>>>>("recruitmentOpenTo")
            .Description("Whom recruitment is open to, as the notice states it (see evidence(field: \"recruitmentOpenTo\")); empty where it does not say.")
            .Reads(nameof(Post.RecruitmentOpenTo))
            .Json().Csv("recruitment_open_to", p => ExportText.Join(p.RecruitmentOpenTo, ExportText.Name))
            .Fact("Recruitment open to", p => p.RecruitmentOpenTo.Count > 0 ? string.Join(", ", p.RecruitmentOpenTo.Select(g => $"`{ExportText.Name(g)}`")) : null)
            .Compared("Recruitment open to", p => p.RecruitmentOpenTo.Count > 0 ? string.Join(", ", p.RecruitmentOpenTo.Select(ExportText.Name)) : null)
            .Resolve(ctx => ctx.Source.RecruitmentOpenTo);
        Field(p => p.DurationMonths, nullable: true).Description("Length of the (first) appointment in months; null where the notice gives none.")
            .Json().Csv("duration_months", p => p.DurationMonths).Fact("Duration", p => p.DurationMonths is { } m ? $"{m} months" : null)
            .Compared("Duration (months)", p => ExportText.Text(p.DurationMonths));
        Field<LocalDateGraphType>("postedOn").Description("The date the notice was published.").Reads(nameof(Post.PostedOn))
            .Json().Csv("posted_on", p => ExportText.Date(p.PostedOn)).Fact("Posted on", p => ExportText.Date(p.PostedOn), fromListing: true)
            .Compared("Posted on", p => ExportText.Date(p.PostedOn))
            .Resolve(ctx => ctx.Source.PostedOn);
        Field<LocalDateGraphType>("deadline").Description("The closing date for applications.").Reads(nameof(Post.Deadline))
            .Json().Csv("deadline", p => ExportText.Date(p.Deadline)).Fact("Deadline", p => ExportText.Date(p.Deadline), fromListing: true)
            .Compared("Deadline", p => ExportText.Date(p.Deadline))
            .Resolve(ctx => ctx.Source.Deadline);
        Field(p => p.ReportsTo, nullable: true).Description("The post the incumbent reports to.").Exported("Reports to")
            .Compared("Reports to", p => p.ReportsTo);
        this.Children<Post, SalaryComponent, SalaryComponentType>("salaryComponents", "Every pay figure the notice states, as it states it; empty where it states none.", l => l.SalaryByPost, s => s.PostId, p => p.Id)
            .JsonAs(typeof(List<SalaryProfile>));
        Field<AnnualNetPayType>("annualNetPay").InMemory().Reads(nameof(Post.AnnualNetPay))
            .Description("Yearly net pay derived from salaryComponents (see basis and explanation); null where the notice states no usable figure, with the reason in noPayReason.")
            .JsonAs(typeof(AnnualNetPayProfile))
            .Csv("annual_net_pay", p => p.AnnualNetPay?.Amount).Csv("annual_net_pay_currency", p => p.AnnualNetPay?.CurrencyCode)
            .Csv("annual_net_pay_basis", p => ExportText.Text(p.AnnualNetPay?.Basis)).Csv("annual_net_pay_qualifier", p => ExportText.Text(p.AnnualNetPay?.Qualifier))
            .Fact("Annual net pay", p => p.AnnualNetPay is { } pay
                ? $"{pay.Amount.ToString("#,0.##", CultureInfo.InvariantCulture)} {pay.CurrencyCode} (`{ExportText.Name(pay.Basis)}`, `{ExportText.Name(pay.Qualifier)}`): {pay.Explanation}"
                : p.NoPayReason)
            .Compared("Annual net pay", p => p.AnnualNetPay is { } a ? $"{a.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {a.CurrencyCode}" : null, Pay)
            .Compared("Basis of the annual net pay", p => p.AnnualNetPay is { } a ? $"{ExportText.Name(a.Basis)}, {ExportText.Name(a.Qualifier)}" : null, Pay, "annualNetPay.basis")
            .Resolve(ctx => ctx.Source.AnnualNetPay);
        Field(p => p.NoPayReason, nullable: true).Description("Why annualNetPay is null; null when it is not.")
            .Json().Csv("no_pay_reason", p => p.NoPayReason); // its fact is annualNetPay's
        Field(p => p.PostAdjustmentRate, nullable: true).Description("Post adjustment divided by net base salary, where the notice states both (same currency and period), to 4 decimals.")
            .Json().Csv("post_adjustment_rate", p => p.PostAdjustmentRate)
            .Fact("Post-adjustment rate", p => p.PostAdjustmentRate?.ToString("0.0000", CultureInfo.InvariantCulture))
            .Compared("Post-adjustment rate", p => p.PostAdjustmentRate?.ToString("0.0000", CultureInfo.InvariantCulture), Pay);
        Field(p => p.MinYearsExperience, nullable: true)
            .Description("The years of experience required of a candidate with an advanced degree, derived from the experience requirements that apply to them (see minYearsExperienceAppliesTo).")
            .Json().Csv("min_years_experience", p => p.MinYearsExperience)
            .Fact("Years of experience with an advanced degree", p => p.MinYearsExperience is { } y ? $"{y} (for `{ExportText.Name(p.MinYearsExperienceAppliesTo!.Value)}`)" : null)
            .Compared("Years of experience with an advanced degree", p => ExportText.Text(p.MinYearsExperience), p => YearsEvidence(p, p.MinYearsExperience, p.MinYearsExperienceAppliesTo, firstDegree: false));
        Field(p => p.MinYearsExperienceAppliesTo, nullable: true)
            .Description("Whom minYearsExperience holds for: all candidates, or the group it was derived for (external candidates, unless recruitment is open to internal candidates only) where the other group's requirements differ. Null where minYearsExperience is.")
            .Json().Csv("min_years_experience_applies_to", p => ExportText.Text(p.MinYearsExperienceAppliesTo)) // its fact is the figure's
            .Compared("Years with an advanced degree apply to", p => ExportText.Text(p.MinYearsExperienceAppliesTo));
        Field(p => p.MinYearsExperienceWithFirstDegree, nullable: true)
            .Description("The years of experience required of a candidate with a first-level university degree instead of an advanced one: stated by the notice, or the advanced-degree years plus the additional years its first-degree route asks. Null where no first-degree route exists for the candidates it is derived for; minYearsExperienceWithFirstDegreeExplanation says why.")
            .Json().Csv("min_years_experience_with_first_degree", p => p.MinYearsExperienceWithFirstDegree)
            .Fact("Years of experience with a first-level degree", p => p.MinYearsExperienceWithFirstDegree is { } y
                ? $"{y} (for `{ExportText.Name(p.MinYearsExperienceWithFirstDegreeAppliesTo!.Value)}`): {p.MinYearsExperienceWithFirstDegreeExplanation}"
                : p.MinYearsExperienceWithFirstDegreeExplanation)
            .Compared("Years of experience with a first-level degree", p => ExportText.Text(p.MinYearsExperienceWithFirstDegree), p => YearsEvidence(p, p.MinYearsExperienceWithFirstDegree, p.MinYearsExperienceWithFirstDegreeAppliesTo, firstDegree: true));
        Field(p => p.MinYearsExperienceWithFirstDegreeAppliesTo, nullable: true)
            .Description("Whom minYearsExperienceWithFirstDegree holds for, as minYearsExperienceAppliesTo. Null where the figure is.")
            .Json().Csv("min_years_experience_with_first_degree_applies_to", p => ExportText.Text(p.MinYearsExperienceWithFirstDegreeAppliesTo)) // its fact is the figure's
            .Compared("Years with a first-level degree apply to", p => ExportText.Text(p.MinYearsExperienceWithFirstDegreeAppliesTo));
        Field(p => p.MinYearsExperienceWithFirstDegreeExplanation, nullable: true)
            .Description("How minYearsExperienceWithFirstDegree was derived, or why it is null.")
            .Json().Csv("min_years_experience_with_first_degree_explanation", p => p.MinYearsExperienceWithFirstDegreeExplanation); // its fact is the figure's
        Field(p => p.TopEducationLevel, nullable: true).Description("The highest education level the post requires, not counting alternatives accepted in lieu of it.")
            .Exported("Top education level")
            .Compared("Top education level required", p => ExportText.Text(p.TopEducationLevel),
                p => p.Education.Where(e => e.Necessity == Necessity.Required && !e.Substitution).Select(e => e.Evidence));
        Field(p => p.DutyCount).Description("How many duties the notice lists: the length of `duties`, to filter and sort on.")
            .Json().Fact("Duties listed", p => ExportText.Number(p.DutyCount)).Compared("Number of duties", p => ExportText.Text(p.DutyCount),
                p => p.Duties.Select(d => d.Evidence));
        this.Children<Post, Duty, DutyType>("duties", "The duties, in the notice's order.", l => l.DutiesByPost, d => d.PostId, p => p.Id)
            .JsonAs(typeof(List<DutyProfile>)).Csv("duties", (p, lists) => lists.Duties[p.Id].Count())
            .Csv("duty_themes", (p, lists) => ExportText.Join(
                lists.Duties[p.Id].SelectMany(d => d.Themes).GroupBy(t => t).OrderBy(g => g.Key), g => $"{ExportText.Name(g.Key)}:{ExportText.Number(g.Count())}"));
        this.Children<Post, EducationRequirement, EducationRequirementType>("education", "Education requirements and substitutions.", l => l.EducationByPost, r => r.PostId, p => p.Id)
            .JsonAs(typeof(List<EducationProfile>)).Csv("education", (p, lists) => ExportText.Join(lists.Education[p.Id], e => e.ToString()));
        this.Children<Post, ExperienceRequirement, ExperienceRequirementType>("experience", "Experience requirements.", l => l.ExperienceByPost, r => r.PostId, p => p.Id)
            .JsonAs(typeof(List<ExperienceProfile>)).Csv("experience", (p, lists) => ExportText.Join(lists.Experience[p.Id], e => e.ToString()));
        this.Children<Post, LanguageRequirement, LanguageRequirementType>("languages", "Language requirements.", l => l.LanguagesByPost, r => r.PostId, p => p.Id)
            .JsonAs(typeof(List<LanguageProfile>))
            .Csv("languages_required", (p, lists) => ExportText.Join(lists.Languages[p.Id].Where(l => l.Necessity == Necessity.Required), l => l.ToString()))
            .Csv("languages_desirable", (p, lists) => ExportText.Join(lists.Languages[p.Id].Where(l => l.Necessity == Necessity.Desirable), l => l.ToString()));
        this.Children<Post, CertificationRequirement, CertificationRequirementType>("certifications", "Certifications and courses.", l => l.CertificationsByPost, r => r.PostId, p => p.Id)
            .JsonAs(typeof(List<CertificationProfile>)).Csv("certifications", (p, lists) => ExportText.Join(lists.Certifications[p.Id], c => c.ToString()));
        this.Children<Post, CompetencyRequirement, CompetencyRequirementType>("competencies", "Competencies, by framework.", l => l.CompetenciesByPost, r => r.PostId, p => p.Id)
            .JsonAs(typeof(List<CompetencyProfile>)).Csv("competencies", (p, lists) => ExportText.Join(lists.Competencies[p.Id], c => c.ToString()));
        this.Children<Post, Condition, ConditionType>("conditions",
            "Conditions of employment the notice states (probation, tenure, mobility, nationality, clearance, age of separation ...), in the notice's order.",
            l => l.ConditionsByPost, c => c.PostId, p => p.Id)
            .JsonAs(typeof(List<ConditionProfile>)).Csv("conditions", (p, lists) => ExportText.Join(lists.Conditions[p.Id], c => c.ToString()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldEvidenceType>>>>("evidence")
            .Description("Evidence for the post's own fields, each naming the field it supports.")
            .Argument<StringGraphType>("field", "Only the evidence for this field, for example \"grade\".")
            .FiltersAsWholeList()
            .Reads(nameof(Post.Id))
            .JsonAs(typeof(List<FieldEvidenceProfile>))
            .Resolve(ctx => ctx.Loaders().EvidenceByPost.Load(ctx.Source.Id).Then(list =>
                (list ?? []).Where(e => ctx.GetArgument<string?>("field") is not { } field || e.Field == field).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchMatchType>>>>("matches")
            .Description($"Where the search of the `posts(search:)` field above found this post, in the order of its title, duties, requirements, conditions and competencies (at most {Search.SearchMatches.MaxPerPost}); empty outside a search.")
            .Reads(nameof(Post.Id))
            .WithMetadata(FieldViews.OfTheRequestKey, true)
            .Resolve(ctx => Search.SearchMatches.Of(ctx));
        Field<NonNullGraphType<SourceNoticeType>>("sourceNotice").Description("The notice the post was curated from.")
            .Joins(nameof(Post.SourceNotice), nameof(Post.SourceNoticeId))
            .JsonAs(typeof(SourceProfile), "source").Csv("source_notice", p => p.SourceNotice!.FileName)
            .Resolve(ctx => ctx.Source.SourceNotice ?? (object)ctx.Loaders().SourceNotices.Load(ctx.Source.SourceNoticeId));
    }

    // The evidence of a figure of years: the required experience stating it for the level, or for a
    // first-degree figure the notice does not state, the advanced-degree years and the route adding to them.
    private static IEnumerable<Evidence> YearsEvidence(Post post, int? years, Applicability? appliesTo, bool firstDegree)
    {
        bool Holds(Requirement r) => r.Necessity == Necessity.Required && (r.AppliesTo == Applicability.AllCandidates || r.AppliesTo == appliesTo);
        bool Advanced(ExperienceRequirement e) => e.WithEducation is null or EducationLevel.AdvancedDegree;

        if (years is null)
        {
            return [];
        }

        var stated = post.Experience.Where(e => Holds(e) && e.MinYears == years && (firstDegree ? e.WithEducation is null or EducationLevel.FirstDegree : Advanced(e))).ToList();
        return stated.Count > 0 || !firstDegree
            ? stated.Select(e => e.Evidence)
            : post.Experience.Where(e => Holds(e) && Advanced(e) && e.MinYears == post.MinYearsExperience).Select(e => e.Evidence)
                .Concat(post.Education.Where(e => Holds(e) && e.Level == EducationLevel.FirstDegree && e.InLieuOf is not null).Select(e => e.Evidence));
    }

    // The evidence of a figure derived from pay: the pay figures the notice states.
    private static IEnumerable<Evidence> Pay(Post post) => post.SalaryComponents.Select(s => s.Evidence);
}
