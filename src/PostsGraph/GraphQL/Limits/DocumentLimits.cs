using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace PostsGraph.GraphQL.Limits;

// Parses a new document within Limits (tokens counted before parsing, nesting while parsing, then
// fields, aliases and fragments), so that what validation and execution walk recursively is bounded
// before they start. A document over a limit is refused as a request error: 400, nothing executed;
// so is an operation of a kind the schema does not have (mutation, subscription).
// Documents served from the DocumentCache passed these checks when they were first parsed.
public sealed class DocumentLimits(IOptions<LimitOptions> options) : IConfigureExecution
{
    // Inside the document cache (200), which hands cached documents on already parsed.
    public float SortOrder => 300;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        if (execution.Document is not null || execution.Query is not { } query)
        {
            return next(execution);
        }

        var limits = options.Value;
        GraphQLDocument document;
        try
        {
            if (CountTokens(query, limits.MaxDocumentTokens) > limits.MaxDocumentTokens)
            {
                return Refused(Error(ErrorCodes.ParserLimit, $"Document contains more than {limits.MaxDocumentTokens} tokens. Parsing aborted.", "maxAllowedTokens", limits.MaxDocumentTokens));
            }

            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxDocumentNesting });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refused(Error(ErrorCodes.ParserLimit, $"Document exceeds the maximum allowed recursion depth of {limits.MaxDocumentNesting}. Parsing aborted.", "maxAllowedRecursionDepth", limits.MaxDocumentNesting));
        }
        catch (GraphQLSyntaxErrorException e)
        {
            return Refused(new SyntaxError(e));
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if ((Check(document, operations, limits) ?? Unsupported(operations, execution)) is { } error)
        {
            return Refused(error);
        }

        execution.Document = document;
        return next(execution);
    }

    // The first limit the document passes, in an order that keeps each walk's recursion bounded by
    // the checks before it.
    private static ExecutionError? Check(GraphQLDocument document, List<GraphQLOperationDefinition> operations, LimitOptions limits)
    {
        var counts = new DocumentCounts(document);
        if (counts.Fields > limits.MaxDocumentFields)
        {
            return Error(ErrorCodes.ParserLimit, $"The GraphQL request document contains more than {limits.MaxDocumentFields} fields. Parsing aborted.", "maxAllowedFields", limits.MaxDocumentFields);
        }

        if (counts.Aliases > limits.MaxDocumentAliases)
        {
            return Error(ErrorCodes.DocumentTooManyAliases, $"The document has {counts.Aliases} aliased fields; at most {limits.MaxDocumentAliases} are allowed.", "maxAllowedAliases", limits.MaxDocumentAliases);
        }

        if (counts.Fragments > limits.MaxDocumentFragments)
        {
            return Error(ErrorCodes.DocumentTooManyFragments, $"The document has {counts.Fragments} fragments; at most {limits.MaxDocumentFragments} are allowed.", "maxAllowedFragments", limits.MaxDocumentFragments);
        }

        // Fragments can nest selections deeper than the text does; what walks them recursively
        // (validation, the limit rules, execution) goes no deeper than this.
        var paths = new LongestPath(document, _ => 1);
        if (operations.Select(o => paths.Of(o.SelectionSet)).DefaultIfEmpty(0).Max() is var nesting && nesting > limits.MaxDocumentNesting)
        {
            return Error(ErrorCodes.ParserLimit, $"Document exceeds the maximum allowed recursion depth of {limits.MaxDocumentNesting}: its selections, fragments followed, are nested {nesting} levels deep.", "maxAllowedRecursionDepth", limits.MaxDocumentNesting);
        }

        // Execution collects a fragment's fields again at every spread: a fragment that spreads the
        // next one twice, thirty times over, selects 2^30 fields in a kilobyte of text.
        if (operations.Select(o => counts.Expanded(o.SelectionSet)).DefaultIfEmpty(0).Max() > limits.MaxDocumentFields)
        {
            return Error(ErrorCodes.ParserLimit, $"The GraphQL request document selects more than {limits.MaxDocumentFields} fields once its fragments are expanded.", "maxAllowedFields", limits.MaxDocumentFields);
        }

        return null;
    }

    // GraphQL.NET runs a mutation on a schema that has none far enough to count it as executed.
    private static ExecutionError? Unsupported(List<GraphQLOperationDefinition> operations, ExecutionOptions execution)
    {
        var selected = execution.OperationName is { } name ? operations.Find(o => o.Name?.StringValue == name) : operations.Count == 1 ? operations[0] : null;
        var kind = selected?.Operation ?? OperationType.Query;
        var supported = kind switch
        {
            OperationType.Mutation => execution.Schema?.Mutation is not null,
            OperationType.Subscription => execution.Schema?.Subscription is not null,
            _ => true,
        };
        return supported ? null : new ExecutionError($"This GraphQL schema does not support `{kind}` operations.") { Code = ErrorCodes.InvalidOperation };
    }

    // Tokens up to one past the limit: a document of a million tokens is not lexed to the end.
    private static int CountTokens(string query, int limit)
    {
        var count = 0;
        var token = Lexer.Lex(query, 0);
        while (token.Kind != TokenKind.EOF && count <= limit)
        {
            count++;
            token = Lexer.Lex(query, token.End);
        }

        return count;
    }

    private static ExecutionError Error(string code, string message, string limitName, int limit)
    {
        var error = new ExecutionError(message) { Code = code };
        error.Data[limitName] = limit;
        return error;
    }

    private static Task<ExecutionResult> Refused(ExecutionError error) =>
        Task.FromResult(new ExecutionResult { Errors = [error], Executed = false });
}
