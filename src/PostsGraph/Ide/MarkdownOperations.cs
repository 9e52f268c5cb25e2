using System.Text.Json;
using System.Text.RegularExpressions;

namespace PostsGraph.Ide;

// The GraphQL operations a Markdown document shows: every ```graphql block, and every ```sh block
// that sends a query to /graphql with curl (a JSON body, or a GET with --data-urlencode). The IDE
// opens with the README's as tabs; DocsExampleTests runs those of every document.
public static partial class MarkdownOperations
{
    // Title: the bold lead-in or heading the example follows. Response: the ```json block right after it.
    public sealed record Operation(int Line, string Title, string Query, string? Response);

    public static IEnumerable<Operation> Read(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = Blocks(lines).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (QueryOf(blocks[i]) is { } query)
            {
                var response = i + 1 < blocks.Count && blocks[i + 1].Language == "json" ? blocks[i + 1].Text : null;
                yield return new Operation(blocks[i].Line, TitleBefore(lines, blocks[i].Line - 1), query, response);
            }
        }
    }

    private sealed record Block(int Line, string Language, string Text);

    // Fenced blocks at any indentation (a block may sit in a list item), with the line of their opening fence.
    private static IEnumerable<Block> Blocks(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].TrimStart();
            if (!open.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var start = i;
            var text = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                text.Add(lines[i]);
            }

            yield return new Block(start + 1, open[3..].Trim(), string.Join('\n', text));
        }
    }

    private static string? QueryOf(Block block)
    {
        if (block.Language == "graphql")
        {
            return block.Text;
        }

        if (block.Language != "sh" || !block.Text.Contains("/graphql", StringComparison.Ordinal))
        {
            return null;
        }

        var command = block.Text.Replace("\\\n", " ", StringComparison.Ordinal);
        if (JsonBody().Match(command) is { Success: true } body)
        {
            return JsonDocument.Parse(body.Groups[1].Value).RootElement.GetProperty("query").GetString();
        }

        return UrlQuery().Match(command) is { Success: true } url ? url.Groups[1].Value : null;
    }

    // The nearest "**Lead-in.**" paragraph start or heading above the block's fence (a 0-based index).
    private static string TitleBefore(string[] lines, int fence)
    {
        for (var i = fence - 1; i >= 0; i--)
        {
            if (Lead().Match(lines[i]) is { Success: true } lead)
            {
                return lead.Groups[1].Value.TrimEnd('.', ':', ' ');
            }

            if (lines[i].StartsWith('#'))
            {
                return lines[i].TrimStart('#', ' ');
            }
        }

        return "Example";
    }

    [GeneratedRegex("""-d '([^']*)'""")]
    private static partial Regex JsonBody();

    [GeneratedRegex("""--data-urlencode 'query=([^']*)'""")]
    private static partial Regex UrlQuery();

    [GeneratedRegex("""^\*\*([^*]+)\*\*""")]
    private static partial Regex Lead();
}
