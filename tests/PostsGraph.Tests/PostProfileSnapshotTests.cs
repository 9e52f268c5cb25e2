using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace PostsGraph.Tests;

// Each post's full profile (duties, requirements, conditions and the derived figures) with its
// evidence, as a client receives it over HTTP. Every snapshot was read against its notice before it
// was committed.
[Collection(ApiCollection.Name)]
public sealed class PostProfileSnapshotTests(PostsGraphApp app)
{
    [Theory]
    [MemberData(nameof(CuratedPosts.Keys), MemberType = typeof(CuratedPosts))]
    public async Task ServesThePostsDutiesRequirementsAndConditionsWithTheirEvidence(string key)
    {
        var data = await app.QueryAsync("""
            fragment evidence on Evidence { quote start end note }
            query Profile($id: ID!) {
              post(id: $id) {
                key minYearsExperience topEducationLevel
                duties { order heading text themes evidence { ...evidence } }
                education { order necessity level fields inLieuOf additionalYears replacesYearsOfExperience substitution text evidence { ...evidence } }
                experience { order necessity minYears withEducation area scopes text evidence { ...evidence } }
                languages { order necessity anyOf level text evidence { ...evidence } }
                certifications { order necessity name issuer text evidence { ...evidence } }
                competencies { order necessity framework name text evidence { ...evidence } }
                conditions { order kind months years text evidence { ...evidence } }
              }
            }
            """, new { id = PostsGraphApp.PostId(key) });

        Snapshot.Match(JToken.Parse(data.GetRawText()), SnapshotNameExtension.Create(key));
    }
}
