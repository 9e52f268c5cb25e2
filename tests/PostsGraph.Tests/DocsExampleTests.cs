using System.Text.Json;
using PostsGraph.Ide;

namespace PostsGraph.Tests;

// The docs cannot drift: every GraphQL example in the README and docs/ (a ```graphql block, or a
// ```sh block that sends a query to /graphql with curl) is run against the seed, and where the next
// block is ```json, the server's response must contain what it shows. A shown response may leave out
// fields and the last items of a list; every value it shows must be the server's.
[Collection(ApiCollection.Name)]
public sealed class DocsExampleTests(PostsGraphApp app)
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var example in DocExample.All())
        {
            data.Add(example.File, example.Line);
        }

        return data;
    }

    [Fact]
    public void TheDocsHaveExamplesToRun()
    {
        // The tour in the README alone shows five queries with their responses.
        var examples = DocExample.All().ToList();
        Assert.True(examples.Count(e => e.File == "README.md" && e.Response is not null) >= 5);
        Assert.Contains(examples, e => e.File == "docs/querying.md");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task AnswersAsTheDocsShow(string file, int line)
    {
        var example = DocExample.All().Single(e => e.File == file && e.Line == line);
        var actual = await app.QueryResponseAsync(example.Query);
        if (example.Response is null)
        {
            Assert.False(actual.TryGetProperty("errors", out var errors), $"{file}:{line}: {errors}");
            return;
        }

        var problems = new List<string>();
        Contains(JsonDocument.Parse(example.Response).RootElement, actual, "$", problems);
        Assert.True(problems.Count == 0, $"{file}:{line} shows what the server does not answer:\n{string.Join("\n", problems)}\nThe server answered:\n{actual}");
    }

    // Whether `actual` holds what `shown` shows: objects may leave out properties, lists their last items.
    private static void Contains(JsonElement shown, JsonElement actual, string path, List<string> problems)
    {
        if (shown.ValueKind != actual.ValueKind && !(shown.ValueKind is JsonValueKind.True or JsonValueKind.False && actual.ValueKind is JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add($"{path}: shows {shown}, the server answers {actual}");
            return;
        }

        switch (shown.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in shown.EnumerateObject())
                {
                    if (actual.TryGetProperty(property.Name, out var value))
                    {
                        Contains(property.Value, value, $"{path}.{property.Name}", problems);
                    }
                    else
                    {
                        problems.Add($"{path}.{property.Name}: shown, but not in the server's answer");
                    }
                }

                break;
            case JsonValueKind.Array:
                var actualItems = actual.EnumerateArray().ToList();
                var index = 0;
                foreach (var item in shown.EnumerateArray())
                {
                    if (index >= actualItems.Count)
                    {
                        problems.Add($"{path}: shows {shown.GetArrayLength()} items, the server answers {actualItems.Count}");
                        break;
                    }

                    Contains(item, actualItems[index], $"{path}[{index}]", problems);
                    index++;
                }

                break;
            case JsonValueKind.Number:
                if (shown.GetDecimal() != actual.GetDecimal())
                {
                    problems.Add($"{path}: shows {shown}, the server answers {actual}");
                }

                break;
            default:
                if (shown.ToString() != actual.ToString())
                {
                    problems.Add($"{path}: shows {shown}, the server answers {actual}");
                }

                break;
        }
    }

    public sealed record DocExample(string File, int Line, string Query, string? Response)
    {
        private static readonly Lazy<List<DocExample>> Found = new(() => [.. Find()]);

        public static IEnumerable<DocExample> All() => Found.Value;

        private static IEnumerable<DocExample> Find()
        {
            var files = new[] { "README.md" }.Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md")
                .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
            return files.SelectMany(file => MarkdownOperations.Read(System.IO.File.ReadAllText(Path.Combine(RepoPaths.Root, file)))
                .Select(o => new DocExample(file, o.Line, o.Query, o.Response)));
        }
    }
}
