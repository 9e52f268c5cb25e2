using System.Text.Json.Nodes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Workbench;
using PostsGraph.Workbench.Post;
using PostsGraph.Workbench.Shared;
using PostsGraph.Workbench.Statistics;
using Radzen;

namespace PostsGraph.Tests;

// The workbench's components rendered alone (bUnit): what each draws from the values it is given.
public sealed class WorkbenchComponentTests : IDisposable
{
    // ITU's pay line, as its notice words it.
    private const string Notice = "Salaries and benefits\nAnnual salary from $ 101,540 + post adjustment $ 82,654\nOther allowances";

    private readonly BunitContext _context = new();

    public WorkbenchComponentTests()
    {
        _context.Services.AddRadzenComponents();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public void NoticeTextMarksTheQuoteAtItsOffsets()
    {
        var start = Notice.IndexOf("Annual", StringComparison.Ordinal);
        var end = Notice.IndexOf("\nOther", StringComparison.Ordinal);
        var notice = _context.Render<NoticeText>(p => p
            .Add(c => c.Text, Notice)
            .Add(c => c.Marks, [Quote(start, end), Quote(start, end)]));

        var mark = Assert.Single(notice.FindAll("mark"));
        Assert.Equal("quote", mark.Id);
        Assert.Equal("Annual salary from $ 101,540 + post adjustment $ 82,654", mark.TextContent);
        // Nothing else of the text is lost or repeated.
        Assert.Equal(Notice, notice.Find("pre").TextContent);
    }

    [Fact]
    public void NoticeTextMarksSeveralQuotesOnceEachAndIgnoresAnExternalSource()
    {
        var notice = _context.Render<NoticeText>(p => p
            .Add(c => c.Text, Notice)
            .Add(c => c.Marks, [Quote(22, 28), Quote(0, 8), Quote(4, 12), new Evidence("EXTERNAL_SOURCE", null, null, null, "https://example.org", "listing")]));

        var marks = notice.FindAll("mark");
        Assert.Equal(["Salaries", " and", "Annual"], marks.Select(m => m.TextContent).ToArray());
        Assert.Equal("quote", marks[0].Id);
        Assert.Equal(Notice, notice.Find("pre").TextContent);
    }

    [Fact]
    public void ItemListLinksEachItemAndWhomItAppliesTo()
    {
        Item[] items =
        [
            new("Advanced university degree", Quote(0, 8), Necessity: "REQUIRED", Level: "MASTERS"),
            new("A first-level university degree with fifteen years", Quote(9, 20), Necessity: "REQUIRED", AppliesTo: "INTERNAL_CANDIDATES", AppliesToEvidence: Quote(21, 30)),
        ];
        var list = _context.Render<ItemList>(p => p
            .Add(c => c.Title, "Education").Add(c => c.Prefix, "education").Add(c => c.Items, items)
            .Add(c => c.Fact, id => $"post/itu-2207?fact={id}#quote").Add(c => c.SelectedId, "education[1]"));

        Assert.Equal("Education", list.Find("h2").TextContent);
        var links = list.FindAll("a.fact");
        Assert.Equal(["post/itu-2207?fact=education[0]#quote", "post/itu-2207?fact=education[1]#quote"], links.Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Contains("selected", links[1].ClassList);
        Assert.Equal("post/itu-2207?fact=education[1].appliesTo#quote", list.Find("a.applies").GetAttribute("href"));
        Assert.Equal("for internal candidates", list.Find("a.applies").TextContent);
    }

    [Fact]
    public void BarChartDrawsAColumnPerGroupInEachSeries()
    {
        var chart = _context.Render<ColumnChart>(p => p
            .Add(c => c.Unit, "years")
            .Add(c => c.Bars, [new Bar("P-3", 5, 5, 5), new Bar("P-4", 7, 7, 7), new Bar("P-5", 10, 10, 10)]));

        foreach (var series in new[] { 0, 1, 2 })
        {
            Assert.Equal(3, chart.FindAll($".rz-column-series.rz-series-{series} path").Count);
        }

        Assert.Equal(["P-3", "P-4", "P-5"], chart.FindAll(".rz-category-axis .rz-tick-text").Select(t => t.TextContent).ToArray());
        Assert.Equal("years", chart.Find(".rz-axis-title text").TextContent);
    }

    [Fact]
    public void GraphQLPanelShowsTheOperationItsIdeLinkAndACurlLine()
    {
        var operation = new WorkbenchOperation("WorkbenchPost", "query WorkbenchPost($key: String!) { posts { totalCount } }", new JsonObject { ["key"] = "it's" });
        var panel = _context.Render<GraphQLPanel>(p => p.Add(c => c.Operations, [operation]));

        Assert.Equal(operation.Document, panel.Find(".graphql-document").TextContent);
        Assert.Equal("{\n  \"key\": \"it's\"\n}", panel.Find(".graphql-variables").TextContent.ReplaceLineEndings("\n"));
        Assert.Equal("/graphql#query=query%20WorkbenchPost%28%24key%3A%20String%21%29%20%7B%20posts%20%7B%20totalCount%20%7D%20%7D&variables=%7B%22key%22%3A%22it%27s%22%7D",
            panel.Find("a.graphql-ide").GetAttribute("href"));
        // The apostrophe is closed, escaped and reopened for the shell.
        Assert.Equal("""curl -s http://localhost/graphql -H 'Content-Type: application/json' -d '{"query":"query WorkbenchPost($key: String!) { posts { totalCount } }","operationName":"WorkbenchPost","variables":{"key":"it'\''s"}}'""",
            panel.Find("textarea").TextContent);
    }

    private static Evidence Quote(int start, int end) => new("NOTICE_QUOTE", Notice[start..end], start, end, null, null);
}
