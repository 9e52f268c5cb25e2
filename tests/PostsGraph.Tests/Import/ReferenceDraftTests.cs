using System.Text.Json;
using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// The real importer on a notice whose publisher and duty station the reference does not know:
// it proposes them in a reference draft with their quotes, `import` says what to check first,
// and `validate` checks both drafts, warning about what is still to be reviewed.
public sealed class ReferenceDraftTests : IDisposable
{
    // Written for these tests: a seconded post of an organisation outside the reference, in a city
    // outside it, with a closing date that reads either way and names no order.
    private const string Notice = """
        OSCE Mission to Skopje - Vacancy Notice

        Field Security Officer
        Vacancy number: VNSKOS00990
        Issued by: OSCE Mission to Skopje
        Grade: S1
        Duty station: Skopje, North Macedonia
        Deadline for applications: 04/05/2026

        The Organization for Security and Co-operation in Europe works for stability in the region.
        The Field Security Officer exchanges information with the UN Department of Safety and Security (UNDSS).
        """;

    private const string PostDraft = "seed/posts/osce-vnskos00990.draft.json";
    private const string ReferenceDraftFile = "seed/reference/osce-vnskos00990.draft.json";
    private readonly ImportSeed _seed = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    // The seed's reference without the OSCE, as it was before the curators added it from the
    // importer's proposals: a publisher the reference does not know.
    public ReferenceDraftTests() => RemoveFromList("organisations.json", "acronym", "OSCE");

    [Fact]
    public void ProposesTheUnknownOrganisationAndDutyStationWithTheirQuotes()
    {
        var exit = Import();

        Assert.Equal(0, exit);
        var draft = Read<ReferenceDraft>(ReferenceDraftFile);
        var organisation = Assert.Single(draft.Organisations!);
        Assert.Equal("OSCE", organisation.Acronym);
        // The name whose initials spell the acronym, from the notice's own sentence.
        Assert.Equal("Organization for Security and Co-operation in Europe", organisation.Name);
        Assert.Null(organisation.Kind);
        Assert.Equal("Issued by: OSCE Mission to Skopje", organisation.Quote);
        var station = Assert.Single(draft.DutyStations!);
        Assert.Equal(("skopje", "Skopje", "MK"), (station.Key, station.City, station.Country));
        Assert.Equal("Duty station: Skopje, North Macedonia", station.Quote);
        Assert.Null(draft.Grades);
        Assert.Contains($"Wrote {ReferenceDraftFile}: what the reference lists do not have yet", _output.ToString());
        Assert.Contains("  duty station skopje (Skopje, MK)", _output.ToString());
    }

    [Fact]
    public void DraftsTheOrganisationTheLabelNamesNotTheOneMentionedInPassing()
    {
        Import();

        var post = Read<PostFile>(PostDraft);
        Assert.Equal("OSCE", post.Organisation!.Value);
        Assert.Equal("S1", post.Grade!.Value);
        Assert.Equal(Confidence.High, post.Grade.Confidence);
        Assert.Equal("the \"Grade\" label", post.Grade.Reason);
    }

    // 04/05/2026 is 4 May or 5 April: the importer reads it day first and says it is unsure.
    [Fact]
    public void ListsTheFactsItIsUnsureOfFirst()
    {
        Import();

        var post = Read<PostFile>(PostDraft);
        Assert.Equal("2026-05-04", post.Deadline!.Value);
        Assert.Equal(Confidence.Low, post.Deadline.Confidence);
        Assert.Contains("Check first (the importer was unsure):\n  deadline: low confidence (the \"Deadline for applications\" label; an all-numeric date that reads either way", _output.ToString());
    }

    [Fact]
    public void ValidatesBothDraftsWithWarningsForWhatIsStillToBeReviewed()
    {
        Import();

        var exit = ImportCli.Validate(_seed.Root, _output, _error);

        Assert.Equal(0, exit);
        var lines = _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{PostDraft}: organisation.value: warning: unknown organisation \"OSCE\" is proposed in {ReferenceDraftFile}; review it and add it to the reference", lines);
        Assert.Contains($"{PostDraft}: dutyStation.value: warning: unknown duty station \"skopje\" is proposed in {ReferenceDraftFile}; review it and add it to the reference", lines);
        Assert.Contains($"{PostDraft}: deadline: warning: low confidence (the \"Deadline for applications\" label; an all-numeric date that reads either way, and the notice does not say its order); check it against its quote", lines);
        Assert.Contains($"{ReferenceDraftFile}: organisations[0].kind: warning: still to be written from the notice or the organisation's own sources", lines);
        Assert.Contains($"{ReferenceDraftFile}: warning: review each item, add it to its reference list, then delete this draft", lines);
        Assert.Contains("1 draft(s) and 1 reference draft(s) checked", _output.ToString());
    }

    [Fact]
    public void RejectsAReferenceDraftWithABadCodeOrAQuoteNotInTheNotice()
    {
        Import();
        var path = Path.Combine(_seed.Folder, ReferenceDraftFile);
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("\"country\": \"MK\"", "\"country\": \"XX\"", StringComparison.Ordinal)
            .Replace("Issued by: OSCE Mission to Skopje", "Issued by: OSCE Mission in Skopje", StringComparison.Ordinal));

        var exit = ImportCli.Validate(_seed.Root, _output, _error);

        Assert.Equal(1, exit);
        var lines = _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{ReferenceDraftFile}: dutyStations[0].country: unknown country \"XX\"; an ISO 3166-1 alpha-2 code of countries.json", lines);
        Assert.Contains(lines, l => l.StartsWith($"{ReferenceDraftFile}: organisations[0].quote: quote not found in the notice", StringComparison.Ordinal));
    }

    // Once the curator has added the proposals to the reference lists, the post draft needs
    // nothing from its reference draft, and the reference draft says its items are there.
    [Fact]
    public void SaysWhenTheProposalsAreAlreadyInTheReference()
    {
        Import();
        AddToList("duty-stations.json", """{ "key": "skopje", "city": "Skopje", "country": "MK" }""");

        ImportCli.Validate(_seed.Root, _output, _error);

        var lines = _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{ReferenceDraftFile}: dutyStations[0]: warning: skopje is already in duty-stations.json; remove it from this draft", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith($"{PostDraft}: dutyStation.value", StringComparison.Ordinal));
    }

    [Fact]
    public void ReplacesAnExistingReferenceDraftOnlyWithForce()
    {
        Import();
        File.Delete(Path.Combine(_seed.Folder, PostDraft));

        Assert.Equal(1, Import());
        Assert.Contains($"{ReferenceDraftFile}: a reference draft with this key already exists; import with --force to replace it (nothing was written)", _error.ToString());
        Assert.False(File.Exists(Path.Combine(_seed.Folder, PostDraft)));
        Assert.Equal(0, Import("--force"));
    }

    // A reference draft is not part of the seed: the seed's hash and the loader ignore it.
    [Fact]
    public void LeavesTheSeedAsItWas()
    {
        var before = new SeedReader(_seed.Root).ComputeHash();
        Import();
        File.Delete(Path.Combine(_seed.Folder, PostDraft));
        File.Delete(Path.Combine(_seed.Notices, Directory.GetFiles(_seed.Notices).Select(Path.GetFileName).Max()!));

        Assert.Equal(before, new SeedReader(_seed.Root).ComputeHash());
    }

    public void Dispose() => _seed.Dispose();

    private int Import(params string[] switches)
    {
        var (_, options, _) = Cli.Parse(["import", _seed.WriteNotice(Notice), .. switches]);
        return ImportCli.Import(options, _seed.Root, _output, _error);
    }

    private T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(_seed.Folder, file)), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private void RemoveFromList(string list, string property, string value)
    {
        var path = Path.Combine(_seed.Root, "reference", list);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        var items = json["items"]!.AsArray();
        Assert.True(items.Remove(items.Single(i => (string?)i![property] == value)));
        File.WriteAllText(path, json.ToJsonString());
    }

    private void AddToList(string list, string item)
    {
        var path = Path.Combine(_seed.Root, "reference", list);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        json["items"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse(item));
        File.WriteAllText(path, json.ToJsonString());
    }
}
