using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Paging;

namespace PostsGraph.GraphQL.Types;

public sealed class GradeType : ObjectGraphType<Grade>
{
    public GradeType()
    {
        Name = "Grade";
        Description = "A grade of one grade system: the UN common system (P-1..P-5, D-1, D-2, ASG, USG, G-1..G-7, NO-A..NO-E, FS-1..FS-7) or another organisation's (EU AD5, NATO G15, Coordinated Organisations A2, World Bank GF, OSCE seconded S2 …). Grades of different systems are not ranked against each other.";
        this.Id(g => g.Code);
        Field(g => g.Code).Description("The grade's code, for example P-4, AD7 or G15; unique across systems.");
        Field(g => g.System).Description("The grade system (structure) the grade belongs to.");
        Field(g => g.Category).Description("The category (career ladder) within its system.");
        Field(g => g.Level).Description("The grade's rank within its ladder: G-1..G-7 = 1..7, NO-A..NO-E = 1..5, FS-1..FS-7 = 1..7, P-1..P-5 = 1..5, D-1 = 6, D-2 = 7, ASG = 8, USG = 9; other systems by their number (AD5 = 5, A2 = 2, NATO G15 = 15, World Bank GA..GJ = 1..10, OSCE S..S4 = 1..5). Order by system, category, then level; NATO's grades are one spine, ordered by level alone.");
        Field(g => g.Title, nullable: true).Description("The grade's usual title in the common system, where there is one.");
        this.PostsConnection("Its posts: the root `posts` field's filtering, sorting and paging over the posts at this grade.",
            p => p.GradeId, g => g.Id);
    }
}
