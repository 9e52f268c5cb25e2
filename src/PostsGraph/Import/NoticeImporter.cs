using System.Text;
using PostsGraph.Seed;

namespace PostsGraph.Import;

public delegate ExtractedPart Extractor(NoticeText notice, ReferenceFiles reference);

// Turns a notice into a draft post: refuses a file that is not a text notice, runs the extractors
// on its text and merges what they found into one post file.
public sealed partial class NoticeImporter(IReadOnlyList<Extractor> extractors)
{
    public const int MaxBytes = 1024 * 1024;

    // The fields a draft may list as missing, in the seed format's order.
    private static readonly string[] FieldOrder =
    [
        "title", "organisation", "units", "vacancyNumber", "positionNumber", "grade", "dutyStation",
        "appointmentType", "duration", "postedOn", "deadline", "reportsTo", "salary",
        "duties", "education", "experience", "languages", "certifications", "competencies", "conditions",
    ];

    public static IReadOnlyList<string> Fields => FieldOrder;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static NoticeImporter Default { get; } = new([HeaderExtractor.Extract, BodyExtractor.Extract]);

    // The notice's bytes, kept as they are, and its text; ImportRefusedException says why a file is not a notice.
    public static (byte[] Bytes, string Text) Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ImportRefusedException(path, "is a folder, not a notice file");
        }

        if (!File.Exists(path))
        {
            throw new ImportRefusedException(path, "file not found");
        }

        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                throw new ImportRefusedException(path, $"is {new FileInfo(path).Length:N0} bytes; a notice may be at most 1 MB ({MaxBytes:N0} bytes)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportRefusedException(path, $"cannot be read: {e.Message}");
        }

        return (bytes, Decode(path, bytes));
    }

    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new ImportRefusedException(path, $"is {bytes.Length:N0} bytes; a notice may be at most 1 MB ({MaxBytes:N0} bytes)");
        }

        if (bytes.Length == 0)
        {
            throw new ImportRefusedException(path, "is empty");
        }

        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            throw new ImportRefusedException(path, $"contains a NUL byte at offset {nul}; it looks like a binary file, not a text notice");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
            throw new ImportRefusedException(path, $"is not valid UTF-8{at}; convert it to UTF-8 first");
        }

        if (string.IsNullOrWhiteSpace(text.Replace("\uFEFF", "")))
        {
            throw new ImportRefusedException(path, "holds only whitespace");
        }

        return text;
    }

    // The draft of one notice, in memory: every extractor's facts and the union of what they missed.
    public PostFile Extract(string noticeFile, string text, ReferenceFiles reference) => Draft(noticeFile, text, reference).Post;

    // The post draft and the reference items it needs that the reference lists do not have.
    public (PostFile Post, ReferenceDraft? Reference) Draft(string noticeFile, string text, ReferenceFiles reference)
    {
        var notice = new NoticeText(text);
        var parts = extractors.Select(extract => extract(notice, reference)).ToList();
        var missing = parts.SelectMany(p => p.Missing).Distinct(StringComparer.Ordinal)
            .OrderBy(f => Array.IndexOf(FieldOrder, f) is var i and >= 0 ? i : FieldOrder.Length)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        var post = parts.Select(p => p.Post).Aggregate(new PostFile(), Merge) with { Notice = noticeFile, Missing = missing };
        var proposals = parts.Select(p => p.Reference).OfType<ReferenceDraft>().FirstOrDefault() is { } found ? found with { Notice = noticeFile } : null;
        // Whom each rule applies to is read once the header's grade is known.
        return (Body.BodyApplicability.Draft(notice, post), proposals);
    }

    // Each extractor fills its own fields; where two fill the same one, the first wins.
    private static PostFile Merge(PostFile a, PostFile b) => a with
    {
        Candidates = a.Candidates ?? b.Candidates,
        Title = a.Title ?? b.Title,
        Organisation = a.Organisation ?? b.Organisation,
        Units = a.Units ?? b.Units,
        VacancyNumber = a.VacancyNumber ?? b.VacancyNumber,
        PositionNumber = a.PositionNumber ?? b.PositionNumber,
        Identifiers = a.Identifiers ?? b.Identifiers,
        Grade = a.Grade ?? b.Grade,
        DutyStation = a.DutyStation ?? b.DutyStation,
        AppointmentType = a.AppointmentType ?? b.AppointmentType,
        Duration = a.Duration ?? b.Duration,
        RecruitmentOpenTo = a.RecruitmentOpenTo ?? b.RecruitmentOpenTo,
        PostedOn = a.PostedOn ?? b.PostedOn,
        Deadline = a.Deadline ?? b.Deadline,
        ReportsTo = a.ReportsTo ?? b.ReportsTo,
        Salary = a.Salary ?? b.Salary,
        Duties = a.Duties ?? b.Duties,
        Education = a.Education ?? b.Education,
        Experience = a.Experience ?? b.Experience,
        Languages = a.Languages ?? b.Languages,
        Certifications = a.Certifications ?? b.Certifications,
        Competencies = a.Competencies ?? b.Competencies,
        Conditions = a.Conditions ?? b.Conditions,
    };
}

// An import that writes nothing: the message is the one line `where: what is wrong` the verb prints.
public sealed class ImportRefusedException(string where, string problem, Exception? inner = null)
    : Exception($"{where}: {problem}", inner);
