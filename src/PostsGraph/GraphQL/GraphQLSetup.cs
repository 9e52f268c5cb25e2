using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Paging;

namespace PostsGraph.GraphQL;

public static class GraphQLSetup
{
    public static IServiceCollection AddPostsGraphQL(this IServiceCollection services)
    {
        services.AddScoped<Loaders>();
        services.AddFiltering();
        services.AddOptions<PagingOptions>().BindConfiguration("Paging");
        services.AddOptions<NodeOptions>().BindConfiguration("Node");
        return services.AddGraphQL(graphql => graphql
            .AddSchema<PostsSchema>()
            .AddGraphTypes(typeof(PostsSchema).Assembly)
            .AddSystemTextJson()
            // One DbContext per request: never run two resolvers on it at once.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider<ErrorExtensions>()
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILogger<PostsSchema>>();
                logger?.LogError(context.OriginalException, "Unhandled error while executing {Operation}", context.Context?.Operation?.Name?.StringValue);
            }));
    }

    public static string PrintSchema(this IServiceProvider services)
    {
        var schema = services.GetRequiredService<PostsSchema>();
        schema.Initialize();
        return schema.Print(new() { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
