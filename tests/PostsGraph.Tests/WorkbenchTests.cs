using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PostsGraph.Tests;

// The workbench's pages as the real host serves them (static rendering: the whole page in one
// response), on the seed. Expected values come from the notices; WorkbenchBrowserTests drives the
// same pages in Chromium.
[Collection(ApiCollection.Name)]
public sealed partial class WorkbenchTests(PostsGraphApp app)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task FiltersThePostsToTheTwoP5Posts()
    {
        var html = await PageAsync("/posts?grade=P-5");

        // ILO's "Head, Security Unit" and ITU's "Head, Safety, Security and Resilience Division" are the notices' two P-5 posts.
        Assert.Contains("Posts 1–2 of 2", html);
        Assert.Contains(">Head, Security Unit</a>", html);
        Assert.Contains(">Head, Safety, Security and Resilience Division</a>", html);
        Assert.DoesNotContain("Security Coordination Officer", html);
        // ITU's pay: USD 101,540 + 82,654 = 184,194, from.
        Assert.Contains("USD 184,194 <span class=\"qualifier\">from</span>", html);
        // The export links carry the same filter.
        Assert.Contains("href=\"export/posts.csv?where=%7B%22grade%22%3A%7B%22code%22%3A%7B%22in%22%3A%5B%22P-5%22%5D%7D%7D%7D\"", html);
    }

    [Fact]
    public async Task SortsAndPagesInTheDatabase()
    {
        // Deadlines, latest first: ICC 13/02/2026, ITU 26 January 2026, ILO 18 August 2025, OPCW
        // 03/08/2025, UNDSS 9 December 2023 (its public listing).
        var first = await PageAsync("/posts?sort=deadline&dir=desc&size=2");
        Assert.Contains("Posts 1–2 of 5", first);
        Assert.Equal(["Security Coordination Officer (Protective Services)", "Head, Safety, Security and Resilience Division"], Titles(first));

        var second = await PageAsync("/" + NextLink().Match(first).Groups[1].Value);
        Assert.Contains("Posts 3–4 of 5", second);
        Assert.Equal(["Head, Security Unit", "Security Coordination Officer"], Titles(second));

        var back = await PageAsync("/" + PreviousLink().Match(second).Groups[1].Value);
        Assert.Contains("Posts 1–2 of 5", back);
        Assert.Equal(Titles(first), Titles(back));
    }

    [Fact]
    public async Task MarksThePayQuoteOfItuInTheNotice()
    {
        var html = await PageAsync("/post/itu-2207?fact=salaryComponents%5B0%5D");

        var mark = QuoteMark().Match(html);
        Assert.True(mark.Success, "no <mark id=\"quote\"> on the page");
        Assert.Equal("Annual salary from $ 101,540 + post adjustment $ 82,654", mark.Groups[1].Value);
    }

    [Fact]
    public async Task ShowsTheListingBehindAnExternalFact()
    {
        var html = await PageAsync("/post/icc-24313?fact=grade");

        Assert.Contains("From a public listing of this vacancy", html);
        Assert.Contains("https://undpjobs.net/vacancy/security-coordination-officer-protective-services-p-4-short-term-826136", html);
        Assert.DoesNotContain("<mark", html);
    }

    [Fact]
    public async Task SaysSoForAnUnknownPost()
    {
        Assert.Contains("No post nothing-here", await PageAsync("/post/nothing-here"));
    }

    [Fact]
    public async Task ComparesIloWithItuMarkingTheRowsThatDiffer()
    {
        var all = await PageAsync("/compare?post=ilo-rbc-p-intserv-2025-27&post=itu-2207");
        var differences = await PageAsync("/compare?post=ilo-rbc-p-intserv-2025-27&post=itu-2207&diff=true");

        // Both are P-5 posts in Geneva; their organisations and vacancy numbers differ.
        Assert.Contains("<tr class=\"differs\" data-attribute=\"organisation\">", all);
        Assert.Contains("<tr class=\"differs\" data-attribute=\"vacancyNumber\">", all);
        Assert.Contains("<tr class=\"\" data-attribute=\"grade\">", all);
        Assert.Contains("<tr class=\"\" data-attribute=\"dutyStation\">", all);
        Assert.DoesNotContain("data-attribute=\"grade\"", differences);
        Assert.Contains("data-attribute=\"organisation\"", differences);
        Assert.DoesNotContain("<tr class=\"\"", differences);
    }

    [Fact]
    public async Task AsksForTwoPostsAndNamesAMissingOne()
    {
        Assert.Contains("Choose at least two posts", await PageAsync("/compare?post=itu-2207"));
        Assert.Contains("There is no post with the key \"nothing-here\".", await PageAsync("/compare?post=itu-2207&post=nothing-here"));
    }

    [Fact]
    public async Task ChartsPayAndYearsPerGrade()
    {
        var html = await PageAsync("/statistics?by=GRADE");

        // Grades: ICC P-4, ILO P-5, ITU P-5, OPCW P-3, UNDSS P-3.
        Assert.Contains("3 groups of 5 posts.", html);
        Assert.Contains("Annual net pay in EUR", html);
        Assert.Contains("Annual net pay in USD", html);
        // Each chart's first series has one column per group it shows; the years chart shows all three grades.
        var years = html[html.IndexOf("id=\"years\"", StringComparison.Ordinal)..];
        Assert.Equal(3, ColumnsOfFirstSeries(years));
        Assert.Equal(["P-3", "P-4", "P-5"], TickTexts().Matches(years).Select(m => m.Groups[1].Value).Where(t => t.StartsWith('P')).ToArray());
        // Each group's posts one link away, with the same filter narrowed to the group.
        Assert.Contains("href=\"posts?grade=P-5\">2 posts</a>", html);
    }

    [Fact]
    public async Task CountsTheCoverage()
    {
        var html = await PageAsync("/about");

        // Neither ILO's notice nor UNDSS's states pay.
        Assert.Contains("5 posts, 2 without stated pay.", html);
        Assert.Contains("href=\"posts?org=ITU\">1</a>", html);
        // A person finds the docs the server was built with.
        Assert.Contains("href=\"docs/querying.md\"", html);
    }

    [Fact]
    public async Task ShowsTheApisWordsForARequestItRefuses()
    {
        var html = await PageAsync("/posts?q=" + new string('a', 201));

        Assert.Contains("The API refused this view", html);
        Assert.Contains("search is 201 characters long; it may be at most 200.", html);
    }

    [Theory]
    [InlineData("/posts?size=5000&yearsFrom=x&from=tomorrow&sort=nothing")]
    [InlineData("/posts?after=not-a-cursor")]
    [InlineData("/compare?post=ilo-rbc-p-intserv-2025-27&post=itu-2207&diff=yes")]
    [InlineData("/compare?post=&post=")]
    [InlineData("/post/%2F..%2F")]
    [InlineData("/statistics?by=NOTHING&grade=P-5")]
    public async Task NeverFailsOnAParameterItCannotRead(string path)
    {
        // 200 with the page: what cannot be read is left out, or the API's refusal is shown.
        var html = await PageAsync(path);

        Assert.Contains("GraphQL behind this view", html);
    }

    [Fact]
    public async Task ShowsAtMostTheApisLargestPage()
    {
        var html = await PageAsync("/posts?size=5000");

        Assert.DoesNotContain("The API refused", html);
        Assert.Contains("Posts 1–5 of 5", html);
    }

    [Fact]
    public async Task ComparesOnlyTheDifferencesForAnyTrueDiff()
    {
        var html = await PageAsync("/compare?post=ilo-rbc-p-intserv-2025-27&post=itu-2207&diff=1");

        Assert.Contains("Showing only the", html);
        Assert.DoesNotContain("data-attribute=\"grade\"", html);
    }

    [Fact]
    public async Task GivesStatisticsOfTheFiltersWithoutTheSearch()
    {
        // "evacuate" is in ICC's and OPCW's notices only; the statistics page takes no search and says so.
        var html = await PageAsync("/statistics?by=GRADE&q=evacuate");

        Assert.Contains("3 groups of 5 posts.", html);
        Assert.Contains("Statistics take the posts page's filters but not its text search.", html);
        Assert.Contains("href=\"posts?grade=P-5\">2 posts</a>", html);
    }

    [Fact]
    public async Task LinksAYearsPostsWithinTheDatesAlreadyChosen()
    {
        // Deadlines in 2025: ILO 18 August, OPCW 3 August; from 10 August only ILO's.
        var html = await PageAsync("/statistics?by=DEADLINE_YEAR&from=2025-08-10");

        Assert.Contains("href=\"posts?from=2025-08-10&to=2025-12-31\">1 post</a>", html);
    }

    [Fact]
    public async Task ItsGraphQLPanelShowsTheOperationThatRuns()
    {
        var html = await PageAsync("/posts?grade=P-5&sort=pay");
        var document = PanelBlock("graphql-document").Match(html).Groups[1].Value;
        var variables = PanelBlock("graphql-variables").Match(html).Groups[1].Value;

        // Sent as any client sends it, the panel's operation answers with the page's two posts.
        var client = app.CreateClient();
        using var response = await client.PostAsync("/graphql", new StringContent(
            new JsonObject { ["query"] = document, ["variables"] = JsonNode.Parse(variables) }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var posts = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("posts");
        Assert.Equal(2, posts.GetProperty("totalCount").GetInt32());
        // Sorted by pay, grouped by currency: ILO states none, ITU's is in USD.
        Assert.Equal(["itu-2207", "ilo-rbc-p-intserv-2025-27"], posts.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToArray());
        Assert.Contains("href=\"/graphql#query=query%20WorkbenchPosts", html);
        Assert.Contains("curl -s http://localhost/graphql -H", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/posts")]
    [InlineData("/post/opcw-sco-2025")]
    [InlineData("/compare?post=icc-24313&post=undss-pco-2023")]
    [InlineData("/statistics?by=ORGANISATION")]
    [InlineData("/about")]
    public async Task ServesEveryPageWithItsAssets(string path)
    {
        var html = await PageAsync(path);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("GraphQL behind this view", html);
        Assert.DoesNotContain("The API refused", html);
        // Radzen's theme is its components' styles and then the WCAG variant's colours (names fingerprinted).
        Assert.Equal(["_content/Radzen.Blazor/css/standard-base.css", "_content/Radzen.Blazor/css/standard-wcag.css", "workbench.css"],
            Stylesheets().Matches(html).Select(m => Regex.Replace(m.Groups[1].Value, @"\.[a-z0-9]+(?=\.css$)", "")).ToArray());
        var client = app.CreateClient();
        foreach (Match asset in Stylesheets().Matches(html))
        {
            using var response = await client.GetAsync("/" + asset.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, asset.Groups[1].Value);
        }
    }

    [Fact]
    public async Task OpensEveryExampleOfItsDocs()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "workbench.md"));
        var examples = DocsLink().Matches(docs).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(examples.Count >= 5, $"found {examples.Count} examples");
        foreach (var example in examples)
        {
            var html = await PageAsync(example);
            Assert.DoesNotContain("The API refused", html);
            Assert.DoesNotContain("No post ", html);
        }

        // The example of a selected fact marks ITU's pay, as the docs say.
        Assert.Contains("<mark id=\"quote\">Annual salary from $ 101,540", await PageAsync("/post/itu-2207?fact=salaryComponents%5B0%5D"));
    }

    private async Task<string> PageAsync(string path)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.Clear();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Decoded, so that the tests read the text as a person does ("–", not "&#x2013;").
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string[] Titles(string html) =>
        [.. TitleLink().Matches(html).Select(m => m.Groups[1].Value)];

    private static int ColumnsOfFirstSeries(string html)
    {
        var series = html.IndexOf("rz-column-series rz-series-0", StringComparison.Ordinal);
        var end = html.IndexOf("</g>", series, StringComparison.Ordinal);
        return Regex.Matches(html[series..end], "<path ").Count;
    }

    [GeneratedRegex(@"\(http://localhost:5180(/[^)#\s]*)")]
    private static partial Regex DocsLink();

    [GeneratedRegex("<a href=\"post/[^\"]+\">([^<]+)</a>")]
    private static partial Regex TitleLink();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLink();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"prev\">")]
    private static partial Regex PreviousLink();

    [GeneratedRegex("<mark id=\"quote\">([^<]*)</mark>")]
    private static partial Regex QuoteMark();

    [GeneratedRegex("class=\"rz-tick-text\"[^>]*>([^<]+)</text>")]
    private static partial Regex TickTexts();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheets();

    private static Regex PanelBlock(string cssClass) => new($"<pre class=\"{cssClass}\"><code>([^<]*)</code></pre>");
}
