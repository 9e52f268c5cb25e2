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
    private const string HashKey = "sha256Hash";
    private const int EntryOverhead = 512;

    private readonly MemoryCache _documents;
    private readonly PersistedOperationOptions _options;

    public PersistedOperations(IOptions<PersistedOperationOptions> options)
    {
        _options = options.Value;
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxBytes, CompactionPercentage = 0.25 });
    }

    public int Count => _documents.Count;

    // The request with its document when it carries a persistedQuery extension: looked up when only the
    // hash came; when the document came too, kept if the hash is its SHA-256, and the response says
    // whether it was (as HotChocolate's does). An error when the hash is unknown or malformed.
    // Requests without the extension pass unchanged.
    public Resolution Resolve(GraphQLRequest request)
    {
        if (!_options.Enabled || request.Extensions?.TryGetValue(Extension, out var value) != true)
        {
            return new(request);
        }

        // HotChocolate reads no version: Apollo's clients send 1, and nothing else exists.
        if (value is not IDictionary<string, object?> persisted || persisted.TryGetValue(HashKey, out var hashValue) != true || hashValue is not string hash || !IsSha256Hex(hash))
        {
            return new(request, new ExecutionError("The persistedQuery extension must give sha256Hash, the document's SHA-256 as 64 hexadecimal digits.") { Code = ErrorCodes.InvalidRequest });
        }

        hash = hash.ToLowerInvariant();
        if (string.IsNullOrEmpty(request.Query))
        {
            return _documents.TryGetValue(hash, out string? document)
                ? new(With(request, document!))
                : new(request, new ExecutionError("PersistedQueryNotFound") { Code = ErrorCodes.PersistedQueryNotFound });
        }

        var expected = Hash(request.Query);
        if (expected != hash)
        {
            // Run, as HotChocolate does, but not kept: the response names the hash that would have been.
            return new(request, Extension: new Dictionary<string, object?>
            {
                [HashKey] = hash,
                ["expectedHashValue"] = expected,
                ["expectedHashType"] = HashKey,
                ["expectedHashFormat"] = "Hex",
                ["persisted"] = false,
            });
        }

        // Kept only if at most a sixteenth of the store, so that one document cannot take it all.
        // Each entry counts its document (held as UTF-16) and what keeping it costs besides (the
        // hash, the cache entry), so that many tiny documents cannot hold more than the store's size.
        var size = request.Query.Length * 2L + EntryOverhead;
        var kept = size <= _options.MaxBytes / 16;
        if (kept)
        {
            _documents.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = size });
        }

        return new(request, Extension: new Dictionary<string, object?> { [HashKey] = hash, ["persisted"] = kept });
    }

    // Error: the request is answered with it, unexecuted. Extension: the response's extensions.persistedQuery.
    public sealed record Resolution(GraphQLRequest Request, ExecutionError? Error = null, Dictionary<string, object?>? Extension = null);

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
}

public sealed class PersistedOperationOptions
{
    public const string Section = "PersistedOperations";

    // Off: the extension is ignored, and a request with only a hash has no query.
    public bool Enabled { get; set; } = true;

    // The store's size in bytes: each document as held in memory (UTF-16) plus 512 bytes for its
    // entry; a document is kept only if at most a sixteenth of it.
    public long MaxBytes { get; set; } = 16 * 1024 * 1024;
}
