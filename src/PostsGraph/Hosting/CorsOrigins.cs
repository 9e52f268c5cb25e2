namespace PostsGraph.Hosting;

// The browser origins allowed to call the API, from Cors:AllowedOrigins written any of the ways
// people write it: one origin (`--Cors:AllowedOrigins=https://a.example`), a comma-separated list,
// or the indexed form (`Cors__AllowedOrigins__0=…`). `*` allows any origin. An entry that is not an
// origin (scheme://host[:port], http or https) is an error that stops start-up.
public sealed record CorsOrigins(IReadOnlyList<string> Allowed, IReadOnlyList<string> Errors)
{
    public const string Key = "Cors:AllowedOrigins";

    public bool AllowsAny => Allowed.Contains("*");

    public static CorsOrigins From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var entries = section.GetChildren().Select(c => c.Value ?? "").Prepend(section.Value ?? "")
            .SelectMany(entry => entry.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var allowed = new List<string>();
        var errors = new List<string>();
        foreach (var entry in entries)
        {
            if (Origin(entry) is { } origin)
            {
                allowed.Add(origin);
            }
            else
            {
                errors.Add($"{Key}: \"{entry}\" is not an origin; write scheme://host[:port] (http or https), or * for any");
            }
        }

        return new CorsOrigins(allowed.Distinct().ToList(), errors);
    }

    // The origin as browsers send it (lower case, no trailing slash), or null.
    private static string? Origin(string entry)
    {
        if (entry == "*")
        {
            return entry;
        }

        return Uri.TryCreate(entry, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
                ? uri.GetLeftPart(UriPartial.Authority)
                : null;
    }
}
