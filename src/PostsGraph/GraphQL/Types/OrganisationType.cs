using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Paging;

namespace PostsGraph.GraphQL.Types;

public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Description = "An organisation of the UN system or beyond that publishes security posts.";
        this.Id(o => o.Acronym);
        Field(o => o.Acronym).Description("The organisation's usual acronym, for example ITU.");
        Field(o => o.Name).Description("The organisation's full name.");
        Field(o => o.Kind).Description("Its place in or beside the UN system.");
        Field<NonNullGraphType<DutyStationType>>("headquarters").Description("Where its headquarters are.")
            .Reads(nameof(Organisation.HeadquartersId))
            .Resolve(ctx => ctx.Loaders().DutyStations.Load(ctx.Source.HeadquartersId));
        this.Children<Organisation, Unit, UnitType>("units", "Its organisational units that posts sit in, outermost first.",
            l => l.UnitsByOrganisation, u => u.OrganisationId, o => o.Id, defaultOrder: "depth");
        this.PostsConnection("Its posts: the root `posts` field's filtering, sorting and paging over the posts this organisation publishes.",
            p => p.OrganisationId, o => o.Id);
    }
}
