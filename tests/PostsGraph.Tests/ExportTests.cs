using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Export;

namespace PostsGraph.Tests;

// Exports read back with real parsers and compared with what the API answers for the same filter.
[Collection(ApiCollection.Name)]
public sealed class ExportTests(PostsGraphApp app)
{
    private const string P5ByPay = """where={"grade":{"code":{"eq":"P-5"}}}&order=[{"annualNetPay":{"amount":"DESC"}}]""";

    [Fact]
    public async Task ExportsCsvThatACsvParserReadsAsTheApiAnswers()
    {
        using var response = await GetAsync("/export/posts.csv?" + Query(P5ByPay));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("posts.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        var api = await ApiPostsAsync("""where: { grade: { code: { eq: "P-5" } } }, order: [{ annualNetPay: { amount: DESC } }]""");

        // ITU (184,194 USD) before ILO (no pay): the same posts in the same order as `posts`.
        Assert.Equal(["itu-2207", "ilo-rbc-p-intserv-2025-27"], rows.Select(r => r["key"]));
        Assert.Equal(api.Select(p => p.GetProperty("key").GetString()), rows.Select(r => r["key"]));
        foreach (var (row, post) in rows.Zip(api))
        {
            Assert.Equal(post.GetProperty("title").GetString(), row["title"]);
            Assert.Equal(post.GetProperty("grade").GetProperty("code").GetString(), row["grade"]);
            Assert.Equal(post.GetProperty("duties").GetArrayLength().ToString(CultureInfo.InvariantCulture), row["duties"]);
            Assert.Equal(post.GetProperty("reportsTo").GetString(), row["reports_to"]);
        }

        // Quoted fields survive: ILO's title and supervisor hold commas.
        Assert.Equal("Head, Security Unit", rows[1]["title"]);
        Assert.Equal("Chief of Project and Resilience Management, INTSERV", rows[1]["reports_to"]);
        Assert.Equal("184194", rows[0]["annual_net_pay"]);
        Assert.Equal("USD", rows[0]["annual_net_pay_currency"]);
        Assert.Equal("", rows[1]["annual_net_pay"]);
        // ILO: external candidates whose mother tongue is none of English, French and Spanish need "a fully
        // satisfactory working knowledge of at least one" of them; "Excellent command of English and a
        // working knowledge of French."
        Assert.Equal("en|fr|es WORKING_KNOWLEDGE (applies to EXTERNAL_CANDIDATES); en FLUENT; fr WORKING_KNOWLEDGE", rows[1]["languages_required"]);
    }

    [Fact]
    public async Task WritesTheDocumentedCsvColumns()
    {
        using var response = await GetAsync("/export/posts.csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(
            "key,id,title,organisation,unit,grade,grade_category,duty_station,country,appointment_type,duration_months,posted_on,deadline,"
            + "vacancy_number,position_number,reports_to,annual_net_pay,annual_net_pay_currency,annual_net_pay_basis,annual_net_pay_qualifier,"
            + "post_adjustment_rate,no_pay_reason,min_years_experience,top_education_level,duties,duty_themes,education,experience,"
            + "languages_required,languages_desirable,certifications,competencies,conditions,source_notice,identifiers,recruitment_open_to,"
            + "min_years_experience_applies_to,min_years_experience_with_first_degree,min_years_experience_with_first_degree_applies_to,"
            + "min_years_experience_with_first_degree_explanation",
            text[..text.IndexOf("\r\n", StringComparison.Ordinal)]);
        var rows = ReadCsv(text);
        Assert.Equal(5, rows.Count);
        // ILO's notice: "Vacancy no.: RBC/P/INTSERV/2025/27" and "Job ID: 13062"; ITU's: "Vacancy notice no: 2207",
        // "Position number: IS06/P5/407"; OPCW's prints none.
        var identifiers = rows.ToDictionary(r => r["key"], r => r["identifiers"]);
        Assert.Equal("Vacancy number: RBC/P/INTSERV/2025/27; Job ID: 13062", identifiers["ilo-rbc-p-intserv-2025-27"]);
        Assert.Equal("Vacancy number: 2207; Position number: IS06/P5/407", identifiers["itu-2207"]);
        Assert.Equal("", identifiers["opcw-sco-2025"]);

        // ILO's notice: "A successful external candidate will be on probation for the first two years
        // of assignment"; the Assessment Centre "is required for all external candidates and any
        // internal candidate applying to a higher category"; applications from retirees "will not be
        // considered". With a first-level degree "an additional two years" on its ten.
        var ilo = rows.Single(r => r["key"] == "ilo-rbc-p-intserv-2025-27");
        Assert.Equal("ELIGIBILITY (applies to EXTERNAL_CANDIDATES); ASSESSMENT (applies to EXTERNAL_CANDIDATES); MEDICAL_CLEARANCE; "
            + "PROBATION 24 months (applies to EXTERNAL_CANDIDATES); RENEWAL; SALARY_ON_PROMOTION (applies to INTERNAL_CANDIDATES); BACKGROUND_CHECK", ilo["conditions"]);
        Assert.Equal(("10", "ALL_CANDIDATES", "12", "ALL_CANDIDATES"), (ilo["min_years_experience"], ilo["min_years_experience_applies_to"],
            ilo["min_years_experience_with_first_degree"], ilo["min_years_experience_with_first_degree_applies_to"]));
        // ITU: the first-degree route is "For internal candidates", and recruitment is open to external candidates.
        var itu = rows.Single(r => r["key"] == "itu-2207");
        Assert.Equal("", itu["min_years_experience_with_first_degree"]);
        Assert.Contains("internal candidates", itu["min_years_experience_with_first_degree_explanation"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesEachListCellAsTheReadmeDescribes()
    {
        using var response = await GetAsync("/export/posts.csv?" + Query("""where={"key":{"eq":"opcw-sco-2025"}}"""));
        var row = Assert.Single(ReadCsv(await response.Content.ReadAsStringAsync()));

        // "Advanced university degree ... is required; A first-level university degree in combination with two years of additional
        // relevant experience may be accepted in lieu of the advanced university degree; A first-level university degree may be
        // substituted with specialised training ... in combination with 4 years additional relevant experience."
        Assert.Equal(
            "REQUIRED ADVANCED_DEGREE; REQUIRED FIRST_DEGREE in lieu of ADVANCED_DEGREE +2 years; REQUIRED SPECIALISED_TRAINING in lieu of FIRST_DEGREE +4 years",
            row["education"]);
        // "A minimum of five (5) years with advanced university degree (seven (7) years with a first-level university degree or 11
        // years with specialised training) ... Of these, at least 2 years of international experience in security operations and
        // exposure at the field level is required." Desirable: the UN Security Management System, security operations planning,
        // crisis management.
        Assert.Equal(
            "REQUIRED 5 years with ADVANCED_DEGREE; REQUIRED 7 years with FIRST_DEGREE; REQUIRED 11 years with SPECIALISED_TRAINING; "
            + "REQUIRED 2 years [INTERNATIONAL FIELD]; DESIRABLE no minimum [UN_SYSTEM]; DESIRABLE no minimum; DESIRABLE no minimum",
            row["experience"]);
        // "Fluency in English is essential and a good working knowledge of one of the other official languages (Arabic, Chinese,
        // French, Russian, and Spanish) is desirable."
        Assert.Equal("en FLUENT", row["languages_required"]);
        Assert.Equal("ar|zh|fr|ru|es WORKING_KNOWLEDGE", row["languages_desirable"]);
        // The competency headings: Professionalism, Communication, Team Work, Planning and Organising.
        Assert.Equal("CORE Professionalism; CORE Communication; CORE Team Work; CORE Planning and Organising", row["competencies"]);
        // "a six-month probationary period"; "shall not exceed 7 years"; "The mandatory age of separation at the OPCW is 65 years";
        // "to make an appointment at a lower grade".
        Assert.Equal("PROBATION 6 months; TENURE_LIMIT 7 years; AGE_OF_SEPARATION 65 years; LOWER_GRADE_APPOINTMENT", row["conditions"]);
    }

    [Fact]
    public async Task CountsEachPostsDutyThemesAsTheApiServesThem()
    {
        using var response = await GetAsync("/export/posts.csv");
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        var data = await app.QueryAsync("{ posts { nodes { key duties { themes } } } }");

        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, posts.Count);
        foreach (var post in posts)
        {
            var themes = post.GetProperty("duties").EnumerateArray().SelectMany(d => d.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!)).ToList();
            var cell = Assert.Single(rows, r => r["key"] == post.GetProperty("key").GetString())["duty_themes"];
            var counted = cell.Split("; ").Select(item => item.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
            Assert.NotEmpty(themes);
            Assert.Equal(themes.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()), counted);
        }
    }

    [Fact]
    public async Task ExportsJsonWithTheSameFactsAndEvidenceAsTheApi()
    {
        using var response = await GetAsync("/export/posts.json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var profiles = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        var api = await ApiPostsAsync("");

        Assert.Equal(api.Select(p => p.GetProperty("key").GetString()), profiles.Select(p => p.GetProperty("key").GetString()));
        foreach (var (profile, post) in profiles.Zip(api))
        {
            Assert.Equal(post.GetProperty("id").GetString(), profile.GetProperty("id").GetString());
            Assert.Equal(Texts(post, "duties"), Texts(profile, "duties"));
            Assert.Equal(Texts(post, "conditions"), Texts(profile, "conditions"));
            Assert.Equal(
                post.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("evidence").GetProperty("start").GetInt32()),
                profile.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("evidence").GetProperty("start").GetInt32()));
            Assert.Equal(post.GetProperty("minYearsExperience").GetInt32(), profile.GetProperty("minYearsExperience").GetInt32());
        }

        // ITU: 101,540 + 82,654 = 184,194 USD, from the sum of the stated components.
        var itu = profiles.Single(p => p.GetProperty("key").GetString() == "itu-2207").GetProperty("annualNetPay");
        Assert.Equal((184194m, "USD", "SUM_OF_COMPONENTS"), (itu.GetProperty("amount").GetDecimal(), itu.GetProperty("currency").GetString(), itu.GetProperty("basis").GetString()));
    }

    [Theory]
    [InlineData("itu-2207")]
    [InlineData("UG9zdDppdHUtMjIwNw==")]
    public async Task ExportsOnePostByKeyOrGlobalId(string post)
    {
        using var response = await GetAsync($"/export/posts/{post}.json");

        var profile = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("itu-2207", profile.GetProperty("key").GetString());
        Assert.Equal("itu-2207.json", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task AnswersNotFoundForAnUnknownPost()
    {
        using var response = await app.CreateClient().GetAsync("/export/posts/no-such-post.md");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/export/posts.xml", "Unknown export format \"xml\"; use csv, json or md.")]
    [InlineData("/export/posts.csv?where={grade", "where: not valid JSON")]
    [InlineData("/export/posts.csv?where={\"grade\":{\"cod\":{\"eq\":\"P-5\"}}}", "where.grade.cod: Grade has no such field")]
    [InlineData("/export/posts.csv?where={\"appointmentType\":{\"eq\":\"FOREVER\"}}", "where.appointmentType.eq: unknown AppointmentType \"FOREVER\"")]
    [InlineData("/export/posts.csv?where={\"minYearsExperience\":{\"gt\":\"ten\"}}", "where.minYearsExperience.gt: expected Int, found string")]
    [InlineData("/export/posts.json?order=[{\"title\":\"UP\"}]", "order[0].title: expected \"ASC\" or \"DESC\"")]
    public async Task RefusesABadExportRequestWithAClearMessage(string url, string message)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GivesDashboardsTheSameCsvThroughGraphQL()
    {
        using var response = await GetAsync("/export/posts.csv?" + Query(P5ByPay));
        var data = await app.QueryAsync("""
            { exportPosts(format: CSV, where: { grade: { code: { eq: "P-5" } } }, order: [{ annualNetPay: { amount: DESC } }]) }
            """);

        Assert.Equal(await response.Content.ReadAsStringAsync(), data.GetProperty("exportPosts").GetString());
    }

    [Fact]
    public async Task ExportsFromTheCommandLineToAFile()
    {
        var file = Path.Combine(app.WorkDirectory, "posts.csv");
        var options = new Dictionary<string, string?>
        {
            ["format"] = "csv", ["where"] = """{"dutyStation":{"city":{"eq":"The Hague"}}}""", ["out"] = file,
        };

        var exit = await ExportCli.RunAsync(options, app.Services);

        Assert.Equal(0, exit);
        // ICC and OPCW are in The Hague.
        Assert.Equal(["icc-24313", "opcw-sco-2025"], ReadCsv(await File.ReadAllTextAsync(file)).Select(r => r["key"]));
    }

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private async Task<List<JsonElement>> ApiPostsAsync(string arguments)
    {
        var data = await app.QueryAsync($$"""
            { posts{{(arguments.Length > 0 ? $"({arguments})" : "")}} { nodes { id key title reportsTo minYearsExperience grade { code }
                duties { text evidence { start } } conditions { text } } } }
            """);
        return [.. data.GetProperty("posts").GetProperty("nodes").EnumerateArray()];
    }

    private static IEnumerable<string?> Texts(JsonElement post, string list) =>
        post.GetProperty(list).EnumerateArray().Select(i => i.GetProperty("text").GetString());

    private static string Query(string query) =>
        string.Join("&", query.Split('&').Select(pair => pair[..(pair.IndexOf('=') + 1)] + Uri.EscapeDataString(pair[(pair.IndexOf('=') + 1)..])));

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true });
        var headers = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(headers.Count, csv.FieldCount);
            rows.Add(headers.Select((header, i) => (header, csv.GetString(i))).ToDictionary(f => f.header, f => f.Item2 ?? ""));
        }

        return rows;
    }
}
