using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Paging;

namespace PostsGraph.GraphQL.Types;

public sealed class DutyStationType : ObjectGraphType<DutyStation>
{
    public DutyStationType()
    {
        Name = "DutyStation";
        Description = "A city where staff serve.";
        this.Id(d => d.Key);
        Field(d => d.Key).Description("A stable lowercase key, for example geneva.");
        Field(d => d.City).Description("The city's name.");
        Field(d => d.CountryCode).Description("The country, as an ISO 3166-1 alpha-2 code.");
        Field<NonNullGraphType<CountryType>>("country").Description("The country.")
            .Reads(nameof(DutyStation.CountryCode))
            .Resolve(ctx => ctx.Loaders().Countries.Load(ctx.Source.CountryCode));
        this.PostsConnection("Its posts: the root `posts` field's filtering, sorting and paging over the posts based at this duty station.",
            p => p.DutyStationId, d => d.Id);
    }
}
