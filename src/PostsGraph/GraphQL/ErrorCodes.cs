namespace PostsGraph.GraphQL;

// The `extensions.code` of every error PostsGraph raises itself: HotChocolate's code where it has one
// for the same case, a PostsGraph name otherwise. docs/operations.md lists them.
public static class ErrorCodes
{
    public const string Internal = "INTERNAL_ERROR";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string InvalidOperation = "INVALID_OPERATION";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "NOT_FOUND";

    public const string RequestTooLarge = "HC0010";
    public const string MaxPageSizeExceeded = "HC0051";
    public const string TooManyNodes = "HC0076";
    public const string InvalidCursor = "HC0078";
    public const string NegativePageSize = "HC0079";
    public const string Timeout = "HC0045";
    public const string FieldCostExceeded = "HC0047";
    public const string MaxExecutionDepth = "MAX_EXECUTION_DEPTH";

    // HotChocolate reports its parser's limits (tokens, nesting, fields) as syntax errors, HC0011.
    public const string ParserLimit = "HC0011";
    public const string DocumentTooManyAliases = "DOCUMENT_TOO_MANY_ALIASES";
    public const string DocumentTooManyFragments = "DOCUMENT_TOO_MANY_FRAGMENTS";
    public const string IntrospectionTooDeep = "HC0086";

    public const string FilterTooManyConditions = "FILTER_TOO_MANY_CONDITIONS";
    public const string FilterTooDeep = "FILTER_TOO_DEEP";
    public const string FilterListTooLong = "FILTER_LIST_TOO_LONG";
    public const string SortTooManyFields = "SORT_TOO_MANY_FIELDS";

    // A JSON array of requests while Batching:Enabled is false: HotChocolate's "Invalid GraphQL Request." code.
    public const string BatchingDisabled = "HC0009";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";

    // An unknown persisted operation's hash; clients (Apollo, urql) retry on its message, PersistedQueryNotFound.
    public const string PersistedQueryNotFound = "HC0020";
}
