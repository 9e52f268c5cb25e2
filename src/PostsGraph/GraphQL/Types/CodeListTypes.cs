using GraphQL.Types;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Types;

public sealed class CountryType : ObjectGraphType<Country>
{
    public CountryType()
    {
        Name = "Country";
        Description = "A country (ISO 3166-1).";
        Field(c => c.Code).Description("ISO 3166-1 alpha-2 code.");
        Field(c => c.Name).Description("Short English name.");
    }
}

public sealed class LanguageType : ObjectGraphType<Language>
{
    public LanguageType()
    {
        Name = "Language";
        Description = "A language (ISO 639-1).";
        Field(l => l.Code).Description("ISO 639-1 code.");
        Field(l => l.Name).Description("English name.");
        Field(l => l.UnOfficial).Description("Whether it is one of the six official languages of the United Nations.");
    }
}

public sealed class CurrencyType : ObjectGraphType<Currency>
{
    public CurrencyType()
    {
        Name = "Currency";
        Description = "A currency (ISO 4217).";
        Field(c => c.Code).Description("ISO 4217 code.");
        Field(c => c.Name).Description("English name.");
        Field(c => c.MinorUnits, nullable: true).Description("Digits after the decimal point.");
    }
}
