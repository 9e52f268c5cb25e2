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
//
// A document is kept the second time it is asked, not the first: a client that writes its values into
// the text (`node(id: "...")` for ever new ids) sends documents that never come again, and keeping each
// would fill the cache with documents that live just long enough to be promoted by the garbage
// collector, which then grows the heap (bench/findings.md). Documents seen once are remembered only
// by their hash, in a fixed table. Documents are kept only once they passed DocumentLimits, which
// runs inside this step.
public sealed class DocumentCache : IConfigureExecution
{
    public const int MaxDocuments = 1000;
    private const int SeenSlots = 4096; // a power of two

    private readonly ConcurrentDictionary<string, Entry> _documents = new(StringComparer.Ordinal);
    // The hash of a document asked once and not kept, by its low bits. Two requests racing for a slot
    // lose an entry at worst: that document is then kept the third time it is asked.
    private readonly int[] _seenOnce = new int[SeenSlots];

    public float SortOrder => 200;

    // The documents kept now, for tests and diagnostics.
    public int Count => _documents.Count;

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
                CostRule.Reuse(options, cost);
            }

            cached = true;
        }

        var result = await next(options);
        if (!cached && query is not null && result.Executed && result.Document is { } parsed && SeenBefore(query))
        {
            if (_documents.Count >= MaxDocuments)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, new Entry(parsed, options.OperationName, CostRule.ReusableCost(options)));
        }

        return result;
    }

    // Whether the document was asked before; if not, it is remembered for the next time.
    private bool SeenBefore(string query)
    {
        var hash = query.GetHashCode();
        ref var slot = ref _seenOnce[hash & (SeenSlots - 1)];
        if (Volatile.Read(ref slot) == hash)
        {
            return true;
        }

        Volatile.Write(ref slot, hash);
        return false;
    }

    private static bool WithoutVariables(ExecutionOptions options) => options.Variables is null || options.Variables.Count == 0;

    // Cost: the operation's cost counted without variables, for OperationName; null when it had variables.
    private sealed record Entry(GraphQLDocument Document, string? OperationName, OperationCost? Cost);
}
