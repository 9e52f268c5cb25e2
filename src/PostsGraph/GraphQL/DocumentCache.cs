using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using PostsGraph.GraphQL.Limits;

namespace PostsGraph.GraphQL;

// Dashboards send the same documents again and again: a document that parsed and validated once is
// kept, so later requests skip parsing and the static validation rules. Only the rules registered
// for cached documents (those that depend on variables, such as the cost rule) run again, and the
// variables are still coerced and checked. Without variables, an operation's cost is the one counted
// the first time, so the cost rule does not run again either: any rule makes GraphQL.NET walk the
// whole document, a visible part of a small request's CPU. Bounded: when full, it starts again empty.
public sealed class DocumentCache : IConfigureExecution
{
    public const int MaxDocuments = 1000;

    private readonly ConcurrentDictionary<string, Entry> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        var cached = false;
        if (options.Document is null && query is not null && _documents.TryGetValue(query, out var entry))
        {
            options.Document = entry.Document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            if (entry.Cost is { } cost && WithoutVariables(options) && options.OperationName == entry.OperationName)
            {
                options.ValidationRules = [.. options.ValidationRules.Where(rule => rule is not CostRule)];
                options.UserContext[CostRule.CostKey] = cost;
            }

            cached = true;
        }

        var result = await next(options);
        if (!cached && query is not null && result.Executed && result.Document is { } parsed)
        {
            if (_documents.Count >= MaxDocuments)
            {
                _documents.Clear();
            }

            var counted = WithoutVariables(options) && options.UserContext.TryGetValue(CostRule.CostKey, out var value) && value is long cost ? cost : (long?)null;
            _documents.TryAdd(query, new Entry(parsed, options.OperationName, counted));
        }

        return result;
    }

    private static bool WithoutVariables(ExecutionOptions options) => options.Variables is null || options.Variables.Count == 0;

    // Cost: the operation's cost counted without variables, for OperationName; null when it had variables.
    private sealed record Entry(GraphQLDocument Document, string? OperationName, long? Cost);
}
