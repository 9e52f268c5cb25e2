using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.GraphQL.Types;

public sealed class SalaryComponentType : ObjectGraphType<SalaryComponent>
{
    public SalaryComponentType()
    {
        Name = "SalaryComponent";
        Description = "One pay figure exactly as the notice states it: amount, currency, period, what it covers and how it is qualified.";
        Field(s => s.Kind).Description("What the figure covers: net base salary, post adjustment, or their total.");
        Field(s => s.Amount).Description("The amount as stated, never converted.");
        Field(s => s.CurrencyCode).Description("ISO 4217 code of the currency the notice states.");
        Field<NonNullGraphType<CurrencyType>>("currency").Description("The currency.")
            .Resolve(ctx => ctx.Loaders().Currencies.Load(ctx.Source.CurrencyCode));
        Field(s => s.Period).Description("Whether the figure is per year or per month.");
        Field(s => s.Qualifier).Description("How firm the figure is: exact, a minimum, the lowest of a range (\"from\"), or an estimate.");
        Field(s => s.Label).Description("The notice's own words for the figure.");
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The notice's sentence stating the figure.").Resolve(ctx => ctx.Source.Evidence);
    }
}

public sealed class AnnualNetPayType : ObjectGraphType<AnnualNetPay>
{
    public AnnualNetPayType()
    {
        Name = "AnnualNetPay";
        Description = "A yearly net figure derived from the stated pay by arithmetic shown in `explanation`; never from an assumed scale, step or exchange rate.";
        Field(a => a.Amount).Description("The yearly amount, in `currency`.");
        Field("currency", a => a.CurrencyCode).Description("ISO 4217 code: figures in different currencies are compared side by side, never converted.");
        Field(a => a.Basis).Description("How it was derived: STATED (the notice gives a yearly total), ANNUALISED (a monthly total x 12) or SUM_OF_COMPONENTS (net base salary + post adjustment).");
        Field(a => a.Qualifier).Description("The weakest qualifier of the figures used, for example MINIMUM or ESTIMATE.");
        Field(a => a.Explanation).Description("The arithmetic, in words, for example \"101,540 net base salary + 82,654 post adjustment = 184,194 USD a year.\"");
    }
}

public sealed class PostIdentifierType : ObjectGraphType<PostIdentifier>
{
    public PostIdentifierType()
    {
        Name = "PostIdentifier";
        Description = "A number printed for the post, with the label the notice gives it and its evidence.";
        Field(i => i.Kind).Description("VACANCY_NUMBER, POSITION_NUMBER (the post's fields of those names) or OTHER (a job ID, a requisition number …).");
        Field(i => i.Label).Description("What the notice calls it, for example \"Job ID\".");
        Field(i => i.Value).Description("The number as printed.");
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The notice's line printing it, or the public listing that gives it.").Resolve(ctx => ctx.Source.Evidence);
    }
}
