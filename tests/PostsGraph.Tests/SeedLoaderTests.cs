using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Seed;

namespace PostsGraph.Tests;

// A bad seed is reported as `file: path: problem` and changes nothing: the database built from the
// last good seed goes on serving through the HTTP host.
public sealed class SeedLoaderTests : IDisposable
{
    private const string Itu = "posts/itu-2207.json";
    private readonly string _seed = RepoPaths.CopySeed();
    private readonly PostsGraphApp _app;

    public SeedLoaderTests() => _app = new PostsGraphApp { SeedPath = _seed };

    public static TheoryData<string, string> BadSeeds => new()
    {
        { "malformed-json", "seed/posts/itu-2207.json: " },
        { "quote-not-in-notice", "seed/posts/itu-2207.json: title.quote: quote not found in the notice" },
        { "unknown-grade", "seed/posts/itu-2207.json: grade.value: unknown grade \"P-9\"; it must be listed in seed/reference/" },
        { "unknown-organisation", "seed/posts/itu-2207.json: organisation.value: unknown organisation \"UNXX\"; it must be listed in seed/reference/" },
        { "unknown-duty-station", "seed/posts/itu-2207.json: dutyStation.value: unknown duty station \"atlantis\"; it must be listed in seed/reference/" },
        { "unknown-enum", "seed/posts/itu-2207.json: appointmentType.value: unknown value \"FOREVER\"; expected one of FIXED_TERM, SHORT_TERM, TEMPORARY, CONTINUING, PERMANENT, CONSULTANCY" },
        { "impossible-date", "seed/posts/itu-2207.json: deadline.value: \"2026-02-30\" is not a real date in the form YYYY-MM-DD" },
        { "missing-notice", "seed/posts/itu-2207.json: notice: \"005_missing.txt\" is not a file in seed/notices/" },
        { "duty-not-in-notice", "seed/posts/itu-2207.json: duties[0].text: quote not found in the notice" },
        { "education-quote-not-in-notice", "seed/posts/itu-2207.json: education[0].quote: quote not found in the notice" },
        { "experience-not-in-notice", "seed/posts/itu-2207.json: experience[0].text: quote not found in the notice" },
        { "condition-quote-not-in-notice", "seed/posts/itu-2207.json: conditions[0].quote: quote not found in the notice" },
        { "duties-out-of-order", "seed/posts/itu-2207.json: duties[1]: is out of the notice's order: its passage starts before that of duties[0]; list duties in the order the notice gives them" },
        { "unknown-duty-theme", "seed/posts/itu-2207.json: duties[0].themes[0]: unknown value \"GARDENING\"" },
        { "negative-years", "seed/posts/itu-2207.json: experience[0].minYears: is -10; it must be a positive whole number or left out" },
        { "duplicate-grade", "seed/reference/grades.json: items[124]: \"P-4\" is listed twice" },
        { "grade-without-system", "seed/reference/grades.json: items[0].system: is missing; expected one of UN_COMMON_SYSTEM, EU_STAFF_REGULATIONS, COORDINATED_ORGANISATIONS, NATO, WORLD_BANK_GROUP, OSCE_SECONDED" },
        { "unknown-grade-system", "seed/reference/organisations.json: items[0].gradeSystems[0]: unknown value \"ECOWAS_SCALE\"; expected one of UN_COMMON_SYSTEM, EU_STAFF_REGULATIONS, COORDINATED_ORGANISATIONS, NATO, WORLD_BANK_GROUP, OSCE_SECONDED" },
        { "missing-still-listed", "seed/posts/itu-2207.json: missing: a reviewed post must not list missing fields; remove the list once the draft is reviewed" },
        { "confidence-still-there", "seed/posts/itu-2207.json: grade: 1 fact(s) still carry the importer's confidence and reason; remove both from every fact once the draft is reviewed" },
        { "candidates-still-there", "seed/posts/itu-2207.json: candidates: a reviewed post must not list the importer's candidates; choose the value, then remove the list" },
        // "Safety, Security and Resilience Division" occurs twice in ITU's notice: in its title line and in the body.
        { "repeated-quote", "seed/posts/itu-2207.json: title.quote: quote occurs 2 times in the notice; lengthen it so that it points to one passage, or say which with occurrence (1 to 2)" },
        { "occurrence-out-of-range", "seed/posts/itu-2207.json: title.quote: occurrence 3 does not exist: the quote occurs 2 times (1 to 2)" },
        { "occurrence-of-a-unique-quote", "seed/posts/itu-2207.json: title.quote: occurrence 1 is given, but the quote occurs once; leave occurrence out" },
        { "notice-url-not-a-url", "seed/posts/itu-2207.json: noticeUrl: \"careers page\" is not an absolute http(s) URL" },
    };

    [Theory]
    [MemberData(nameof(BadSeeds))]
    public async Task RejectsABadSeedWithFileFieldAndProblemAndKeepsServingThePreviousDatabase(string breakage, string expected)
    {
        await AssertServesItuTitle("Head, Safety, Security and Resilience Division");
        Break(breakage);

        var result = await _app.Services.GetRequiredService<SeedLoader>().LoadAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
        await AssertServesItuTitle("Head, Safety, Security and Resilience Division");
    }

    [Fact]
    public async Task ReportsMalformedJsonWithItsLine()
    {
        Break("malformed-json");

        var result = await _app.Services.GetRequiredService<SeedLoader>().LoadAsync();

        Assert.Matches(@"^seed/posts/itu-2207\.json: .*\(line \d+, column \d+\)$", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task RebuildsAndSwapsInTheNewDatabaseWhenTheSeedChanges()
    {
        await AssertServesItuTitle("Head, Safety, Security and Resilience Division");
        Edit(Itu, post => post["title"]!["value"] = "Head of SSRD");

        var result = await _app.Services.GetRequiredService<SeedLoader>().LoadAsync();

        Assert.True(result.Rebuilt);
        await AssertServesItuTitle("Head of SSRD");
    }

    [Fact]
    [Trait("Database", "SqliteOnly")]
    public async Task LeavesTheDatabaseAloneWhenTheSeedIsUnchanged()
    {
        await AssertServesItuTitle("Head, Safety, Security and Resilience Division");
        var builtAt = File.GetLastWriteTimeUtc(_app.DatabasePath);

        var result = await _app.Services.GetRequiredService<SeedLoader>().LoadAsync();

        Assert.True(result.Succeeded);
        Assert.False(result.Rebuilt);
        Assert.Equal(builtAt, File.GetLastWriteTimeUtc(_app.DatabasePath));
    }

    [Fact]
    [Trait("Database", "SqliteOnly")]
    public async Task ServesOneSelfContainedDatabaseFileThatCanBeSwappedWhole()
    {
        await AssertServesItuTitle("Head, Safety, Security and Resilience Division");
        Edit(Itu, post => post["title"]!["value"] = "Head of SSRD");
        await _app.Services.GetRequiredService<SeedLoader>().LoadAsync();
        await AssertServesItuTitle("Head of SSRD");

        Assert.Equal(["postsgraph.db"], Directory.EnumerateFiles(_app.WorkDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task CreatesNoDatabaseFromABadSeedWhenThereIsNone()
    {
        Break("unknown-grade");
        var database = new Data.SqliteDatabase(Path.Combine(_app.WorkDirectory, "first.db"));
        var loader = new SeedLoader(_seed, database, Microsoft.Extensions.Logging.Abstractions.NullLogger<SeedLoader>.Instance);

        var result = await loader.LoadAsync();

        Assert.False(result.Succeeded);
        Assert.False(database.Exists);
        Assert.Empty(Directory.EnumerateFiles(_app.WorkDirectory, "first.db*"));
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(Path.GetDirectoryName(_seed)!, recursive: true);
    }

    [Fact]
    public async Task LocatesTheRepeatOfAQuoteItsOccurrenceNames()
    {
        // ITU's notice prints "Safety, Security and Resilience Division" in its title line, then in its body.
        Edit(Itu, post =>
        {
            post["title"]!["quote"] = "Safety, Security and Resilience Division";
            post["title"]!["occurrence"] = 2;
        });
        var notice = File.ReadAllText(Path.Combine(_seed, "notices", "004_c5a4883d09076030.txt"));
        var first = notice.IndexOf("Safety, Security and Resilience Division", StringComparison.Ordinal);
        var second = notice.IndexOf("Safety, Security and Resilience Division", first + 1, StringComparison.Ordinal);

        var data = await _app.QueryAsync("""{ post(id: "UG9zdDppdHUtMjIwNw==") { evidence(field: "title") { quote start end } } }""");
        var evidence = data.GetProperty("post").GetProperty("evidence")[0];

        Assert.Equal(second, evidence.GetProperty("start").GetInt32());
        Assert.Equal(second + "Safety, Security and Resilience Division".Length, evidence.GetProperty("end").GetInt32());
    }

    private async Task AssertServesItuTitle(string title)
    {
        var data = await _app.QueryAsync("""{ post(id: "UG9zdDppdHUtMjIwNw==") { title } posts { nodes { key } } }""");
        Assert.Equal(title, data.GetProperty("post").GetProperty("title").GetString());
        Assert.Equal(5, data.GetProperty("posts").GetProperty("nodes").GetArrayLength());
    }

    private void Break(string breakage)
    {
        switch (breakage)
        {
            case "malformed-json":
                File.WriteAllText(Path.Combine(_seed, Itu), File.ReadAllText(Path.Combine(_seed, Itu)).Replace("\"grade\":", "\"grade\"", StringComparison.Ordinal));
                break;
            case "quote-not-in-notice":
                Edit(Itu, post => post["title"]!["quote"] = "Head of Everything Division");
                break;
            case "unknown-grade":
                Edit(Itu, post => post["grade"]!["value"] = "P-9");
                break;
            case "unknown-organisation":
                Edit(Itu, post => post["organisation"]!["value"] = "UNXX");
                break;
            case "unknown-duty-station":
                Edit(Itu, post => post["dutyStation"]!["value"] = "atlantis");
                break;
            case "unknown-enum":
                Edit(Itu, post => post["appointmentType"]!["value"] = "FOREVER");
                break;
            case "impossible-date":
                Edit(Itu, post => post["deadline"]!["value"] = "2026-02-30");
                break;
            case "missing-notice":
                Edit(Itu, post => post["notice"] = "005_missing.txt");
                break;
            case "repeated-quote":
                Edit(Itu, post => post["title"]!["quote"] = "Safety, Security and Resilience Division");
                break;
            case "occurrence-out-of-range":
                Edit(Itu, post =>
                {
                    post["title"]!["quote"] = "Safety, Security and Resilience Division";
                    post["title"]!["occurrence"] = 3;
                });
                break;
            case "occurrence-of-a-unique-quote":
                Edit(Itu, post => post["title"]!["occurrence"] = 1);
                break;
            case "duty-not-in-notice":
                Edit(Itu, post => post["duties"]![0]!["text"] = "Lead the strategic direction of the whole United Nations.");
                break;
            case "education-quote-not-in-notice":
                Edit(Itu, post => post["education"]![0]!["quote"] = "Doctorate in security management is required.");
                break;
            case "experience-not-in-notice":
                Edit(Itu, post => post["experience"]![0]!["text"] = "At least twenty years of progressively responsible experience.");
                break;
            case "condition-quote-not-in-notice":
                Edit(Itu, post => post["conditions"]![0]!["quote"] = "Duration of contract: 2 years without possibility of renewal");
                break;
            case "duties-out-of-order":
                Edit(Itu, post =>
                {
                    var duties = post["duties"]!.AsArray();
                    var first = duties[0]!;
                    duties.RemoveAt(0);
                    duties.Insert(1, first);
                });
                break;
            case "unknown-duty-theme":
                Edit(Itu, post => post["duties"]![0]!["themes"]![0] = "GARDENING");
                break;
            case "negative-years":
                Edit(Itu, post => post["experience"]![0]!["minYears"] = -10);
                break;
            case "missing-still-listed":
                Edit(Itu, post => post["missing"] = new JsonArray());
                break;
            case "confidence-still-there":
                Edit(Itu, post => post["grade"]!["confidence"] = "HIGH");
                break;
            case "candidates-still-there":
                Edit(Itu, post => post["candidates"] = new JsonObject { ["organisation"] = new JsonArray() });
                break;
            case "notice-url-not-a-url":
                Edit(Itu, post => post["noticeUrl"] = "careers page");
                break;
            case "duplicate-grade":
                Edit("reference/grades.json", grades => grades["items"]!.AsArray().Add(new JsonObject
                {
                    ["code"] = "P-4", ["system"] = "UN_COMMON_SYSTEM", ["category"] = "PROFESSIONAL", ["level"] = 4, ["title"] = "First Officer",
                }));
                break;
            case "grade-without-system":
                Edit("reference/grades.json", grades => grades["items"]![0]!.AsObject().Remove("system"));
                break;
            case "unknown-grade-system":
                Edit("reference/organisations.json", organisations => organisations["items"]![0]!["gradeSystems"] = new JsonArray("ECOWAS_SCALE"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage));
        }
    }

    private void Edit(string file, Action<JsonNode> edit)
    {
        var path = Path.Combine(_seed, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }
}
