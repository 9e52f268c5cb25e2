using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using PostsGraph.GraphQL.Filtering;
using PostsGraph.GraphQL.Limits;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Paging;

namespace PostsGraph.GraphQL;

public static class GraphQLSetup
{
    public static IServiceCollection AddPostsGraphQL(this IServiceCollection services)
    {
        services.AddScoped<Loaders>();
        services.AddSingleton<Statistics.StatisticsCache>();
        services.AddSingleton<Search.SearchCache>();
        services.AddSingleton<Statistics.PostFactsTable>();
        // Both providers return the ids a filter selects as one value (SelectedIds); a provider that
        // cannot would be given Statistics.QueryStatistics, the plain GROUP BY the tests compare with.
        services.AddSingleton<Statistics.IPostStatistics, Statistics.InMemoryStatistics>();
        services.AddSingleton<Statistics.QueryStatistics>();
        services.AddSingleton<Statistics.StatisticsGate>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ResponseSerializer>();
        services.AddFiltering();
        services.AddOptions<PagingOptions>().BindConfiguration("Paging");
        services.AddOptions<NodeOptions>().BindConfiguration("Node");
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section);
        services.AddOptions<PersistedOperationOptions>().BindConfiguration(PersistedOperationOptions.Section);
        services.AddSingleton<PersistedOperations>();
        services.AddSingleton<SchemaDownload>();
        services.AddOptions<BatchingOptions>().BindConfiguration(BatchingOptions.Section);
        return services.AddGraphQL(graphql => graphql
            .AddSchema<PostsSchema>()
            .AddGraphTypes(typeof(PostsSchema).Assembly)
            .AddSystemTextJson()
            // The endpoint writes responses through ResponseSerializer itself; GraphQL.NET gets the same instance.
            .AddSerializer(services => services.GetRequiredService<ResponseSerializer>())
            // One DbContext per request: never run two resolvers on it at once (and nothing for GraphQL-Cost: validate).
            .AddExecutionStrategy<CostValidation>(OperationType.Query)
            .AddErrorInfoProvider<ErrorExtensions>()
            .AddValidationRule<MaxDepthRule>()
            .AddValidationRule<IntrospectionDepthRule>()
            .AddValidationRule<CostRule>(useForCachedDocuments: true)
            .ConfigureExecution<DocumentCache>()
            .ConfigureExecution<DocumentLimits>()
            .AddDocumentListener<ExpensiveRequestGate>() // also registers the gate itself, which exports take too
            .AddUnhandledExceptionHandler(context =>
            {
                // The client gets a request id to quote, never the exception; the log gets both.
                var services = context.Context?.RequestServices ?? context.ExecutionOptions.RequestServices;
                var requestId = services?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier;
                services?.GetService<ILogger<PostsSchema>>()?.LogError(context.OriginalException,
                    "Unhandled error in request {RequestId} while executing {Operation}", requestId, context.Context?.Operation?.Name?.StringValue ?? context.ExecutionOptions.OperationName);
                var error = new ExecutionError("An unexpected error occurred; it has been logged. Quote the requestId when reporting it.") { Code = ErrorCodes.Internal };
                error.Data["requestId"] = requestId;
                context.Exception = error;
            }));
    }

    // The schema as HotChocolate prints it: the schema definition; then interfaces, objects, unions,
    // input objects and enums (its TypeKind order), each kind by name in ordinal order; then the
    // directives by name; then the custom scalars by name. Fields keep the order they are declared in.
    public static string PrintSchema(this IServiceProvider services)
    {
        var schema = services.GetRequiredService<PostsSchema>();
        schema.Initialize();
        var document = schema.ToAST();
        document.Definitions = [.. document.Definitions.OrderBy(PrintGroup).ThenBy(d => (d as INamedNode)?.Name.StringValue, StringComparer.Ordinal)];
        using var writer = new StringWriter();
        new SDLPrinter(new SDLPrinterOptions { EachDirectiveLocationOnNewLine = false }).PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    private static int PrintGroup(ASTNode definition) => definition switch
    {
        GraphQLSchemaDefinition => 0,
        GraphQLInterfaceTypeDefinition => 1,
        GraphQLObjectTypeDefinition => 2,
        GraphQLUnionTypeDefinition => 3,
        GraphQLInputObjectTypeDefinition => 4,
        GraphQLEnumTypeDefinition => 5,
        GraphQLDirectiveDefinition => 6,
        GraphQLScalarTypeDefinition => 7,
        _ => 8,
    };
}
