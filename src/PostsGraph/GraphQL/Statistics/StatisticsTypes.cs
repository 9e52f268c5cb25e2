using GraphQL.Types;
using PostsGraph.GraphQL.Limits;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Paging;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.GraphQL.Statistics;

public sealed class PostGroupByType : EnumerationGraphType<PostGroupBy>
{
    public PostGroupByType()
    {
        Name = "PostGroupBy";
        Description = "What posts can be grouped by in postStatistics.";
    }
}

public sealed class PostGroupType : ObjectGraphType<PostGroup>
{
    public PostGroupType()
    {
        Name = "PostGroup";
        Description = "The posts that share the values of `key`, with their statistics.";
        Field<NonNullGraphType<PostGroupKeyType>>("key").InMemory().Description("The values the group's posts share; only the fields asked for in groupBy are set.").Resolve(ctx => ctx.Source);
        this.PostsConnection("The group's posts: those the statistics' `where` selects that share the group's key, with the root `posts` field's filtering, sorting and paging.");
        Field(g => g.Count).Description("How many posts the group holds.");
        Field(g => g.PostsWithoutPay).Description("How many of them state no usable pay figure: counted here, left out of annualNetPay.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayStatisticsType>>>>("annualNetPay").InMemory()
            .Description("Annual net pay statistics, one line per currency: amounts in different currencies are never combined.")
            .Resolve(ctx => ctx.Source.AnnualNetPay);
        Field<YearsStatisticsType>("minYearsExperience").InMemory().Description("Statistics of the years of experience required with an advanced degree; null when no post in the group states them.")
            .Resolve(ctx => ctx.Source.MinYearsExperience);
    }
}

public sealed class PostGroupKeyType : ObjectGraphType<PostGroup>
{
    public PostGroupKeyType()
    {
        Name = "PostGroupKey";
        Description = "A group's key. A field is null when the posts were not grouped by it, or when they were and the posts do not state it (see PostGroup.groupedBy).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostGroupByType>>>>("groupedBy").Description("The groupBy values the key was made from.").Resolve(ctx => ctx.Source.GroupedBy);
        Field<OrganisationType>("organisation").Resolve(ctx => ctx.Source.Key.Organisation ?? (ctx.Source.Key.OrganisationId is { } id ? (object)ctx.Loaders().Organisations.Load(id) : null));
        Field<GradeType>("grade").Resolve(ctx => ctx.Source.Key.Grade ?? (ctx.Source.Key.GradeId is { } id ? (object)ctx.Loaders().Grades.Load(id) : null));
        Field<EnumerationGraphType<Data.Entities.GradeCategory>>("gradeCategory").Resolve(ctx => ctx.Source.Key.GradeCategory);
        Field<DutyStationType>("dutyStation").Resolve(ctx => ctx.Source.Key.DutyStation ?? (ctx.Source.Key.DutyStationId is { } id ? (object)ctx.Loaders().DutyStations.Load(id) : null));
        Field<CountryType>("country").Resolve(ctx => ctx.Source.Key.Country ?? (ctx.Source.Key.CountryCode is { } code ? (object)ctx.Loaders().Countries.Load(code) : null));
        Field<EnumerationGraphType<Data.Entities.AppointmentType>>("appointmentType").Resolve(ctx => ctx.Source.Key.AppointmentType);
        Field<StringGraphType>("currency").Description("ISO 4217 code of the pay currency; null for the posts that state no pay.").Resolve(ctx => ctx.Source.Key.Currency);
        Field<IntGraphType>("deadlineYear").Resolve(ctx => ctx.Source.Key.DeadlineYear);
    }
}

public sealed class PayStatisticsType : ObjectGraphType<PayStatistics>
{
    public PayStatisticsType()
    {
        Name = "PayStatistics";
        Description = "Annual net pay of the posts of a group that state pay in one currency.";
        Field(p => p.Currency).Description("ISO 4217 code; every figure here is in it.");
        Field(p => p.Count).Description("How many posts these figures come from.");
        Field(p => p.Min).Description("The lowest annual net pay.");
        Field(p => p.Max).Description("The highest annual net pay.");
        Field(p => p.Avg).Description("The mean, to 2 decimals.");
        Field(p => p.Sum).Description("The total.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualifierCountType>>>>("qualifiers").InMemory()
            .Description("How firm the figures are: how many are ESTIMATE, MINIMUM, FROM and EXACT (each post's annualNetPay.qualifier), those with none left out.")
            .Resolve(ctx => ctx.Source.Qualifiers);
    }
}

public sealed class QualifierCountType : ObjectGraphType<QualifierCount>
{
    public QualifierCountType()
    {
        Name = "PayQualifierCount";
        Description = "How many of a group's pay figures have one qualifier.";
        Field(q => q.Qualifier).Description("The qualifier of the figures.");
        Field(q => q.Count).Description("How many figures have it.");
    }
}

public sealed class YearsStatisticsType : ObjectGraphType<YearsStatistics>
{
    public YearsStatisticsType()
    {
        Name = "YearsStatistics";
        Description = "Years of experience required with an advanced degree, over the posts of a group that state them.";
        Field(y => y.Count).Description("How many posts state them.");
        Field(y => y.Min).Description("The fewest years.");
        Field(y => y.Max).Description("The most years.");
        Field(y => y.Avg).Description("The mean, to 2 decimals.");
    }
}
