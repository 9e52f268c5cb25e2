using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Paging;

namespace PostsGraph.GraphQL.Types;

public sealed class UnitType : ObjectGraphType<Unit>
{
    public UnitType()
    {
        Name = "Unit";
        Description = "An organ, department, division, section, branch, office or unit inside an organisation; units form a tree.";
        this.Id(u => u.Key);
        Field(u => u.Name).Description("The unit's name as the notice gives it.");
        Field(u => u.Acronym, nullable: true).Description("The unit's acronym, where the notice gives one.");
        Field(u => u.Kind).Description("What kind of unit it is.");
        Field(u => u.Depth).Description("0 for a unit directly under the organisation, 1 for its children, and so on.");
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation the unit belongs to.")
            .Reads(nameof(Unit.OrganisationId))
            .Resolve(ctx => ctx.Loaders().Organisations.Load(ctx.Source.OrganisationId));
        Field<UnitType>("parent").Description("The unit this one sits in; null at the top.")
            .Reads(nameof(Unit.ParentId))
            .Resolve(ctx => ctx.Source.ParentId is { } parent ? ctx.Loaders().Units.Load(parent) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("path")
            .Description("The chain from the outermost unit down to this one (inclusive).")
            .Reads(nameof(Unit.Id), nameof(Unit.OrganisationId))
            .Resolve(ctx => ctx.Loaders().UnitsByOrganisation.Load(ctx.Source.OrganisationId).Then(units => PathTo(ctx.Source, units ?? [])));
        this.PostsConnection("Its posts: the root `posts` field's filtering, sorting and paging over the posts that sit directly in this unit.",
            p => p.UnitId, u => u.Id);
    }

    private static List<Unit> PathTo(Unit unit, List<Unit> all)
    {
        // Walked through the loaded units, never the unit itself: a joined unit holds only the columns its own selection read.
        var byId = all.ToDictionary(u => u.Id);
        var path = new List<Unit>();
        for (var at = byId.GetValueOrDefault(unit.Id); at is not null; at = at.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
        {
            path.Insert(0, at);
        }

        return path;
    }
}
