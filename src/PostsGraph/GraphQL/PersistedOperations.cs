using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace PostsGraph.GraphQL;

// Automatic persisted operations (Apollo's `persistedQuery` request extension, which HotChocolate
// also implements): a client sends only the SHA-256 of a document it sent before; an unknown hash is
// answered PersistedQueryNotFound, and the client sends the document with its hash, which is checked
// and kept. The store is bounded by the documents' total size, least recently used leaving first.
public sealed class PersistedOperations : IDisposable
{
    public const string Extension = "persistedQuery";

    private readonly MemoryCache _documents;
    private readonly PersistedOperationOptions _options;

    public PersistedOperations(IOptions<PersistedOperationOptions> options)
    {
        _options = options.Value;
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxBytes, CompactionPercentage = 0.25 });
    }

    public int Count => _documents.Count;

    // The request with its document when it carries a persistedQuery extension: looked up when only the
    // hash came, checked and kept when both did. An error instead when the hash is unknown, malformed or
    // not the document's. Requests without the extension pass unchanged.
    public (GraphQLRequest Request, ExecutionError? Error) Resolve(GraphQLRequest request)
    {
        if (!_options.Enabled || request.Extensions?.TryGetValue(Extension, out var value) != true)
        {
            return (request, null);
        }

        if (value is not IDictionary<string, object?> persisted || persisted.TryGetValue("sha256Hash", out var hashValue) != true || hashValue is not string hash || !IsSha256Hex(hash))
        {
            return (request, new ExecutionError("The persistedQuery extension must give sha256Hash, the document's SHA-256 as 64 hexadecimal digits.") { Code = ErrorCodes.InvalidRequest });
        }

        if (persisted.TryGetValue("version", out var version) && !IsVersion1(version))
        {
            return (request, new ExecutionError("PersistedQueryNotSupported") { Code = ErrorCodes.PersistedQueryNotSupported });
        }

        hash = hash.ToLowerInvariant();
        if (string.IsNullOrEmpty(request.Query))
        {
            return _documents.TryGetValue(hash, out string? document)
                ? (With(request, document!), null)
                : (request, new ExecutionError("PersistedQueryNotFound") { Code = ErrorCodes.PersistedQueryNotFound });
        }

        if (Hash(request.Query) != hash)
        {
            return (request, new ExecutionError("The sha256Hash of the persistedQuery extension is not the SHA-256 of the document sent with it.") { Code = ErrorCodes.PersistedQueryHashMismatch });
        }

        // Kept only if no larger than a request body may be, so that one document cannot take the store.
        var size = Encoding.UTF8.GetByteCount(request.Query);
        if (size <= _options.MaxBytes / 16)
        {
            _documents.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = size });
        }

        return (request, null);
    }

    public static string Hash(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public void Dispose() => _documents.Dispose();

    private static GraphQLRequest With(GraphQLRequest request, string document) => new()
    {
        Query = document,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        DocumentId = request.DocumentId,
    };

    private static bool IsSha256Hex(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigit);

    private static bool IsVersion1(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        double d => d == 1,
        decimal m => m == 1,
        System.Numerics.BigInteger b => b == 1,
        _ => false,
    };
}

public sealed class PersistedOperationOptions
{
    public const string Section = "PersistedOperations";

    // Off: the extension is ignored, and a request with only a hash has no query.
    public bool Enabled { get; set; } = true;

    // The kept documents' total size in bytes (UTF-8); a document is kept only if at most a sixteenth of it.
    public long MaxBytes { get; set; } = 16 * 1024 * 1024;
}
