using System.Net;
using System.Text.Json;

namespace PostsGraph.Ide;

// The HTML page a browser gets at GET /graphql: GraphiQL with the README's tour as tabs. When
// GraphiQL cannot be loaded (offline, blocked, a missing local copy), the page says so and links
// to the schema and the docs instead of staying blank.
public static class IdePage
{
    public static string Html(IdeOptions options, IdeAssets assets, string endpoint, string pathBase)
    {
        var config = new Dictionary<string, object?>
        {
            ["endpoint"] = endpoint,
            ["tabs"] = Tour.Value.Select(o => new Dictionary<string, string> { ["title"] = o.Title, ["query"] = Named(o) }).ToList(),
            ["workers"] = assets.Workers,
        };
        // The default encoder escapes <, > and &: no operation text can close the script element.
        var json = (object value) => JsonSerializer.Serialize(value);
        var importMap = json(new Dictionary<string, object> { ["imports"] = assets.Imports });
        var source = assets.Folder is null ? $"the CDN {options.CdnUrl}" : "this server's local copy (Ide:AssetsPath)";
        var attr = (string value) => WebUtility.HtmlEncode(value);
        var workerImport = assets.WorkerSetup is null ? "" : $"import '{assets.WorkerSetup}';\n      ";

        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>PostsGraph · GraphiQL</title>
              <style>
                body { margin: 0; font-family: system-ui, sans-serif; }
                #graphiql { height: 100dvh; }
                .notice { max-width: 42rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; }
                .notice code { background: #f2f2f2; padding: 0 .2em; }
              </style>
              <link rel="stylesheet" href="{{attr(assets.StyleSheet)}}">
              <script type="importmap">{{importMap}}</script>
              <script>
                // Shown when GraphiQL's modules fail to load or take longer than Ide:LoadTimeoutSeconds.
                window.postsGraphIdeFailed = function (reason) {
                  if (document.getElementById('graphiql').dataset.started) return;
                  document.getElementById('graphiql').hidden = true;
                  document.getElementById('unavailable').hidden = false;
                  document.getElementById('reason').textContent = reason;
                };
                setTimeout(function () { window.postsGraphIdeFailed('It did not start within {{options.LoadTimeoutSeconds}} seconds.'); }, {{options.LoadTimeoutSeconds * 1000}});
              </script>
              <script type="module" onerror="postsGraphIdeFailed('A script could not be fetched.')">
                import { start } from 'postsgraph-ide';
                {{workerImport}}try {
                  start(document.getElementById('graphiql'), {{json(config)}});
                } catch (e) {
                  window.postsGraphIdeFailed(String(e));
                }
              </script>
            </head>
            <body>
              <div id="graphiql"><p class="notice">Loading GraphiQL…</p></div>
              <div id="unavailable" class="notice" hidden>
                <h1>The IDE could not be loaded</h1>
                <p>This page runs GraphiQL, whose scripts come from {{attr(source)}}. <span id="reason"></span>
                   The API itself is unaffected: send queries to <code>{{attr(endpoint)}}</code> with any GraphQL client or with curl.</p>
                <ul>
                  <li><a href="{{attr(endpoint)}}?sdl">Download the schema</a> (<code>schema.graphql</code>)</li>
                  <li><a href="{{attr(pathBase)}}/docs/querying.md">How to query PostsGraph</a> and the <a href="{{attr(pathBase)}}/docs/README.md">README</a></li>
                  <li><a href="{{attr(pathBase)}}/docs/ide.md">Serving the IDE without a CDN</a></li>
                </ul>
              </div>
            </body>
            </html>

            """;
    }

    // GraphiQL names a tab after its operation: an anonymous `{ ... }` is named after the README's lead-in.
    private static string Named(MarkdownOperations.Operation operation)
    {
        var query = operation.Query.Trim();
        if (query.StartsWith('{'))
        {
            var name = string.Concat(operation.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)]))
                .Where(w => w.Length > 0)
                .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            query = $"query {(name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : "Example")} {query}";
        }

        return query;
    }

    // The README's tour operations, in the order it shows them.
    private static readonly Lazy<IReadOnlyList<MarkdownOperations.Operation>> Tour = new(() =>
        [.. MarkdownOperations.Read(Docs.Read("README.md") ?? "")]);
}
