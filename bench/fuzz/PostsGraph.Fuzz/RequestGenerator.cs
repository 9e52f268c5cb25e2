using PostsGraph.Fuzz.Requests;

namespace PostsGraph.Fuzz;

// Request `index` of the run with `seed` depends on nothing else, so any request of a report can be
// rebuilt on its own and workers can build requests in any order. (System.Random with a seed gives
// the same numbers on every run of a given .NET runtime.)
public sealed class RequestGenerator(int seed)
{
    private static readonly (string Name, int Weight, Func<Random, FuzzRequest> Build)[] Table =
    [
        ("valid.posts", 8, ValidQueries.Posts),
        ("valid.statistics", 3, ValidQueries.Statistics),
        ("valid.compare", 2, ValidQueries.Compare),
        ("valid.node", 3, ValidQueries.Node),
        ("valid.reference", 2, ValidQueries.Reference),
        ("valid.export", 2, ValidQueries.Export),
        ("where.or-flood", 2, FilterAbuse.OrFlood),
        ("where.in-list", 2, FilterAbuse.InList),
        ("where.nested", 2, FilterAbuse.Nested),
        ("where.deep-object", 1, FilterAbuse.DeepObject),
        ("fragments.chain", 2, FragmentAbuse.Chain),
        ("fragments.fan-out", 2, FragmentAbuse.FanOut),
        ("fragments.cycle", 2, FragmentAbuse.Cycle),
        ("fields.repeated", 2, FragmentAbuse.Repeated),
        ("fields.aliases", 2, FragmentAbuse.Aliases),
        ("introspection.deep", 2, IntrospectionAbuse.Deep),
        ("introspection.type", 1, IntrospectionAbuse.TypeByName),
        ("export.aliases", 1, ExportAbuse.Aliases),
        ("export.endpoint", 3, ExportAbuse.Endpoint),
        ("document.deep-selection", 2, DocumentAbuse.DeepSelection),
        ("document.deep-literal", 2, DocumentAbuse.DeepLiteral),
        ("document.long-token", 1, DocumentAbuse.LongToken),
        ("document.many-tokens", 1, DocumentAbuse.ManyTokens),
        ("document.garbage", 2, DocumentAbuse.Garbage),
        ("schema.wrong-type", 3, SchemaMistakes.WrongType),
        ("schema.unknown", 3, SchemaMistakes.Unknown),
        ("ids.bad", 3, BadIds.Any),
        ("http.operations", 2, HttpMistakes.Operations),
        ("http.mutation", 1, HttpMistakes.Mutation),
        ("http.batch", 1, HttpMistakes.Batch),
        ("http.body", 2, HttpMistakes.Body),
        ("http.content-type", 2, HttpMistakes.ContentType),
        ("http.variables", 2, HttpVariants.Variables),
        ("http.accept", 2, HttpVariants.Accept),
        ("http.path", 1, HttpVariants.Path),
        ("http.method", 1, HttpVariants.Method),
    ];

    private static readonly int TotalWeight = Table.Sum(entry => entry.Weight);

    public int Seed => seed;

    public static IReadOnlyList<string> Classes { get; } = [.. Table.Select(entry => entry.Name)];

    public FuzzRequest Generate(int index)
    {
        var random = new Random(Mix(seed, index));
        var pick = random.Next(TotalWeight);
        foreach (var (name, weight, build) in Table)
        {
            if (pick < weight)
            {
                return build(random) with { Index = index, Class = name };
            }

            pick -= weight;
        }

        throw new InvalidOperationException("The weights do not add up.");
    }

    public IEnumerable<FuzzRequest> Take(int count) => Enumerable.Range(0, count).Select(Generate);

    // SplitMix64 of (seed, index): neighbouring indexes get unrelated streams.
    private static int Mix(int seed, int index)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)(z ^ (z >> 31));
        }
    }
}
