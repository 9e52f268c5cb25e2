using System.Text.Json;
using PostsGraph.Seed;

namespace PostsGraph.Tests;

// Whatever the API says a quote is, the notice holds it at the offsets the API gives.
[Collection(ApiCollection.Name)]
public sealed class EvidenceTraceabilityTests(PostsGraphApp app)
{
    [Fact]
    public async Task EveryQuoteIsTheNoticeTextAtItsOffsets()
    {
        var data = await app.QueryAsync("""
            fragment evidence on Evidence { kind quote start end sourceUrl note }
            { posts { nodes { key sourceNotice { fileName text }
                      evidence { field kind quote start end sourceUrl note }
                      salaryComponents { evidence { ...evidence } }
                      duties { evidence { ...evidence } } education { evidence { ...evidence } }
                      experience { evidence { ...evidence } } languages { evidence { ...evidence } }
                      certifications { evidence { ...evidence } } competencies { evidence { ...evidence } }
                      conditions { evidence { ...evidence } } } } }
            """);

        var checkedQuotes = 0;
        foreach (var post in data.GetProperty("posts").GetProperty("nodes").EnumerateArray())
        {
            var notice = post.GetProperty("sourceNotice");
            var text = notice.GetProperty("text").GetString()!;
            Assert.Equal(await File.ReadAllTextAsync(RepoPaths.Notice(notice.GetProperty("fileName").GetString()!)), text);

            string[] facts = ["salaryComponents", "duties", "education", "experience", "languages", "certifications", "competencies", "conditions"];
            var evidence = post.GetProperty("evidence").EnumerateArray()
                .Concat(facts.SelectMany(list => post.GetProperty(list).EnumerateArray().Select(f => f.GetProperty("evidence"))));
            foreach (var item in evidence)
            {
                if (item.GetProperty("kind").GetString() == "EXTERNAL_SOURCE")
                {
                    Assert.StartsWith("https://", item.GetProperty("sourceUrl").GetString());
                    Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("note").GetString()));
                    Assert.Equal(JsonValueKind.Null, item.GetProperty("quote").ValueKind);
                    continue;
                }

                var start = item.GetProperty("start").GetInt32();
                var end = item.GetProperty("end").GetInt32();
                Assert.Equal(
                    QuoteLocator.Normalise(item.GetProperty("quote").GetString()!),
                    QuoteLocator.Normalise(text[start..end]));
                checkedQuotes++;
            }
        }

        // The five notices give more than 250 duties, requirements and conditions, each quoted.
        Assert.True(checkedQuotes >= 250, $"only {checkedQuotes} quotes were checked");
    }
}
