using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostsGraph.Seed;

// Everything the loader reads from seed/, parsed but not yet validated.
public sealed record SeedSnapshot(
    string ContentHash,
    IReadOnlyDictionary<string, byte[]> Notices,
    IReadOnlyList<(string File, string Key, PostFile Post)> Posts,
    ReferenceFiles Reference);

public sealed record ReferenceFiles(
    IReadOnlyList<OrganisationItem> Organisations,
    IReadOnlyList<GradeItem> Grades,
    IReadOnlyList<DutyStationItem> DutyStations,
    IReadOnlyList<CountryItem> Countries,
    IReadOnlyList<LanguageItem> Languages,
    IReadOnlyList<CurrencyItem> Currencies);

public sealed class SeedReader(string seedRoot)
{
    public const string DraftSuffix = ".draft.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly List<SeedError> _errors = [];

    public string DisplayName(string path) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(seedRoot))!, path).Replace('\\', '/');

    // The files that make up the seed, in a stable order; drafts are not part of it until reviewed.
    public IReadOnlyList<string> Files()
    {
        IEnumerable<string> In(string folder, string pattern) => Directory.Exists(Path.Combine(seedRoot, folder))
            ? Directory.EnumerateFiles(Path.Combine(seedRoot, folder), pattern)
            : [];
        return In("notices", "*.txt")
            .Concat(In("posts", "*.json").Where(f => !f.EndsWith(DraftSuffix, StringComparison.Ordinal)))
            .Concat(In("reference", "*.json").Where(f => !f.EndsWith(DraftSuffix, StringComparison.Ordinal)))
            .OrderBy(f => DisplayName(f), StringComparer.Ordinal)
            .ToList();
    }

    public string ComputeHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files())
        {
            hash.AppendData(Encoding.UTF8.GetBytes(DisplayName(file) + "\0"));
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(BitConverter.GetBytes(bytes.LongLength));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public SeedSnapshot Read()
    {
        if (!Directory.Exists(seedRoot))
        {
            throw new SeedException([new SeedError(seedRoot, "", "the seed folder does not exist")]);
        }

        var hash = ComputeHash();
        var notices = Files()
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "notices")
            .ToDictionary(f => Path.GetFileName(f), f => File.ReadAllBytes(f), StringComparer.Ordinal);
        var posts = new List<(string, string, PostFile)>();
        foreach (var file in Files().Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "posts"))
        {
            if (Parse<PostFile>(file) is { } post)
            {
                posts.Add((DisplayName(file), Path.GetFileNameWithoutExtension(file), post));
            }
        }

        var reference = Reference();
        if (_errors.Count > 0)
        {
            throw new SeedException(_errors);
        }

        return new SeedSnapshot(hash, notices, posts, reference);
    }

    // Only the reference lists, for the importer, which must not depend on every post being valid.
    public ReferenceFiles ReadReference()
    {
        var reference = Reference();
        if (_errors.Count > 0)
        {
            throw new SeedException(_errors);
        }

        return reference;
    }

    // The drafts the importer wrote (seed/posts/*.draft.json), parsed; a draft that cannot be
    // parsed is reported in errors and left out.
    public IReadOnlyList<(string File, string Key, PostFile Post)> ReadDrafts(List<SeedError> errors)
    {
        var folder = Path.Combine(seedRoot, "posts");
        var drafts = new List<(string, string, PostFile)>();
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*" + DraftSuffix) : [];
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            if (Parse<PostFile>(file, errors) is { } draft)
            {
                drafts.Add((DisplayName(file), Path.GetFileName(file)[..^DraftSuffix.Length], draft));
            }
        }

        return drafts;
    }

    // The reference drafts the importer wrote (seed/reference/*.draft.json), parsed.
    public IReadOnlyList<(string File, string Key, ReferenceDraft Draft)> ReadReferenceDrafts(List<SeedError> errors)
    {
        var folder = Path.Combine(seedRoot, "reference");
        var drafts = new List<(string, string, ReferenceDraft)>();
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*" + DraftSuffix) : [];
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            if (Parse<ReferenceDraft>(file, errors) is { } draft)
            {
                drafts.Add((DisplayName(file), Path.GetFileName(file)[..^DraftSuffix.Length], draft));
            }
        }

        return drafts;
    }

    private ReferenceFiles Reference() => new(
        Items<OrganisationItem>("organisations.json"),
        Items<GradeItem>("grades.json"),
        Items<DutyStationItem>("duty-stations.json"),
        Items<CountryItem>("countries.json"),
        Items<LanguageItem>("languages.json"),
        Items<CurrencyItem>("currencies.json"));

    private IReadOnlyList<T> Items<T>(string name)
    {
        var file = Path.Combine(seedRoot, "reference", name);
        if (!File.Exists(file))
        {
            _errors.Add(new SeedError(DisplayName(file), "", "file is missing"));
            return [];
        }

        var parsed = Parse<ReferenceFile<T>>(file);
        if (parsed is { Items: null })
        {
            _errors.Add(new SeedError(DisplayName(file), "items", "is missing"));
        }

        return parsed?.Items ?? [];
    }

    private T? Parse<T>(string file) where T : class => Parse<T>(file, _errors);

    private T? Parse<T>(string file, List<SeedError> errors) where T : class
    {
        try
        {
            using var stream = File.OpenRead(file);
            var value = JsonSerializer.Deserialize<T>(stream, JsonOptions);
            if (value is null)
            {
                errors.Add(new SeedError(DisplayName(file), "", "is empty (null)"));
            }

            return value;
        }
        catch (JsonException e)
        {
            var path = e.Path is null or "$" ? "" : e.Path.TrimStart('$').TrimStart('.');
            var where = e.LineNumber is { } line ? $" (line {line + 1}, column {e.BytePositionInLine + 1})" : "";
            errors.Add(new SeedError(DisplayName(file), path, FirstSentence(e.Message) + where));
            return null;
        }
    }

    // System.Text.Json appends its own path and position; keep only the description.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
