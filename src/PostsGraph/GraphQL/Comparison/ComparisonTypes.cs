using GraphQL;
using GraphQL.Types;
using PostsGraph.GraphQL.Limits;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.GraphQL.Comparison;

public sealed class PostComparisonType : ObjectGraphType<PostComparisonResult>
{
    public PostComparisonType()
    {
        Name = "PostComparison";
        Description = "Posts side by side: one row per attribute, with each post's value and the evidence behind it.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostType>>>>("posts").InMemory().Description("The posts compared, in the order asked.").Resolve(ctx => ctx.Source.Posts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowType>>>>("rows").InMemory()
            .Description("One row per attribute: the post's own fields, derived pay and experience, then each condition kind (by its details), education and experience as stated, each language requirement (one row for an any-of set), certification, duty theme and competency framework that any of the posts has.")
            .Argument<BooleanGraphType>("onlyDifferences", "Only the rows whose values differ.")
            .Resolve(ctx => ctx.GetArgument<bool?>("onlyDifferences") == true ? ctx.Source.Rows.Where(r => r.Differs).ToList() : ctx.Source.Rows);
    }
}

public sealed class ComparisonRowType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowType()
    {
        Name = "ComparisonRow";
        Description = "One attribute of the compared posts.";
        Field(r => r.Attribute).Description("A stable name for the attribute, for example \"grade\", \"languages.REQUIRED.fr\", \"languages.REQUIRED.anyOf.ar-zh-en-fr-ru-es\" or \"duties.TRAINING\".");
        Field(r => r.Label).Description("A readable name, for example \"French (required)\".");
        Field(r => r.Differs).Description("Whether the posts' values are not all the same (a missing value differs from any value).");
        Field(r => r.Difference).Description("SAME: every post has the same value (or none states one). MISSING: the posts that state it agree, but some do not state it. DIFFERENT: the posts that state it give different values.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonValueType>>>>("values").InMemory().Description("One value per post, in the order of PostComparison.posts.").Resolve(ctx => ctx.Source.Values);
    }
}

public sealed class ComparisonValueType : ObjectGraphType<ComparisonValue>
{
    public ComparisonValueType()
    {
        Name = "ComparisonValue";
        Description = "One post's value of an attribute.";
        Field<NonNullGraphType<PostType>>("post").InMemory().Description("The post.").Resolve(ctx => ctx.Source.Post);
        Field(v => v.Value, nullable: true).Description("The value in the API's own spelling (codes, enum names, ISO dates, amounts with their currency); null where the post does not state it. For duty themes, the number of duties on the theme.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").InMemory().Description("The notice passages (or external sources) behind the value.").Resolve(ctx => ctx.Source.Evidence);
    }
}
