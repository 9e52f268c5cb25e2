using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PostsGraph.Data;

namespace PostsGraph.Hosting;

// HTTP caching for dashboards that poll with GET: the data changes only when the database is
// rebuilt, so a GET response's validator (a weak ETag) is a hash of the database build (its seed
// hash and build time, read from the database, so a rebuild by any process is seen at once), of the
// server's build and page sizes, and of everything in the request that shapes the response: path and query string, the media type asked
// for, and the GraphQL-Cost header. A client sending it back in If-None-Match gets 304 without the
// request being run. Only successful responses carry it; Cache-Control gives HttpCaching:MaxAge.
public sealed class HttpCaching(IOptions<HttpCachingOptions> options, IOptions<GraphQL.Paging.PagingOptions> paging)
{
    private readonly HttpCachingOptions _options = options.Value;

    // What else shapes a response: this build of the server (a new version may answer differently)
    // and the page sizes a request without `first` gets.
    private readonly string _server = $"{Seed.SeedLoader.LoaderVersion}|{paging.Value.DefaultPageSize}|{paging.Value.MaxPageSize}";

    // The request's ETag, or null when caching is off or the database has not been built.
    public async Task<string?> ETagAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return null;
        }

        if (await http.RequestServices.GetRequiredService<PostsDbContext>().BuildAsync(cancellationToken) is not { } build)
        {
            return null;
        }

        var request = http.Request;
        var shape = $"{_server}\n{build}\n{request.Path}{request.QueryString}\n{request.Headers.Accept}\n{request.Headers["GraphQL-Cost"]}";
        return Weak(shape);
    }

    // Answers 304 when the client holds the response the ETag names: true, having written it.
    public bool NotModified(HttpContext http, string? etag)
    {
        if (etag is null || !Matches(http.Request, etag))
        {
            return false;
        }

        http.Response.StatusCode = StatusCodes.Status304NotModified;
        Apply(http.Response, etag);
        return true;
    }

    // The headers of a cacheable response.
    public void Apply(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = $"max-age={(int)_options.MaxAge.TotalSeconds}, must-revalidate";
        response.Headers.Append(HeaderNames.Vary, "Accept, GraphQL-Cost");
    }

    public static string Weak(string text) => $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16)}\"";

    // If-None-Match holds the tag (weak comparison: W/ is ignored on both sides) or *.
    public static bool Matches(HttpRequest request, string etag)
    {
        var ours = EntityTagHeaderValue.Parse(etag);
        return request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}

public sealed class HttpCachingOptions
{
    public const string Section = "HttpCaching";

    // Off: no ETag, no Cache-Control, no 304.
    public bool Enabled { get; set; } = true;

    // How long a client or shared cache may use a response without asking again; with the default
    // of zero it asks every time, and gets 304 while the database is the same.
    public TimeSpan MaxAge { get; set; } = TimeSpan.Zero;
}
