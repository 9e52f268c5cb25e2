using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// A temporary copy of seed/ to import into, a notice written for the tests, and an extraction
// that stands in for the real extractors where a test is about what happens around them.
public sealed class ImportSeed : IDisposable
{
    public const string Notice = """
        WORLD HEALTH ORGANIZATION
        Vacancy Notice No: WHO/SEC/26-014
        Title: Field Security Officer
        Grade: P-3
        Duty Station: Nairobi

        Duties
        - Conducts security risk assessments for country offices.
        - Briefs staff on security arrangements before missions.

        """;

    public string Root { get; } = RepoPaths.CopySeed();

    public string Folder => Path.GetDirectoryName(Root)!;

    public string Posts => Path.Combine(Root, "posts");

    public string Notices => Path.Combine(Root, "notices");

    // Every file under the seed with its bytes, to show that a refused import changed nothing.
    public Dictionary<string, string> Snapshot() => Directory
        .EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(Root, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));

    public string WriteNotice(string text, string name = "notice.txt") => WriteNotice(System.Text.Encoding.UTF8.GetBytes(text), name);

    public string WriteNotice(byte[] bytes, string name = "notice.txt")
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // Finds the header facts of the test notice the way an extractor would: each value with a quote from the text.
    public static ExtractedPart Header(NoticeText notice, string? organisation = "WHO", string? vacancy = "WHO/SEC/26-014", string? title = "Field Security Officer")
    {
        ValueFact? Fact(string? value, string line) => value is null ? null : new ValueFact { Value = value, Quote = Quote(notice, line) };
        return new ExtractedPart(
            new PostFile
            {
                Title = Fact(title, "Title: Field Security Officer"),
                Organisation = Fact(organisation, "WORLD HEALTH ORGANIZATION"),
                VacancyNumber = Fact(vacancy, "Vacancy Notice No: WHO/SEC/26-014"),
                Grade = new ValueFact { Value = "P-3", Quote = Quote(notice, "Grade: P-3") },
                DutyStation = new ValueFact { Value = "nairobi", Quote = Quote(notice, "Duty Station: Nairobi") },
            },
            ["salary", "deadline"]);
    }

    public static ExtractedPart Body(NoticeText notice) => new(
        new PostFile
        {
            Duties =
            [
                new DutyFact { Text = "Conducts security risk assessments for country offices.", Themes = ["RISK_ASSESSMENT"] },
                new DutyFact { Text = "Briefs staff on security arrangements before missions.", Themes = ["TRAINING"] },
            ],
        },
        ["languages", "education", "experience"]);

    public static NoticeImporter Importer(Extractor? header = null) => new([header ?? ((n, _) => Header(n)), (n, _) => Body(n)]);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string Quote(NoticeText notice, string line)
    {
        var start = notice.Text.IndexOf(line, StringComparison.Ordinal);
        return notice.Quote(start, start + line.Length)!.Value.Text;
    }
}
