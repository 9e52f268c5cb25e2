using GraphQL.Types;
using PostsGraph.GraphQL.Limits;
using PostsGraph.Search;

namespace PostsGraph.GraphQL.Types;

public sealed class SearchMatchType : ObjectGraphType<SearchMatch>
{
    public SearchMatchType()
    {
        Name = "SearchMatch";
        Description = "Where a search matched a post: the fact, a snippet of its words, and the matched words with their offsets in the notice.";
        Field(m => m.Field).Description("The fact that matched: \"title\", or a list and position such as \"duties[3]\", \"experience[0]\" or \"conditions[2]\" (education, experience, languages, certifications, conditions, competencies).");
        Field(m => m.Snippet).Description("The fact's words around the match, on one line, with \"…\" where they are cut.");
        Field<NonNullGraphType<EvidenceType>>("evidence").InMemory()
            .Description("The matched words as the notice writes them (quote), and their offsets in sourceNotice.text (start, end): null offsets for a fact whose evidence is not a quote.")
            .Resolve(ctx => ctx.Source.Evidence);
    }
}
