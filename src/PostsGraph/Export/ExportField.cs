using GraphQL;
using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Limits;

namespace PostsGraph.Export;

public sealed class ExportFormatType : EnumerationGraphType<ExportFormat>
{
    public ExportFormatType()
    {
        Name = "ExportFormat";
        Description = "A file format for exported post profiles.";
    }
}

public static class ExportField
{
    // exportPosts(format, where, order): the same document as GET /export/posts.{format}, as a string.
    public static void AddExportField(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<StringGraphType>>("exportPosts")
            .Description("The profiles of the posts `where` selects, in `order`, as one CSV, JSON or Markdown document (the same as GET /export/posts.csv|json|md).")
            .Argument<NonNullGraphType<ExportFormatType>>("format", "CSV (one row per post), JSON (the full profiles with evidence) or MARKDOWN (readable profiles).")
            .Filterable(typeof(Post))
            .PerPost(10) // the whole document is built in memory; GET /export streams it instead
            .ResolveAsync(async ctx =>
            {
                var services = ctx.RequestServices!;
                using var buffer = new MemoryStream();
                await services.GetRequiredService<ExportWriter>().WriteAsync(
                    buffer, ctx.GetArgument<ExportFormat>("format"), ctx.GetArgument<Dictionary<string, object?>?>("where"),
                    ctx.GetArgument<List<object?>?>("order"), single: false, ctx.CancellationToken);
                return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
            });
}
