using System.Net;

namespace PostsGraph.Fuzz.Running;

// The fuzzer sends hostile traffic, so it only ever talks to a server on this machine.
internal static class Loopback
{
    public static Uri Require(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{url} is not an absolute http or https URL.");
        }

        var loopback = url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
        return loopback ? url : throw new ArgumentException($"{url.Host} is not a loopback address: use localhost, 127.x.x.x or [::1].");
    }

    // Every request goes to the base URL's scheme, host and port, whatever its path holds.
    public static Uri Resolve(Uri baseUrl, string pathAndQuery)
    {
        var uri = new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + pathAndQuery);
        return Uri.Compare(uri, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? uri
            : throw new InvalidOperationException($"{pathAndQuery} would leave {baseUrl}.");
    }
}
