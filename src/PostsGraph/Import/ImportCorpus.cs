using System.Text.Json;
using PostsGraph.Seed;

namespace PostsGraph.Import;

// What a careful curator reads from one corpus notice (corpus/README.md): the header facts, and
// the reference items a draft of it should propose.
public sealed record CorpusExpectation
{
    public string? About { get; init; }
    public string? Language { get; init; }
    public List<string>? Layouts { get; init; }
    public string? GradeSystem { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public OrganisationItem? NewOrganisation { get; init; }
    public string? Grade { get; init; }
    public string? DutyStation { get; init; }
    public DutyStationItem? NewDutyStation { get; init; }
    public string? PostedOn { get; init; }
    public string? Deadline { get; init; }
    public string? VacancyNumber { get; init; }
    public List<SalaryFact>? Salary { get; init; }

    // The expected facts as a curated post, so that drafts are scored as against the seed's posts.
    public PostFile ToPost()
    {
        static ValueFact? Value(string? value) => value is null ? null : new ValueFact { Value = value, Quote = "(expected)" };
        return new PostFile
        {
            Title = Value(Title), Organisation = Value(Organisation), Grade = Value(Grade), DutyStation = Value(DutyStation),
            PostedOn = Value(PostedOn), Deadline = Value(Deadline), VacancyNumber = Value(VacancyNumber),
            Salary = [.. (Salary ?? []).Select(s => s with { Quote = "(expected)" })],
        };
    }
}

public sealed record CorpusNotice(string Id, string File, string Text, CorpusExpectation Expected);

// The importer's test corpus: notices written for it, each `<id>.txt` beside `<id>.expected.json`.
public static class ImportCorpus
{
    public const string ExpectedSuffix = ".expected.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    // The corpus beside a seed folder (<repo>/corpus for <repo>/seed), if there is one.
    public static string? Beside(string seedRoot) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(seedRoot).TrimEnd(Path.DirectorySeparatorChar))!, "corpus") is var dir && Directory.Exists(dir) ? dir : null;

    // Every notice with its expectation; a problem is `file: field: what is wrong` in errors.
    public static List<CorpusNotice> Read(string folder, List<string> errors)
    {
        var notices = new List<CorpusNotice>();
        foreach (var textFile in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(textFile);
            var expectedFile = Path.Combine(folder, id + ExpectedSuffix);
            var name = $"corpus/{id}{ExpectedSuffix}";
            if (!File.Exists(expectedFile))
            {
                errors.Add($"{name}: file is missing (every corpus notice needs its expected facts)");
                continue;
            }

            CorpusExpectation? expected;
            try
            {
                expected = JsonSerializer.Deserialize<CorpusExpectation>(File.ReadAllText(expectedFile), Json);
            }
            catch (JsonException e)
            {
                errors.Add($"{name}: {e.Path}: {e.Message.Split(". ")[0]}");
                continue;
            }

            if (expected is null)
            {
                errors.Add($"{name}: is empty (null)");
                continue;
            }

            string text;
            try
            {
                text = NoticeImporter.Decode($"corpus/{id}.txt", File.ReadAllBytes(textFile));
            }
            catch (ImportRefusedException e)
            {
                errors.Add(e.Message);
                continue;
            }

            notices.Add(new CorpusNotice(id, $"corpus/{id}.txt", text, expected));
        }

        foreach (var orphan in Directory.EnumerateFiles(folder, "*" + ExpectedSuffix).Order(StringComparer.Ordinal)
            .Where(f => !File.Exists(f[..^ExpectedSuffix.Length] + ".txt")))
        {
            errors.Add($"corpus/{Path.GetFileName(orphan)}: its notice corpus/{Path.GetFileName(orphan)[..^ExpectedSuffix.Length]}.txt is missing");
        }

        return notices;
    }
}
