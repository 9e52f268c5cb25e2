namespace PostsGraph.Tests;

// The questions docs/querying.md answers with `where` and `order`, with the answers a reader of the
// notices gives.
[Collection(ApiCollection.Name)]
public sealed class AnalystQuestionTests(PostsGraphApp app)
{
    [Theory]
    // ILO ("Grade: P5", "Location: Geneva") and ITU ("Grade: P5", "Duty station: Geneva").
    [InlineData("""where: { grade: { code: { eq: "P-5" } }, dutyStation: { city: { eq: "Geneva" } } }""", "ilo-rbc-p-intserv-2025-27 itu-2207")]
    // Only ILO requires French itself ("a working knowledge of French"); ICC accepts English or French.
    [InlineData("""where: { languages: { some: { necessity: { eq: REQUIRED }, anyOf: { all: { eq: "fr" } } } } }""", "ilo-rbc-p-intserv-2025-27")]
    // ITU 184,194 USD a year, ICC 109,036 EUR, OPCW 7,382 x 12 = 88,584 USD; ILO and UNDSS state none (by key).
    [InlineData("""order: [{ annualNetPay: { amount: DESC } }]""", "itu-2207 icc-24313 opcw-sco-2025 ilo-rbc-p-intserv-2025-27 undss-pco-2023")]
    // Within US dollars: ITU, then OPCW.
    [InlineData("""where: { annualNetPay: { currency: { eq: "USD" } } }, order: [{ annualNetPay: { amount: DESC } }]""", "itu-2207 opcw-sco-2025")]
    // ILO and ITU ask for ten years, ICC seven, OPCW and UNDSS five; ties by grade, then key.
    [InlineData("""order: [{ minYearsExperience: DESC }, { grade: { level: DESC } }]""", "ilo-rbc-p-intserv-2025-27 itu-2207 icc-24313 opcw-sco-2025 undss-pco-2023")]
    // Pay within a grade: the P-5s by pay, ITU (stated) before ILO (none).
    [InlineData("""where: { grade: { code: { eq: "P-5" } } }, order: [{ annualNetPay: { amount: DESC } }]""", "itu-2207 ilo-rbc-p-intserv-2025-27")]
    // Probation: OPCW "six-month probationary period", ILO "on probation for the first two years".
    [InlineData("""where: { conditions: { some: { kind: { eq: PROBATION } } } }""", "ilo-rbc-p-intserv-2025-27 opcw-sco-2025")]
    public async Task AnswersTheReadmesQuestions(string arguments, string expected)
    {
        var data = await app.QueryAsync($"{{ posts({arguments}) {{ nodes {{ key }} }} }}");

        Assert.Equal(expected.Split(' '), data.GetProperty("posts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));
    }
}
