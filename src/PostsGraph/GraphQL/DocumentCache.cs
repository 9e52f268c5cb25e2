using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace PostsGraph.GraphQL;

// Dashboards send the same documents again and again: a document that parsed and validated once is
// kept, so later requests skip parsing and the static validation rules. Only the rules registered
// for cached documents (those that depend on variables, such as the cost rule) run again, and the
// variables are still coerced and checked. Bounded: when full, it starts again empty.
public sealed class DocumentCache : IConfigureExecution
{
    public const int MaxDocuments = 1000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        var cached = false;
        if (options.Document is null && query is not null && _documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            cached = true;
        }

        var result = await next(options);
        if (!cached && query is not null && result.Executed && result.Document is { } parsed)
        {
            if (_documents.Count >= MaxDocuments)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, parsed);
        }

        return result;
    }
}
