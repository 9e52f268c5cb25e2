namespace PostsGraph.GraphQL.Limits;

// What one GraphQL request may ask for (configuration section "Limits"). Every bound is checked
// before anything walks the request recursively, so no request can exhaust the stack, and the walks
// that remain are linear in the document's size.
public sealed class LimitOptions
{
    public const string Section = "Limits";

    // Nesting of fields below the root, introspection not counted (HotChocolate's execution depth).
    public int MaxDepth { get; set; } = 12;

    // Largest request body accepted, in bytes.
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    // Tokens (names, punctuation, values) in one document, counted before it is parsed.
    public int MaxDocumentTokens { get; set; } = 20_000;

    // Nesting of the document's syntax (selection sets, arguments, input objects and lists each count
    // a level), refused while parsing, before anything recurses deeper.
    public int MaxDocumentNesting { get; set; } = 64;

    // Fields written in one document (HotChocolate's parser limit MaxAllowedFields; its default is 2048).
    public int MaxDocumentFields { get; set; } = 1_000;

    // Fields written with an alias in one document.
    public int MaxDocumentAliases { get; set; } = 250;

    // Fragment definitions in one document.
    public int MaxDocumentFragments { get; set; } = 100;

    // Conditions (operations such as eq or contains, and items of in/nin) in all the `where`
    // arguments of one request.
    public int MaxFilterConditions { get; set; } = 1_000;

    // Levels inside one `where`: each nested object (a related entity, a list operation, a field's
    // operations) and each `and`/`or` is one.
    public int MaxFilterNesting { get; set; } = 16;

    // Items of one `in` or `nin` list.
    public int MaxFilterListItems { get; set; } = 1_000;

    // Steps of one `order`.
    public int MaxSortFields { get; set; } = 20;

    // Levels of `ofType` in one introspection path (HotChocolate's MaxAllowedOfTypeDepth).
    public int MaxIntrospectionOfTypeDepth { get; set; } = 16;

    // Levels of the introspection lists `fields`, `inputFields`, `interfaces` and `possibleTypes`
    // inside one another (HotChocolate's MaxAllowedListRecursiveDepth).
    public int MaxIntrospectionListDepth { get; set; } = 1;

    // Static field cost of an operation (see CostRule); HotChocolate's default is 1000, set higher
    // here because related objects are batch-loaded: one query per page, not one per item.
    public int MaxFieldCost { get; set; } = 5000;

    // Objects an operation may return, counted statically (HotChocolate's type cost): one for each
    // object, lists multiplied by their size. Higher than HotChocolate's 1000 for the same reason as
    // MaxFieldCost: a page of 50 posts with three related objects and two lists holds about 1,200.
    public int MaxTypeCost { get; set; } = 5000;

    // The size assumed for a list that has no paging arguments.
    public int AssumedListSize { get; set; } = 10;

    // Longest a request may run before it is cancelled.
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    // Expensive requests that run at once; others wait their turn (see ExpensiveRequestGate).
    public int MaxConcurrentExpensive { get; set; } = Environment.ProcessorCount;

    // The static field cost from which a GraphQL request counts as expensive.
    public int ExpensiveFieldCost { get; set; } = 1000;

    // Requests asking for postStatistics that run at once; others wait their turn (see StatisticsGate).
    public int MaxConcurrentStatistics { get; set; } = Environment.ProcessorCount;
}
