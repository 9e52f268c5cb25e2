using System.Text.Json;

namespace PostsGraph.Tests;

// Values derived from a post's facts, which an analyst would otherwise count by hand.
[Collection(ApiCollection.Name)]
public sealed class DerivedValueTests(PostsGraphApp app)
{
    [Fact]
    public async Task CountsTheDutiesANoticeLists()
    {
        // ITU's notice lists eight bullets under "DUTIES AND RESPONSIBILITIES", the last "Carry out
        // any other duties as assigned".
        var data = await app.QueryAsync("""
            { itu: posts(where: { key: { eq: "itu-2207" } }) { nodes { dutyCount } }
              all: posts(order: [{ dutyCount: DESC }, { key: ASC }]) { nodes { key dutyCount duties { text } } }
              few: posts(where: { dutyCount: { lte: 8 } }) { nodes { key } } }
            """);

        Assert.Equal(8, data.GetProperty("itu").GetProperty("nodes")[0].GetProperty("dutyCount").GetInt32());
        var all = data.GetProperty("all").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(all, p => Assert.Equal(p.GetProperty("duties").GetArrayLength(), p.GetProperty("dutyCount").GetInt32()));
        Assert.Equal(all.Select(p => p.GetProperty("dutyCount").GetInt32()).OrderDescending(), all.Select(p => p.GetProperty("dutyCount").GetInt32()));
        Assert.Equal(["itu-2207"], data.GetProperty("few").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task FiltersPostsByWhereTheirFactsComeFrom()
    {
        // The notices leave some facts to public listings: ICC's grade, OPCW's duty station, and
        // UNDSS's grade, duty station, job opening number and dates. Everything else is quoted.
        var data = await app.QueryAsync("""
            { external: posts(where: { evidence: { some: { kind: { eq: EXTERNAL_SOURCE } } } }) { nodes { key } }
              grade: posts(where: { evidence: { some: { field: { eq: "grade" }, kind: { eq: EXTERNAL_SOURCE } } } }) { nodes { key } }
              quoted: posts(where: { evidence: { all: { kind: { eq: NOTICE_QUOTE } } } }) { nodes { key } } }
            """);

        string[] Keys(string name) => [.. data.GetProperty(name).GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()!)];
        Assert.Equal(["icc-24313", "opcw-sco-2025", "undss-pco-2023"], Keys("external"));
        Assert.Equal(["icc-24313", "undss-pco-2023"], Keys("grade"));
        Assert.Equal(["ilo-rbc-p-intserv-2025-27", "itu-2207"], Keys("quoted"));
    }

    [Fact]
    public async Task SaysHowFirmThePayFiguresOfEachCurrencyAre()
    {
        // ICC: "Minimum Net Annual Salary" (MINIMUM); ITU: pay "from" its net base salary (FROM);
        // OPCW: "Total Estimated monthly remuneration" (ESTIMATE). ILO and UNDSS state none.
        var data = await app.QueryAsync("{ postStatistics { annualNetPay { currency count qualifiers { qualifier count } } } }");

        var lines = data.GetProperty("postStatistics")[0].GetProperty("annualNetPay").EnumerateArray().Select(p =>
            $"{p.GetProperty("currency").GetString()} {p.GetProperty("count").GetInt32()}: "
            + string.Join(", ", p.GetProperty("qualifiers").EnumerateArray().Select(q => $"{q.GetProperty("qualifier").GetString()} {q.GetProperty("count").GetInt32()}")));
        Assert.Equal(["EUR 1: MINIMUM 1", "USD 2: ESTIMATE 1, FROM 1"], lines);
    }

    [Fact]
    public async Task SaysWhomRecruitmentIsOpenTo()
    {
        // ILO's notice: "The following are eligible to apply: - ILO Internal candidates … - External
        // candidates."; ITU's: "Recruitment open to: External". The other three do not say.
        var data = await app.QueryAsync("""
            { posts { nodes { key recruitmentOpenTo evidence(field: "recruitmentOpenTo") { quote } } }
              internal: posts(where: { recruitmentOpenTo: { some: { eq: INTERNAL_CANDIDATES } } }) { nodes { key } } }
            """);

        var posts = data.GetProperty("posts").GetProperty("nodes").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!);
        Assert.Equal(["INTERNAL_CANDIDATES", "EXTERNAL_CANDIDATES"], posts["ilo-rbc-p-intserv-2025-27"].GetProperty("recruitmentOpenTo").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["EXTERNAL_CANDIDATES"], posts["itu-2207"].GetProperty("recruitmentOpenTo").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Recruitment open to: External", posts["itu-2207"].GetProperty("evidence")[0].GetProperty("quote").GetString());
        Assert.Equal(0, posts["opcw-sco-2025"].GetProperty("recruitmentOpenTo").GetArrayLength());
        Assert.Equal(["ilo-rbc-p-intserv-2025-27"], data.GetProperty("internal").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
    }
}
