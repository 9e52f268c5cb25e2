using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// `import`: what it refuses, what it writes into seed/, and how it names the post.
public sealed class NoticeImporterTests : IDisposable
{
    private readonly ImportSeed _seed = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public static TheoryData<string, string> BadNotices => new()
    {
        { "empty", "is empty" },
        { "whitespace", "holds only whitespace" },
        { "binary", "contains a NUL byte at offset 8; it looks like a binary file, not a text notice" },
        { "latin-1", "is not valid UTF-8 at byte 3; convert it to UTF-8 first" },
        { "too-large", "is 1,048,577 bytes; a notice may be at most 1 MB (1,048,576 bytes)" },
    };

    [Theory]
    [MemberData(nameof(BadNotices))]
    public void RefusesAFileThatIsNotATextNoticeAndWritesNothing(string kind, string problem)
    {
        byte[] bytes = kind switch
        {
            "empty" => [],
            "whitespace" => "  \r\n\t \n"u8.ToArray(),
            "binary" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
            "latin-1" => [0x43, 0x61, 0x66, 0xE9, 0x20, 0x53], // "Café S" in ISO-8859-1
            _ => Encoding.UTF8.GetBytes(new string('a', NoticeImporter.MaxBytes + 1)),
        };
        var path = _seed.WriteNotice(bytes, kind + ".txt");
        var before = _seed.Snapshot();

        var exit = Import(NoticeImporter.Default, path);

        Assert.Equal(1, exit);
        Assert.Equal($"{path}: {problem}", _error.ToString().TrimEnd());
        Assert.Equal(before, _seed.Snapshot());
    }

    [Fact]
    public void RefusesAFileThatDoesNotExist()
    {
        var path = Path.Combine(_seed.Folder, "no-such-notice.txt");
        var before = _seed.Snapshot();

        Assert.Equal(1, Import(NoticeImporter.Default, path));
        Assert.Equal($"{path}: file not found", _error.ToString().TrimEnd());
        Assert.Equal(before, _seed.Snapshot());
    }

    [Fact]
    public void WritesNothingWhenTheExtractionFails()
    {
        var path = _seed.WriteNotice(ImportSeed.Notice);
        var before = _seed.Snapshot();

        var exit = Import(ImportSeed.Importer((_, _) => throw new InvalidOperationException("no rule for this layout")), path);

        Assert.Equal(1, exit);
        Assert.Equal($"{path}: the importer failed (InvalidOperationException: no rule for this layout); nothing was written", _error.ToString().TrimEnd());
        Assert.Equal(before, _seed.Snapshot());
    }

    [Fact]
    public void CopiesTheNoticeByteForByteAndWritesADraftNamedAfterOrganisationAndVacancy()
    {
        // A byte order mark and CRLF line ends are kept as they are: the copy is the published file.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ImportSeed.Notice.Replace("\n", "\r\n"))).ToArray();
        var path = _seed.WriteNotice(bytes);
        var noticeName = $"005_{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.txt";

        var exit = Import(ImportSeed.Importer(), path, "--source-url", "https://careers.example.org/jobs/26-014");

        Assert.Equal(0, exit);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_seed.Notices, noticeName)));
        var draft = ReadDraft("who-sec-26-014");
        Assert.Equal(noticeName, draft.Notice);
        Assert.Equal("https://careers.example.org/jobs/26-014", draft.NoticeUrl);
        Assert.Equal(["deadline", "salary", "education", "experience", "languages"], draft.Missing);
        Assert.Equal("P-3", draft.Grade!.Value);
        Assert.Equal(2, draft.Duties!.Count);
        Assert.Equal(
            $"""
            Wrote seed/posts/who-sec-26-014.draft.json
            Notice seed/notices/{noticeName}
            """,
            string.Join('\n', _output.ToString().Split('\n').Take(2)));
        Assert.Contains("  duties           2\n", _output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Missing: deadline, salary, education, experience, languages\n", _output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void WritesTheDraftInTheSeedFormatWithEveryFactsQuote()
    {
        var path = _seed.WriteNotice(ImportSeed.Notice);

        Import(ImportSeed.Importer(), path);

        var json = File.ReadAllText(Path.Combine(_seed.Posts, "who-sec-26-014.draft.json"));
        Assert.StartsWith("""
            {
              "notice": "005_
            """, json, StringComparison.Ordinal);
        Assert.Contains("""
              "missing": [
                "deadline",
            """, json, StringComparison.Ordinal);
        Assert.Contains("""
              "grade": {
                "value": "P-3",
                "quote": "Grade: P-3"
              },
            """, json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WHO", "WHO/SEC/26-014", "Field Security Officer", "who-sec-26-014")]   // the vacancy number already starts with the acronym
    [InlineData("WHO", "SEC 26/014", "Field Security Officer", "who-sec-26-014")]
    [InlineData("UN Women", "26.014", "Field Security Officer", "un-women-26-014")]
    [InlineData("WHO", null, "Field Security Officer", "who-field-security-officer")]
    [InlineData("WHO", null, "Responsable de la Sécurité", "who-responsable-de-la-securite")]
    [InlineData("WHO", null, "Associate Security Officer, Safety and Security Services, Division of Administration and Facilities", "who-associate-security-officer-safety-and-security-services")]
    public void NamesThePostAfterOrganisationAndVacancyNumberOrTitle(string organisation, string? vacancy, string title, string key)
    {
        var draft = new PostFile
        {
            Organisation = new ValueFact { Value = organisation },
            VacancyNumber = vacancy is null ? null : new ValueFact { Value = vacancy },
            Title = new ValueFact { Value = title },
        };

        Assert.Equal(key, DraftFiles.KeyOf(draft, []));
    }

    [Fact]
    public void NamesThePostAfterTheNoticesHashWhenTheOrganisationIsUnknown()
    {
        var path = _seed.WriteNotice(ImportSeed.Notice);
        var sha8 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..8];

        Import(ImportSeed.Importer((n, _) => ImportSeed.Header(n, organisation: null)), path);

        Assert.True(File.Exists(Path.Combine(_seed.Posts, $"notice-{sha8}.draft.json")));
    }

    [Fact]
    public void ReusesTheCopyOfANoticeAlreadyInTheSeed()
    {
        var path = _seed.WriteNotice(File.ReadAllBytes(Path.Combine(_seed.Notices, "002_31e218d823963670.txt")));
        var notices = Directory.GetFiles(_seed.Notices).Length;

        var undss = new PostFile { Organisation = new ValueFact { Value = "UNDSS" }, VacancyNumber = new ValueFact { Value = "23-SEC-1" } };
        Import(new NoticeImporter([(_, _) => new ExtractedPart(undss, [])]), path);

        Assert.Equal(notices, Directory.GetFiles(_seed.Notices).Length);
        Assert.Equal("002_31e218d823963670.txt", ReadDraft("undss-23-sec-1").Notice);
        Assert.Contains("(already in the seed; not copied again)", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NeverOverwritesAReviewedPost()
    {
        var path = _seed.WriteNotice(ImportSeed.Notice);
        var before = _seed.Snapshot();

        var exit = Import(ImportSeed.Importer((n, _) => ImportSeed.Header(n, organisation: "ITU", vacancy: "2207")), path);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"{Path.Combine(_seed.Posts, "itu-2207.json")}: a reviewed post with this key already exists; the importer never overwrites a post (nothing was written)",
            _error.ToString().TrimEnd());
        Assert.Equal(before, _seed.Snapshot());
    }

    [Fact]
    public void ReplacesAnExistingDraftOnlyWithForce()
    {
        var path = _seed.WriteNotice(ImportSeed.Notice);
        var draft = Path.Combine(_seed.Posts, "who-sec-26-014.draft.json");
        Assert.Equal(0, Import(ImportSeed.Importer(), path));
        File.WriteAllText(draft, "{ \"notice\": \"edited by a reviewer\" }");

        var refused = Import(ImportSeed.Importer(), path);
        var edited = File.ReadAllText(draft);
        var forced = Import(ImportSeed.Importer(), path, "--force");

        Assert.Equal((1, 0), (refused, forced));
        Assert.Equal("{ \"notice\": \"edited by a reviewer\" }", edited);
        Assert.StartsWith("005_", ReadDraft("who-sec-26-014").Notice, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_seed.Notices, "005_*"));
        Assert.Empty(Directory.GetFiles(_seed.Notices, "006_*"));
        Assert.Empty(Directory.GetFiles(_seed.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void RefusesASourceUrlThatIsNotAnHttpAddress()
    {
        var path = _seed.WriteNotice(ImportSeed.Notice);
        var before = _seed.Snapshot();

        Assert.Equal(1, Import(ImportSeed.Importer(), path, "--source-url", "careers page"));
        Assert.Equal("--source-url: \"careers page\" is not an absolute http(s) URL", _error.ToString().TrimEnd());
        Assert.Equal(before, _seed.Snapshot());
    }

    [Fact]
    public void ParsesTheImportVerbsPathAndSwitches()
    {
        var (verb, options, host) = Cli.Parse(["import", "notice.txt", "--source-url", "https://x.org/1", "--force", "--Seed:Path=/tmp/s"]);

        Assert.Equal("import", verb);
        Assert.Equal(new Dictionary<string, string?> { ["path"] = "notice.txt", ["source-url"] = "https://x.org/1", ["force"] = "true" }, options);
        Assert.Equal(["--Seed:Path=/tmp/s"], host);
    }

    public void Dispose() => _seed.Dispose();

    private int Import(NoticeImporter importer, string path, params string[] switches)
    {
        var (_, options, _) = Cli.Parse(["import", path, .. switches]);
        return ImportCli.Import(importer, options, _seed.Root, _output, _error);
    }

    private PostFile ReadDraft(string key) =>
        JsonSerializer.Deserialize<PostFile>(File.ReadAllText(Path.Combine(_seed.Posts, key + SeedReader.DraftSuffix)), DraftFiles.Json)!;
}
