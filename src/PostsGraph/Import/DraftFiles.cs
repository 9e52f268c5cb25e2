using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PostsGraph.Seed;

namespace PostsGraph.Import;

// Where an import goes in seed/: the notice's copy, the post key, and the draft file, written so
// that a reader never sees half a file.
public sealed class DraftFiles(string seedRoot)
{
    // The seed format as the curated posts are written: camelCase, indented, no nulls, and
    // non-ASCII text (’, €, é) left readable.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string NoticesFolder => Path.Combine(seedRoot, "notices");

    public string PostsFolder => Path.Combine(seedRoot, "posts");

    public string ReferenceFolder => Path.Combine(seedRoot, "reference");

    public static byte[] Serialise(PostFile post) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(post, Json) + "\n");

    public static byte[] Serialise(ReferenceDraft draft) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(draft, Json) + "\n");

    // The file name of the notice's copy: the existing one holding the same bytes, or the next
    // number after the highest in use with the start of the notice's SHA-256.
    public (string FileName, bool Exists) NoticeName(byte[] bytes)
    {
        var existing = Directory.Exists(NoticesFolder) ? Directory.GetFiles(NoticesFolder, "*.txt") : [];
        foreach (var file in existing.Order(StringComparer.Ordinal))
        {
            if (new FileInfo(file).Length == bytes.Length && File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes))
            {
                return (Path.GetFileName(file), true);
            }
        }

        var highest = existing
            .Select(f => Path.GetFileName(f).Split('_')[0])
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1)
            .DefaultIfEmpty(-1)
            .Max();
        return ($"{highest + 1:D3}_{Sha256(bytes)[..16]}.txt", false);
    }

    // The post key: organisation and vacancy number as the curated keys are made ("ilo-rbc-p-intserv-2025-27"),
    // else organisation and title, else the notice's hash.
    public static string KeyOf(PostFile draft, byte[] bytes)
    {
        var organisation = Slug(draft.Organisation?.Value);
        var vacancy = Slug(draft.VacancyNumber?.Value);
        var title = Slug(draft.Title?.Value);
        if (organisation.Length > 0 && vacancy.Length > 0)
        {
            return vacancy.StartsWith(organisation + "-", StringComparison.Ordinal) ? vacancy : $"{organisation}-{vacancy}";
        }

        if (organisation.Length > 0 && title.Length > 0)
        {
            return $"{organisation}-{Shorten(title, 60)}";
        }

        return $"notice-{Sha256(bytes)[..8]}";
    }

    // Writes to a temporary file beside the target, then moves it into place.
    public static void WriteAtomically(string target, byte[] content, bool overwrite)
    {
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temp, content);
        try
        {
            File.Move(temp, target, overwrite);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // Lowercase ASCII letters, digits and hyphens; accents are dropped rather than cut ("Sécurité" -> "securite").
    private static string Slug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        return FileChecks.ToSlug(FileChecks.WithoutAccents(text));
    }

    private static string Shorten(string slug, int length)
    {
        if (slug.Length <= length)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', length);
        return slug[..(cut > 0 ? cut : length)].Trim('-');
    }
}
