using GraphQL.Types;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Types;

public sealed class SourceNoticeType : ObjectGraphType<SourceNotice>
{
    public SourceNoticeType()
    {
        Name = "SourceNotice";
        Description = "The vacancy notice a post was curated from, exactly as published.";
        Field(n => n.FileName).Description("The notice's file in seed/notices/.");
        Field(n => n.Sha256).Description("SHA-256 of the notice file's bytes, in lowercase hex.");
        Field(n => n.Text).Description("The notice's text; evidence offsets index into it.");
    }
}
