using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace PostsGraph.Workbench.Statistics;

// Draws a ColumnChart to HTML on its own renderer. A Radzen chart re-renders its children while it
// is first rendered; inside a page streamed to the browser (StreamRendering) that fails in ASP.NET
// Core's streaming update ("the renderer does not have a component with ID …") whenever the chart
// arrives after the page's first flush. Drawn apart, the chart is finished markup by then.
public sealed class ChartMarkup(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<MarkupString> RenderAsync(string unit, IReadOnlyList<Bar> bars)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var chart = await renderer.RenderComponentAsync<ColumnChart>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ColumnChart.Unit)] = unit,
                [nameof(ColumnChart.Bars)] = bars,
            }));
            return chart.ToHtmlString();
        });
        return new MarkupString(html);
    }
}
