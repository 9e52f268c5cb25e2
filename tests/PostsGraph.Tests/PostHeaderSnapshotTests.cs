using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace PostsGraph.Tests;

// Each post's header facts, pay and evidence as a client receives them over HTTP. Every snapshot was
// read against its notice before it was committed.
[Collection(ApiCollection.Name)]
public sealed class PostHeaderSnapshotTests(PostsGraphApp app)
{
    [Theory]
    [MemberData(nameof(CuratedPosts.Keys), MemberType = typeof(CuratedPosts))]
    public async Task ServesThePostsHeaderFactsWithTheirEvidence(string key)
    {
        var id = PostsGraphApp.PostId(key);
        var data = await app.QueryAsync("""
            query Header($id: ID!) {
              post(id: $id) {
                key title vacancyNumber positionNumber
                organisation { acronym name kind }
                unit { path { name acronym kind } }
                grade { code category level }
                dutyStation { city countryCode }
                appointmentType durationMonths postedOn deadline reportsTo
                salaryComponents { kind amount currencyCode period qualifier label evidence { quote start end } }
                annualNetPay { amount currency basis qualifier explanation }
                noPayReason postAdjustmentRate
                evidence { field kind quote start end sourceUrl note }
                sourceNotice { fileName sha256 }
              }
            }
            """, new { id });

        Snapshot.Match(JToken.Parse(data.GetRawText()), SnapshotNameExtension.Create(key));
    }
}
