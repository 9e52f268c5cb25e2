using System.Text;
using System.Text.Json;

namespace PostsGraph.Tests;

// Every filter operator of the `where` inputs (HotChocolate.Data conventions), over the five posts.
// Expected keys come from reading seed/posts/*.json, seed/reference/*.json and the notices:
//
//   post                        org    grade  duty station  appointment  months  postedOn    deadline    annual net pay   minYears
//   icc-24313                   ICC    P-4    The Hague NL  SHORT_TERM   null    2026-01-30  2026-02-13  109036 EUR       7
//   ilo-rbc-p-intserv-2025-27   ILO    P-5    Geneva CH     FIXED_TERM   24      2025-07-18  2025-08-18  none             10
//   itu-2207                    ITU    P-5    Geneva CH     FIXED_TERM   24      none        2026-01-26  184194 USD       10
//   opcw-sco-2025               OPCW   P-3    The Hague NL  FIXED_TERM   24      none        2025-08-03  88584 USD        5
//   undss-pco-2023              UNDSS  P-3    New York US   none         12      2023-10-26  2023-12-09  none             5
//
// Semantics under test, as HotChocolate has them: a missing value never matches a positive test
// (eq, contains, gt, in ...) and so always matches its negation (neq, ncontains, ngt, nin ...), as
// in C#; `eq: null` is IS NULL and `neq: null` IS NOT NULL; a filter on a related object never
// matches a post without that object; string operations are case-sensitive.
//
// BooleanOperationFilterInput is tested through EducationRequirement.substitution.
[Collection(ApiCollection.Name)]
public sealed class FilterOperatorTests(PostsGraphApp app)
{
    private const string Icc = "icc-24313";
    private const string Ilo = "ilo-rbc-p-intserv-2025-27";
    private const string Itu = "itu-2207";
    private const string Opcw = "opcw-sco-2025";
    private const string Undss = "undss-pco-2023";

    // ---------------------------------------------------------------- StringOperationFilterInput

    [Theory]
    // Titles: ICC "Security Coordination Officer (Protective Services)", ILO "Head, Security Unit",
    // ITU "Head, Safety, Security and Resilience Division", OPCW "Security Coordination Officer",
    // UNDSS "Protection Coordination Officer".
    // eq is the whole title: ICC's title only begins with OPCW's.
    [InlineData("""{ title: { eq: "Security Coordination Officer" } }""", new[] { Opcw })]
    [InlineData("""{ title: { neq: "Security Coordination Officer" } }""", new[] { Icc, Ilo, Itu, Undss })]
    [InlineData("""{ title: { contains: "Coordination" } }""", new[] { Icc, Opcw, Undss })]
    [InlineData("""{ title: { ncontains: "Coordination" } }""", new[] { Ilo, Itu })]
    [InlineData("""{ title: { in: ["Head, Security Unit", "Security Coordination Officer", "Head of Security"] } }""", new[] { Ilo, Opcw })]
    [InlineData("""{ title: { nin: ["Head, Security Unit", "Security Coordination Officer"] } }""", new[] { Icc, Itu, Undss })]
    [InlineData("""{ title: { startsWith: "Head" } }""", new[] { Ilo, Itu })]
    [InlineData("""{ title: { nstartsWith: "Head" } }""", new[] { Icc, Opcw, Undss })]
    // ICC's title ends with "(Protective Services)", not "Officer".
    [InlineData("""{ title: { endsWith: "Officer" } }""", new[] { Opcw, Undss })]
    [InlineData("""{ title: { nendsWith: "Officer" } }""", new[] { Icc, Ilo, Itu })]
    // "Security" and "Officer": ILO and ITU have no "Officer", UNDSS no "Security".
    [InlineData("""{ title: { and: [{ contains: "Security" }, { contains: "Officer" }] } }""", new[] { Icc, Opcw })]
    [InlineData("""{ title: { or: [{ startsWith: "Head" }, { endsWith: "Officer" }] } }""", new[] { Ilo, Itu, Opcw, Undss })]
    // Operations side by side in one input are AND-ed.
    [InlineData("""{ title: { startsWith: "Head", ncontains: "Unit" } }""", new[] { Itu })]
    public async Task StringOperationsCompareTitles(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    [Theory]
    [InlineData("""{ title: { eq: "head, security unit" } }""")]
    [InlineData("""{ title: { in: ["head, security unit", "SECURITY COORDINATION OFFICER"] } }""")]
    [InlineData("""{ title: { contains: "coordination" } }""")]
    [InlineData("""{ title: { startsWith: "head" } }""")]
    [InlineData("""{ title: { endsWith: "officer" } }""")]
    [InlineData("""{ organisation: { acronym: { eq: "itu" } } }""")]
    [InlineData("""{ dutyStation: { key: { startsWith: "GENEVA" } } }""")]
    public async Task StringOperationsAreCaseSensitive(string where) =>
        AssertKeys([], await KeysAsync(where));

    [Theory]
    // The negations of case-sensitive tests match every post.
    [InlineData("""{ title: { ncontains: "coordination" } }""")]
    [InlineData("""{ title: { nstartsWith: "head" } }""")]
    [InlineData("""{ title: { nendsWith: "officer" } }""")]
    [InlineData("""{ title: { neq: "head, security unit" } }""")]
    public async Task NegatedStringOperationsAreCaseSensitiveToo(string where) =>
        AssertKeys([Icc, Ilo, Itu, Opcw, Undss], await KeysAsync(where));

    [Theory]
    // Vacancy numbers: ICC "24313", ILO "RBC/P/INTSERV/2025/27", ITU "2207", UNDSS
    // "23-Security-DSS-219689-R-New York (G)" (from the public listing); the OPCW notice gives none.
    [InlineData("""{ vacancyNumber: { eq: null } }""", new[] { Opcw })]
    [InlineData("""{ vacancyNumber: { neq: null } }""", new[] { Icc, Ilo, Itu, Undss })]
    // Only ITU's notice gives a position number (IS06/P5/407).
    [InlineData("""{ positionNumber: { eq: null } }""", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("""{ positionNumber: { neq: null } }""", new[] { Itu })]
    [InlineData("""{ positionNumber: { eq: "IS06/P5/407" } }""", new[] { Itu })]
    // A missing vacancy number is not "2207".
    [InlineData("""{ vacancyNumber: { neq: "2207" } }""", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("""{ vacancyNumber: { contains: "/" } }""", new[] { Ilo })]
    [InlineData("""{ vacancyNumber: { ncontains: "/" } }""", new[] { Icc, Itu, Opcw, Undss })]
    // 24313, 2207 and 23-... start with "2"; RBC/... does not, and a missing number starts with nothing.
    [InlineData("""{ vacancyNumber: { startsWith: "2" } }""", new[] { Icc, Itu, Undss })]
    [InlineData("""{ vacancyNumber: { nstartsWith: "2" } }""", new[] { Ilo, Opcw })]
    [InlineData("""{ vacancyNumber: { endsWith: "(G)" } }""", new[] { Undss })]
    [InlineData("""{ vacancyNumber: { nendsWith: "(G)" } }""", new[] { Icc, Ilo, Itu, Opcw })]
    // `in` takes nullable items: null in the list matches the post without a number.
    [InlineData("""{ vacancyNumber: { in: ["2207", null] } }""", new[] { Itu, Opcw })]
    [InlineData("""{ vacancyNumber: { in: ["2207"] } }""", new[] { Itu })]
    [InlineData("""{ vacancyNumber: { nin: ["2207"] } }""", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("""{ vacancyNumber: { nin: ["2207", null] } }""", new[] { Icc, Ilo, Undss })]
    // ICC's notice names no supervisor for the post.
    [InlineData("""{ reportsTo: { eq: null } }""", new[] { Icc })]
    [InlineData("""{ reportsTo: { startsWith: "Chief" } }""", new[] { Ilo, Itu, Undss })]
    [InlineData("""{ reportsTo: { nstartsWith: "Chief" } }""", new[] { Icc, Opcw })]
    // and/or over a nullable string: "contains a digit 2 and not a slash" leaves out ILO and OPCW.
    [InlineData("""{ vacancyNumber: { and: [{ contains: "2" }, { ncontains: "/" }] } }""", new[] { Icc, Itu, Undss })]
    [InlineData("""{ vacancyNumber: { or: [{ eq: null }, { endsWith: "7" }] } }""", new[] { Ilo, Itu, Opcw })]
    public async Task StringOperationsOnANullableStringTreatAMissingValueAsNull(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    // ---------------------------------------------------------------- IntOperationFilterInput

    [Theory]
    // Years required with an advanced degree: ICC 7, ILO 10, ITU 10, OPCW 5, UNDSS 5.
    [InlineData("eq: 10", new[] { Ilo, Itu })]
    [InlineData("neq: 10", new[] { Icc, Opcw, Undss })]
    [InlineData("in: [5, 7]", new[] { Icc, Opcw, Undss })]
    [InlineData("nin: [5, 7]", new[] { Ilo, Itu })]
    [InlineData("gt: 7", new[] { Ilo, Itu })]
    [InlineData("ngt: 7", new[] { Icc, Opcw, Undss })]
    [InlineData("gte: 7", new[] { Icc, Ilo, Itu })]
    [InlineData("ngte: 7", new[] { Opcw, Undss })]
    [InlineData("lt: 7", new[] { Opcw, Undss })]
    [InlineData("nlt: 7", new[] { Icc, Ilo, Itu })]
    [InlineData("lte: 7", new[] { Icc, Opcw, Undss })]
    [InlineData("nlte: 7", new[] { Ilo, Itu })]
    [InlineData("gt: 5, lt: 10", new[] { Icc })]
    [InlineData("eq: null", new string[0])]
    [InlineData("neq: null", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    public async Task IntOperationsCompareYearsOfExperience(string operation, string[] expected) =>
        AssertKeys(expected, await KeysAsync($"{{ minYearsExperience: {{ {operation} }} }}"));

    [Theory]
    // First appointment in months: ICC none ("Contract Duration: To be confirmed"), ILO 24
    // ("twenty-four month period"), ITU 24 ("2 years"), OPCW 24 ("two years"), UNDSS 12 ("one year").
    [InlineData("eq: null", new[] { Icc })]
    [InlineData("neq: null", new[] { Ilo, Itu, Opcw, Undss })]
    [InlineData("eq: 24", new[] { Ilo, Itu, Opcw })]
    [InlineData("neq: 24", new[] { Icc, Undss })]
    [InlineData("in: [12]", new[] { Undss })]
    [InlineData("in: [12, null]", new[] { Icc, Undss })]
    [InlineData("nin: [12]", new[] { Icc, Ilo, Itu, Opcw })]
    [InlineData("nin: [12, null]", new[] { Ilo, Itu, Opcw })]
    [InlineData("gt: 12", new[] { Ilo, Itu, Opcw })]
    [InlineData("ngt: 12", new[] { Icc, Undss })]
    [InlineData("gte: 24", new[] { Ilo, Itu, Opcw })]
    [InlineData("ngte: 24", new[] { Icc, Undss })]
    [InlineData("lt: 24", new[] { Undss })]
    [InlineData("nlt: 24", new[] { Icc, Ilo, Itu, Opcw })]
    [InlineData("lte: 12", new[] { Undss })]
    [InlineData("nlte: 12", new[] { Icc, Ilo, Itu, Opcw })]
    public async Task IntOperationsOnDurationTreatAMissingLengthAsNull(string operation, string[] expected) =>
        AssertKeys(expected, await KeysAsync($"{{ durationMonths: {{ {operation} }} }}"));

    // ---------------------------------------------------------------- DecimalOperationFilterInput

    [Theory]
    // Annual net pay: ICC 109,036 EUR (stated), ITU 101,540 + 82,654 = 184,194 USD, OPCW 7,382 x 12
    // = 88,584 USD. ILO and UNDSS state no pay, have no annualNetPay, and so never match a filter
    // on it, negations included.
    [InlineData("eq: 109036", new[] { Icc })]
    [InlineData("neq: 109036", new[] { Itu, Opcw })]
    [InlineData("in: [88584, 184194]", new[] { Itu, Opcw })]
    [InlineData("nin: [88584, 184194]", new[] { Icc })]
    [InlineData("gt: 100000", new[] { Icc, Itu })]
    [InlineData("ngt: 100000", new[] { Opcw })]
    [InlineData("gte: 109036", new[] { Icc, Itu })]
    [InlineData("ngte: 109036", new[] { Opcw })]
    [InlineData("lt: 109036", new[] { Opcw })]
    [InlineData("nlt: 109036", new[] { Icc, Itu })]
    [InlineData("lte: 109036", new[] { Icc, Opcw })]
    [InlineData("nlte: 109036", new[] { Itu })]
    [InlineData("gt: 88584.5, lt: 184193.99", new[] { Icc })]
    public async Task DecimalOperationsCompareAnnualNetPayAndNeverMatchAPostWithoutPay(string operation, string[] expected) =>
        AssertKeys(expected, await KeysAsync($"{{ annualNetPay: {{ amount: {{ {operation} }} }} }}"));

    [Theory]
    // Only ITU states both net base salary and post adjustment: 82,654 / 101,540 = 0.8140. The
    // rate is a nullable field of the post itself, so a missing rate matches the negations.
    [InlineData("eq: 0.8140", new[] { Itu })]
    [InlineData("eq: 0.814", new[] { Itu })]
    [InlineData("neq: 0.8140", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("eq: null", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("neq: null", new[] { Itu })]
    [InlineData("in: [0.5, 0.814]", new[] { Itu })]
    [InlineData("nin: [0.814]", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("gt: 0.8", new[] { Itu })]
    [InlineData("gt: 0.9", new string[0])]
    [InlineData("ngt: 0.8", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("gte: 0.814", new[] { Itu })]
    [InlineData("ngte: 0.814", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("lt: 0.9", new[] { Itu })]
    [InlineData("nlt: 0.9", new[] { Icc, Ilo, Opcw, Undss })]
    [InlineData("lte: 0.814", new[] { Itu })]
    [InlineData("nlte: 0.814", new[] { Icc, Ilo, Opcw, Undss })]
    public async Task DecimalOperationsComparePostAdjustmentRates(string operation, string[] expected) =>
        AssertKeys(expected, await KeysAsync($"{{ postAdjustmentRate: {{ {operation} }} }}"));

    // ----------------------------------------------------------- LocalDateOperationFilterInput

    [Theory]
    // Deadlines: ICC 2026-02-13, ILO 2025-08-18, ITU 2026-01-26, OPCW 2025-08-03 (03/08/2025 read
    // day/month), UNDSS 2023-12-09.
    [InlineData("""eq: "2025-08-03" """, new[] { Opcw })]
    [InlineData("""neq: "2025-08-03" """, new[] { Icc, Ilo, Itu, Undss })]
    [InlineData("""in: ["2025-08-03", "2025-08-18", "2025-12-31"]""", new[] { Ilo, Opcw })]
    [InlineData("""nin: ["2025-08-03", "2025-08-18"]""", new[] { Icc, Itu, Undss })]
    [InlineData("""gt: "2025-12-31" """, new[] { Icc, Itu })]
    [InlineData("""ngt: "2025-12-31" """, new[] { Ilo, Opcw, Undss })]
    [InlineData("""gte: "2026-01-26" """, new[] { Icc, Itu })]
    [InlineData("""ngte: "2026-01-26" """, new[] { Ilo, Opcw, Undss })]
    [InlineData("""lt: "2025-08-18" """, new[] { Opcw, Undss })]
    [InlineData("""nlt: "2025-08-18" """, new[] { Icc, Ilo, Itu })]
    [InlineData("""lte: "2025-08-18" """, new[] { Ilo, Opcw, Undss })]
    [InlineData("""nlte: "2025-08-18" """, new[] { Icc, Itu })]
    // The 2025 deadlines.
    [InlineData("""gte: "2025-01-01", lte: "2025-12-31" """, new[] { Ilo, Opcw })]
    public async Task DateOperationsCompareDeadlines(string operation, string[] expected) =>
        AssertKeys(expected, await KeysAsync($"{{ deadline: {{ {operation} }} }}"));

    [Theory]
    // Posting dates: ICC 2026-01-30, ILO 2025-07-18, UNDSS 2023-10-26 (public listing); the ITU
    // and OPCW notices print none.
    [InlineData("""eq: null""", new[] { Itu, Opcw })]
    [InlineData("""neq: null""", new[] { Icc, Ilo, Undss })]
    [InlineData("""eq: "2025-07-18" """, new[] { Ilo })]
    [InlineData("""neq: "2025-07-18" """, new[] { Icc, Itu, Opcw, Undss })]
    [InlineData("""in: ["2026-01-30", null]""", new[] { Icc, Itu, Opcw })]
    [InlineData("""nin: ["2026-01-30"]""", new[] { Ilo, Itu, Opcw, Undss })]
    [InlineData("""gte: "2025-01-01" """, new[] { Icc, Ilo })]
    [InlineData("""ngte: "2025-01-01" """, new[] { Itu, Opcw, Undss })]
    [InlineData("""lt: "2025-01-01" """, new[] { Undss })]
    [InlineData("""nlt: "2025-01-01" """, new[] { Icc, Ilo, Itu, Opcw })]
    [InlineData("""gt: "2025-07-18" """, new[] { Icc })]
    [InlineData("""ngt: "2025-07-18" """, new[] { Ilo, Itu, Opcw, Undss })]
    [InlineData("""lte: "2025-07-18" """, new[] { Ilo, Undss })]
    [InlineData("""nlte: "2025-07-18" """, new[] { Icc, Itu, Opcw })]
    public async Task DateOperationsOnPostingDatesTreatAMissingDateAsNull(string operation, string[] expected) =>
        AssertKeys(expected, await KeysAsync($"{{ postedOn: {{ {operation} }} }}"));

    [Fact]
    public async Task ADateOperationRejectsAValueThatIsNotACalendarDate()
    {
        var json = await app.QueryResponseAsync("""{ posts(where: { deadline: { gt: "31/12/2025" } }) { nodes { key } } }""");

        Assert.True(json.TryGetProperty("errors", out var errors), json.ToString());
        Assert.NotEqual(0, errors.GetArrayLength());
    }

    // ---------------------------------------------------------------- enum operations

    [Theory]
    // ICC "Short-Term Appointment"; ILO, ITU, OPCW fixed-term; the UNDSS notice states no type.
    [InlineData("eq: FIXED_TERM", new[] { Ilo, Itu, Opcw })]
    [InlineData("neq: FIXED_TERM", new[] { Icc, Undss })]
    [InlineData("in: [SHORT_TERM, TEMPORARY]", new[] { Icc })]
    [InlineData("in: [FIXED_TERM, SHORT_TERM]", new[] { Icc, Ilo, Itu, Opcw })]
    [InlineData("nin: [FIXED_TERM]", new[] { Icc, Undss })]
    [InlineData("nin: [FIXED_TERM, SHORT_TERM]", new[] { Undss })]
    [InlineData("eq: null", new[] { Undss })]
    [InlineData("neq: null", new[] { Icc, Ilo, Itu, Opcw })]
    [InlineData("eq: PERMANENT", new string[0])]
    public async Task EnumOperationsMatchAppointmentTypes(string operation, string[] expected) =>
        AssertKeys(expected, await KeysAsync($"{{ appointmentType: {{ {operation} }} }}"));

    [Theory]
    // Every notice asks for an advanced university degree.
    [InlineData("{ topEducationLevel: { eq: ADVANCED_DEGREE } }", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    [InlineData("{ topEducationLevel: { neq: ADVANCED_DEGREE } }", new string[0])]
    [InlineData("{ topEducationLevel: { nin: [DOCTORATE, FIRST_DEGREE] } }", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    // Pay bases: ICC STATED, ITU SUM_OF_COMPONENTS, OPCW ANNUALISED; the posts without pay never match.
    [InlineData("{ annualNetPay: { basis: { eq: ANNUALISED } } }", new[] { Opcw })]
    [InlineData("{ annualNetPay: { basis: { neq: ANNUALISED } } }", new[] { Icc, Itu })]
    [InlineData("{ annualNetPay: { qualifier: { in: [MINIMUM, FROM] } } }", new[] { Icc, Itu })]
    [InlineData("{ annualNetPay: { qualifier: { nin: [MINIMUM, FROM] } } }", new[] { Opcw })]
    public async Task EnumOperationsMatchOtherEnumFields(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    [Fact]
    public async Task AnUnknownEnumValueIsAValidationError()
    {
        var json = await app.QueryResponseAsync("{ posts(where: { appointmentType: { eq: FIXED } }) { nodes { key } } }");

        Assert.True(json.TryGetProperty("errors", out var errors), json.ToString());
        Assert.Contains("FIXED", errors[0].GetProperty("message").GetString());
    }

    // ---------------------------------------------------------------- BooleanOperationFilterInput

    [Theory]
    // Only ITU accepts a doctorate, and only as a substitute ("for three years of working experience").
    [InlineData("{ education: { some: { substitution: { eq: true }, level: { eq: DOCTORATE } } } }", new[] { Itu })]
    // Every post's advanced degree is its own requirement, not a substitution.
    [InlineData("{ education: { some: { substitution: { neq: true }, level: { eq: ADVANCED_DEGREE } } } }", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    // Every notice accepts some alternative to the advanced degree, so none has only requirements.
    [InlineData("{ education: { all: { substitution: { eq: false } } } }", new string[0])]
    // OPCW alone accepts specialised training, in lieu of the first-level degree.
    [InlineData("{ education: { some: { substitution: { eq: true }, inLieuOf: { eq: FIRST_DEGREE } } } }", new[] { Opcw })]
    public async Task BooleanOperationsMatchSubstitutions(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    // ---------------------------------------------------------------- IdOperationFilterInput

    [Fact]
    public async Task IdOperationsMatchPostsByGlobalId()
    {
        const string query = """
            query($one: ID, $some: [ID!]) {
              eq: posts(where: { id: { eq: $one } }) { nodes { key } }
              neq: posts(where: { id: { neq: $one } }) { nodes { key } }
              in: posts(where: { id: { in: $some } }) { nodes { key } }
              nin: posts(where: { id: { nin: $some } }) { nodes { key } }
            }
            """;
        var data = await app.QueryAsync(query, new { one = PostsGraphApp.PostId(Itu), some = new[] { PostsGraphApp.PostId(Icc), PostsGraphApp.PostId(Opcw) } });

        AssertKeys([Itu], Keys(data.GetProperty("eq")));
        AssertKeys([Icc, Ilo, Opcw, Undss], Keys(data.GetProperty("neq")));
        AssertKeys([Icc, Opcw], Keys(data.GetProperty("in")));
        AssertKeys([Ilo, Itu, Undss], Keys(data.GetProperty("nin")));
    }

    [Fact]
    public async Task ANullItemOfAnIdListMatchesNoPost()
    {
        // `in`/`nin` of IdOperationFilterInput take nullable items, as in HotChocolate 15 ([ID]); every
        // post has an ID, so a null item adds nothing to `in` and takes nothing from `nin`.
        var data = await app.QueryAsync($$"""
            { in: posts(where: { id: { in: [null, "{{PostsGraphApp.PostId(Itu)}}"] } }) { nodes { key } }
              nin: posts(where: { id: { nin: [null, "{{PostsGraphApp.PostId(Itu)}}"] } }) { nodes { key } } }
            """);

        AssertKeys([Itu], Keys(data.GetProperty("in")));
        AssertKeys([Icc, Ilo, Opcw, Undss], Keys(data.GetProperty("nin")));
    }

    [Fact]
    public async Task AnIdOfAPostThatDoesNotExistMatchesNothing()
    {
        // Base64 of "Post:wfp-0001": a well-formed Post ID, no such post.
        AssertKeys([], await KeysAsync($$"""{ id: { eq: "{{Id("Post", "wfp-0001")}}" } }"""));
    }

    [Fact]
    public async Task IdOperationsOnRelatedObjectsTakeTheirGlobalIds()
    {
        // Grades are identified by code, organisations by acronym, duty stations by key.
        AssertKeys([Ilo, Itu], await KeysAsync($$"""{ grade: { id: { eq: "{{Id("Grade", "P-5")}}" } } }"""));
        AssertKeys([Icc, Opcw], await KeysAsync($$"""{ organisation: { id: { in: ["{{Id("Organisation", "ICC")}}", "{{Id("Organisation", "OPCW")}}"] } } }"""));
        AssertKeys([Icc, Ilo, Itu, Opcw], await KeysAsync($$"""{ dutyStation: { id: { neq: "{{Id("DutyStation", "new-york")}}" } } }"""));
    }

    [Theory]
    // Not Base64.
    [InlineData("eq", "not-an-id")]
    // Base64 of "Post": no type separator.
    [InlineData("eq", "UG9zdA==")]
    // Base64 of "Grade:P-4": an ID of another type.
    [InlineData("eq", "R3JhZGU6UC00")]
    [InlineData("neq", "not-an-id")]
    public async Task AMalformedIdInAFilterIsAnInvalidIdError(string operation, string id)
    {
        var json = await app.QueryResponseAsync($$"""{ posts(where: { id: { {{operation}}: "{{id}}" } }) { nodes { key } } }""");

        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(id, error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("posts").ValueKind);
    }

    [Fact]
    public async Task OneMalformedIdInAnInListIsAnInvalidIdError()
    {
        var json = await app.QueryResponseAsync($$"""{ posts(where: { id: { in: ["{{PostsGraphApp.PostId(Itu)}}", "not-an-id"] } }) { nodes { key } } }""");

        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("not-an-id", error.GetProperty("message").GetString());
    }

    // ---------------------------------------------------------------- nested objects

    [Theory]
    [InlineData("""{ organisation: { acronym: { in: ["ICC", "OPCW"] } } }""", new[] { Icc, Opcw })]
    // ILO and ITU are specialised agencies; ICC is classed OTHER_INTERNATIONAL_ORGANISATION,
    // OPCW RELATED_ORGANISATION, UNDSS UN_SECRETARIAT (seed/reference/organisations.json).
    [InlineData("{ organisation: { kind: { eq: SPECIALISED_AGENCY } } }", new[] { Ilo, Itu })]
    [InlineData("{ organisation: { kind: { nin: [SPECIALISED_AGENCY, UN_SECRETARIAT] } } }", new[] { Icc, Opcw })]
    // Two levels down: ILO and ITU have their headquarters in Geneva.
    [InlineData("""{ organisation: { headquarters: { city: { eq: "Geneva" } } } }""", new[] { Ilo, Itu })]
    // All five grades are in the Professional category.
    [InlineData("{ grade: { category: { eq: PROFESSIONAL } } }", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    [InlineData("{ grade: { category: { neq: PROFESSIONAL } } }", new string[0])]
    [InlineData("""{ grade: { code: { neq: "P-5" } } }""", new[] { Icc, Opcw, Undss })]
    [InlineData("{ grade: { level: { gte: 4 } } }", new[] { Icc, Ilo, Itu })]
    // P-3's usual title is "Second Officer" (seed/reference/grades.json).
    [InlineData("""{ grade: { title: { eq: "Second Officer" } } }""", new[] { Opcw, Undss })]
    [InlineData("""{ dutyStation: { country: { code: { eq: "CH" } } } }""", new[] { Ilo, Itu })]
    [InlineData("""{ dutyStation: { country: { code: { eq: "NL" } } } }""", new[] { Icc, Opcw })]
    [InlineData("""{ dutyStation: { country: { name: { eq: "United States" } } } }""", new[] { Undss })]
    [InlineData("""{ dutyStation: { countryCode: { in: ["US", "NL"] } } }""", new[] { Icc, Opcw, Undss })]
    [InlineData("""{ dutyStation: { key: { nin: ["geneva"] } } }""", new[] { Icc, Opcw, Undss })]
    // The post's own unit: ICC Security and Safety Section (SSS), ILO Security Unit (SECURITY),
    // ITU Safety, Security and Resilience Division (SSRD), OPCW Operations Security Branch (no
    // acronym), UNDSS Protection Coordination Unit (PCU).
    [InlineData("{ unit: { kind: { in: [UNIT] } } }", new[] { Ilo, Undss })]
    [InlineData("{ unit: { kind: { eq: BRANCH } } }", new[] { Opcw })]
    [InlineData("{ unit: { depth: { eq: 1 } } }", new[] { Ilo, Undss })]
    [InlineData("{ unit: { acronym: { eq: null } } }", new[] { Opcw })]
    [InlineData("{ unit: { acronym: { neq: null } } }", new[] { Icc, Ilo, Itu, Undss })]
    // A nested neq on a nullable value: OPCW's unit exists and has no acronym, so it is not "SSS".
    [InlineData("""{ unit: { acronym: { neq: "SSS" } } }""", new[] { Ilo, Itu, Opcw, Undss })]
    [InlineData("""{ unit: { acronym: { ncontains: "S" } } }""", new[] { Opcw, Undss })]
    // Up the unit tree: OPCW's branch sits in the Office of Confidentiality and Security (OCS),
    // ICC's section in DMS, in the Registry.
    [InlineData("""{ unit: { parent: { acronym: { eq: "OCS" } } } }""", new[] { Opcw })]
    [InlineData("""{ unit: { parent: { parent: { name: { eq: "Registry" } } } } }""", new[] { Icc })]
    // ILO's and UNDSS's units are one level deep: their parents have no parent, so a filter on
    // it matches neither, not even a negation.
    [InlineData("""{ unit: { parent: { parent: { name: { neq: "Registry" } } } } }""", new[] { Itu, Opcw })]
    [InlineData("""{ unit: { organisation: { acronym: { eq: "UNDSS" } } } }""", new[] { Undss })]
    [InlineData("""{ sourceNotice: { fileName: { eq: "004_c5a4883d09076030.txt" } } }""", new[] { Itu })]
    public async Task NestedObjectFiltersMatchThroughTheRelation(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    [Theory]
    // ILO and UNDSS have no annualNetPay: a filter on it never matches them, whatever the operation.
    [InlineData("""{ annualNetPay: { currency: { eq: "USD" } } }""", new[] { Itu, Opcw })]
    [InlineData("""{ annualNetPay: { currency: { neq: "EUR" } } }""", new[] { Itu, Opcw })]
    [InlineData("""{ annualNetPay: { currency: { nin: ["EUR"] } } }""", new[] { Itu, Opcw })]
    [InlineData("""{ annualNetPay: { explanation: { ncontains: "no such words" } } }""", new[] { Icc, Itu, Opcw })]
    [InlineData("""{ annualNetPay: { currency: { neq: null } } }""", new[] { Icc, Itu, Opcw })]
    public async Task AFilterOnAMissingRelatedObjectNeverMatches(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    // ---------------------------------------------------------------- lists

    [Theory]
    // Every notice has a training duty (ICC insider-risk awareness, ILO briefings, ITU compliance
    // and training, OPCW travel-security training, UNDSS close-protection training).
    [InlineData("{ duties: { some: { themes: { some: { eq: TRAINING } } } } }", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    [InlineData("{ duties: { none: { themes: { some: { eq: TRAINING } } } } }", new string[0])]
    // Protective operations: only ICC (Protective Services) and UNDSS (close protection).
    [InlineData("{ duties: { some: { themes: { some: { eq: PROTECTIVE_OPERATIONS } } } } }", new[] { Icc, Undss })]
    [InlineData("{ duties: { none: { themes: { some: { eq: PROTECTIVE_OPERATIONS } } } } }", new[] { Ilo, Itu, Opcw })]
    [InlineData("{ duties: { all: { themes: { none: { eq: PROTECTIVE_OPERATIONS } } } } }", new[] { Ilo, Itu, Opcw })]
    // ILO's duty on gender and diversity is the only one of its kind.
    [InlineData("{ duties: { some: { themes: { some: { eq: GENDER_AND_INCLUSION } } } } }", new[] { Ilo })]
    [InlineData("{ duties: { some: { themes: { some: { in: [GENDER_AND_INCLUSION, PHYSICAL_SECURITY] } } } } }", new[] { Ilo, Opcw })]
    // Every post has a liaison duty, but only ICC ("Engagement and Representation"), ITU and
    // UNDSS have a duty whose only theme is liaison.
    [InlineData("{ duties: { some: { themes: { some: { eq: LIAISON } } } } }", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    [InlineData("{ duties: { some: { themes: { all: { eq: LIAISON } } } } }", new[] { Icc, Itu, Undss })]
    // Every duty has at least one theme.
    [InlineData("{ duties: { all: { themes: { any: true } } } }", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    [InlineData("{ duties: { some: { themes: { any: false } } } }", new string[0])]
    // ICC's duties all have their own heading, UNDSS's the heading of their numbered group; the
    // ILO, ITU and OPCW duties have none.
    [InlineData("{ duties: { all: { heading: { neq: null } } } }", new[] { Icc, Undss })]
    [InlineData("{ duties: { all: { heading: { eq: null } } } }", new[] { Ilo, Itu, Opcw })]
    [InlineData("""{ duties: { some: { heading: { startsWith: "Insider Risk" } } } }""", new[] { Icc })]
    // UNDSS lists 32 duties, the most; order runs from 0.
    [InlineData("{ duties: { some: { order: { gte: 20 } } } }", new[] { Undss })]
    public async Task ListFiltersOnDutiesAndTheirThemes(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    [Theory]
    // ITU's notice asks for no certification.
    [InlineData("{ certifications: { any: false } }", new[] { Itu })]
    [InlineData("{ certifications: { any: true } }", new[] { Icc, Ilo, Opcw, Undss })]
    // UNDSS is named as issuer by ILO, OPCW and UNDSS; ICC's SCP names no issuer.
    [InlineData("""{ certifications: { some: { issuer: { eq: "UNDSS" } } } }""", new[] { Ilo, Opcw, Undss })]
    [InlineData("""{ certifications: { some: { name: { startsWith: "Security Certification Programme" } } } }""", new[] { Icc, Ilo, Opcw, Undss })]
    // ILO requires security risk management training; every other certification is an asset.
    [InlineData("{ certifications: { some: { necessity: { eq: REQUIRED } } } }", new[] { Ilo })]
    // `all` holds for an empty list: ITU, with no certification, has none that is required.
    [InlineData("{ certifications: { all: { necessity: { eq: DESIRABLE } } } }", new[] { Icc, Itu, Opcw, Undss })]
    // ILO and UNDSS state no pay figure.
    [InlineData("{ salaryComponents: { any: false } }", new[] { Ilo, Undss })]
    [InlineData("{ salaryComponents: { some: { kind: { eq: POST_ADJUSTMENT } } } }", new[] { Itu })]
    [InlineData("{ salaryComponents: { some: { period: { eq: MONTHLY } } } }", new[] { Opcw })]
    [InlineData("""{ salaryComponents: { some: { currencyCode: { eq: "EUR" }, amount: { gt: 100000 } } } }""", new[] { Icc })]
    // ITU's two figures are both "from"; the posts without figures satisfy `all` vacuously.
    [InlineData("{ salaryComponents: { all: { qualifier: { eq: FROM } } } }", new[] { Ilo, Itu, Undss })]
    [InlineData("{ salaryComponents: { all: { qualifier: { eq: FROM } }, any: true } }", new[] { Itu })]
    // Probation: ILO 24 months ("first two years"), OPCW 6 months; ICC's 12-month maximum duration.
    [InlineData("{ conditions: { some: { kind: { eq: PROBATION } } } }", new[] { Ilo, Opcw })]
    [InlineData("{ conditions: { some: { kind: { eq: PROBATION }, months: { gte: 12 } } } }", new[] { Ilo })]
    [InlineData("{ conditions: { some: { months: { gte: 12 } } } }", new[] { Icc, Ilo })]
    [InlineData("{ conditions: { some: { kind: { eq: AGE_OF_SEPARATION }, years: { eq: 65 } } } }", new[] { Opcw })]
    [InlineData("{ competencies: { some: { framework: { eq: LEADERSHIP } } } }", new[] { Icc })]
    [InlineData("{ education: { some: { level: { eq: DOCTORATE } } } }", new[] { Itu })]
    // OPCW alone accepts specialised training in lieu of a first degree.
    [InlineData("{ education: { some: { inLieuOf: { eq: FIRST_DEGREE } } } }", new[] { Opcw })]
    // Experience of 10 years or more: ILO and ITU 10, ITU 15 with a first degree, OPCW 11 with
    // specialised training; ICC's most is 9.
    [InlineData("{ experience: { some: { minYears: { gte: 10 } } } }", new[] { Ilo, Itu, Opcw })]
    public async Task ListFiltersOnObjectLists(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    [Theory]
    // Language requirements (anyOf): ICC [en fr] [en fr] [ar zh ru es]; ILO [en] [fr] [es];
    // ITU three times the six official languages; OPCW [en] [ar zh fr ru es]; UNDSS [en] [ar zh fr ru es].
    // French appears somewhere in every post's requirements.
    [InlineData("""{ languages: { some: { anyOf: { some: { eq: "fr" } } } } }""", new[] { Icc, Ilo, Itu, Opcw, Undss })]
    // Only ILO has a requirement that French alone meets ("a working knowledge of French").
    [InlineData("""{ languages: { some: { anyOf: { all: { eq: "fr" } } } } }""", new[] { Ilo })]
    [InlineData("""{ languages: { some: { necessity: { eq: REQUIRED }, anyOf: { some: { eq: "fr" } } } } }""", new[] { Icc, Ilo, Itu })]
    // Only ITU's requirements can all be met in English.
    [InlineData("""{ languages: { all: { anyOf: { some: { eq: "en" } } } } }""", new[] { Itu })]
    // Russian is offered by every post but ILO.
    [InlineData("""{ languages: { none: { anyOf: { some: { eq: "ru" } } } } }""", new[] { Ilo })]
    [InlineData("""{ languages: { some: { anyOf: { none: { in: ["en", "fr"] } } } } }""", new[] { Icc, Ilo })]
    [InlineData("""{ languages: { some: { anyOf: { any: false } } } }""", new string[0])]
    // Only ITU asks for no fluency: advanced, intermediate, knowledge.
    [InlineData("{ languages: { none: { level: { eq: FLUENT } } } }", new[] { Itu })]
    // Fields of study: "law" itself is named by ICC, ILO and OPCW; ITU names "law enforcement".
    [InlineData("""{ education: { some: { fields: { some: { eq: "law" } } } } }""", new[] { Icc, Ilo, Opcw })]
    [InlineData("""{ education: { some: { fields: { some: { contains: "law" } } } } }""", new[] { Icc, Ilo, Itu, Opcw })]
    // Experience scopes: close protection at ICC and UNDSS, military or police service at ICC.
    [InlineData("{ experience: { some: { scopes: { some: { eq: CLOSE_PROTECTION } } } } }", new[] { Icc, Undss })]
    [InlineData("{ experience: { some: { scopes: { some: { eq: MILITARY_OR_POLICE } } } } }", new[] { Icc })]
    // Every UNDSS experience requirement names where it was gained; each other post has one that does not.
    [InlineData("{ experience: { some: { scopes: { any: false } } } }", new[] { Icc, Ilo, Itu, Opcw })]
    [InlineData("{ experience: { all: { scopes: { any: true } } } }", new[] { Undss })]
    public async Task ListFiltersOnScalarLists(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    // ---------------------------------------------------------------- and / or

    [Theory]
    [InlineData("""{ or: [{ organisation: { acronym: { eq: "ICC" } } }, { minYearsExperience: { eq: 10 } }] }""", new[] { Icc, Ilo, Itu })]
    [InlineData("""{ and: [{ dutyStation: { key: { eq: "geneva" } } }, { annualNetPay: { currency: { eq: "USD" } } }] }""", new[] { Itu })]
    // Fields of one input are AND-ed, as with `and`.
    [InlineData("""{ dutyStation: { key: { eq: "the-hague" } }, grade: { code: { eq: "P-3" } } }""", new[] { Opcw })]
    // (P-3 or P-4: ICC, OPCW, UNDSS) and (paid in USD: ITU, OPCW; or no appointment type: UNDSS).
    [InlineData("""
        { and: [
            { or: [{ grade: { code: { eq: "P-3" } } }, { grade: { code: { eq: "P-4" } } }] },
            { or: [{ annualNetPay: { currency: { eq: "USD" } } }, { appointmentType: { eq: null } }] } ] }
        """, new[] { Opcw, Undss })]
    // and/or inside a nested object.
    [InlineData("""{ organisation: { or: [{ acronym: { eq: "ILO" } }, { kind: { eq: OTHER_INTERNATIONAL_ORGANISATION } }] } }""", new[] { Icc, Ilo })]
    [InlineData("{ grade: { and: [{ level: { gte: 3 } }, { level: { lte: 4 } }] } }", new[] { Icc, Opcw, Undss })]
    [InlineData("{ conditions: { some: { or: [{ kind: { eq: PROBATION } }, { kind: { eq: AGE_OF_SEPARATION } }] } } }", new[] { Ilo, Opcw })]
    // An `or` of filters on the missing annualNetPay still never matches ILO or UNDSS.
    [InlineData("""{ annualNetPay: { or: [{ currency: { eq: "EUR" } }, { amount: { ngt: 100000 } }] } }""", new[] { Icc, Opcw })]
    // A post-level `or` with a branch that does not need annualNetPay does match them.
    [InlineData("""{ or: [{ annualNetPay: { currency: { eq: "EUR" } } }, { noPayReason: { neq: null } }] }""", new[] { Icc, Ilo, Undss })]
    public async Task AndOrCombineFiltersAtTheTopAndInsideNestedObjects(string where, string[] expected) =>
        AssertKeys(expected, await KeysAsync(where));

    // ---------------------------------------------------------------- with order and paging

    [Theory]
    // ITU 184,194 > ICC 109,036 > OPCW 88,584, whatever the currencies; ILO and UNDSS have no
    // pay, come last whichever the direction, and are ordered by key between them.
    [InlineData("DESC", new[] { Itu, Icc, Opcw, Ilo, Undss })]
    [InlineData("ASC", new[] { Opcw, Icc, Itu, Ilo, Undss })]
    public async Task OrdersByAnnualNetPayWithPostsWithoutPayLast(string direction, string[] expected)
    {
        var data = await app.QueryAsync($$"""{ posts(order: [{ annualNetPay: { amount: {{direction}} } }]) { nodes { key } } }""");

        Assert.Equal(expected, Keys(data.GetProperty("posts")));
    }

    [Fact]
    public async Task FiltersAndOrdersTogether()
    {
        var data = await app.QueryAsync("""
            {
              usd: posts(where: { annualNetPay: { currency: { eq: "USD" } } }, order: [{ annualNetPay: { amount: DESC } }]) { nodes { key } }
              p5OrEur: posts(where: { or: [{ grade: { code: { eq: "P-5" } } }, { annualNetPay: { currency: { eq: "EUR" } } }] }, order: [{ deadline: ASC }]) { nodes { key } }
              posted: posts(where: { deadline: { gte: "2025-01-01" } }, order: [{ postedOn: DESC }]) { nodes { key } }
              byCity: posts(where: { dutyStation: { country: { code: { neq: "XX" } } } }, order: [{ dutyStation: { city: ASC } }, { deadline: DESC }]) { nodes { key } }
            }
            """);

        // USD: ITU 184,194, OPCW 88,584.
        Assert.Equal([Itu, Opcw], Keys(data.GetProperty("usd")));
        // ILO 2025-08-18, ITU 2026-01-26, ICC 2026-02-13.
        Assert.Equal([Ilo, Itu, Icc], Keys(data.GetProperty("p5OrEur")));
        // Deadlines from 2025 leave out UNDSS; posted ICC 2026-01-30, ILO 2025-07-18; ITU and OPCW
        // have no posting date and come last, by key.
        Assert.Equal([Icc, Ilo, Itu, Opcw], Keys(data.GetProperty("posted")));
        // Geneva (ITU 2026-01-26, ILO 2025-08-18), New York, The Hague (ICC 2026-02-13, OPCW 2025-08-03).
        Assert.Equal([Itu, Ilo, Undss, Icc, Opcw], Keys(data.GetProperty("byCity")));
    }

    [Fact]
    public async Task PagesThroughAFilteredAndOrderedResult()
    {
        const string query = """
            query($after: String) {
              posts(first: 2, after: $after, where: { dutyStation: { country: { code: { in: ["CH", "NL"] } } } }, order: [{ deadline: DESC }]) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                nodes { key }
              }
            }
            """;

        // Geneva and The Hague: ICC 2026-02-13, ITU 2026-01-26, ILO 2025-08-18, OPCW 2025-08-03.
        var first = (await app.QueryAsync(query, new { after = (string?)null })).GetProperty("posts");
        Assert.Equal([Icc, Itu], Keys(first));
        Assert.Equal(4, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await app.QueryAsync(query, new { after })).GetProperty("posts");
        Assert.Equal([Ilo, Opcw], Keys(second));
        Assert.Equal(4, second.GetProperty("totalCount").GetInt32());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task PagesThroughAFilteredResultInKeyOrderByDefault()
    {
        const string query = """
            query($after: String) {
              posts(first: 2, after: $after, where: { minYearsExperience: { gte: 7 } }) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { key }
              }
            }
            """;

        // Seven years or more: ICC 7, ILO 10, ITU 10.
        var first = (await app.QueryAsync(query, new { after = (string?)null })).GetProperty("posts");
        Assert.Equal([Icc, Ilo], Keys(first));
        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var second = (await app.QueryAsync(query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("posts");
        Assert.Equal([Itu], Keys(second));
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task CountsOnlyThePostsTheFilterMatches()
    {
        var data = await app.QueryAsync("""
            {
              none: posts(where: { appointmentType: { eq: PERMANENT } }) { totalCount nodes { key } pageInfo { hasNextPage endCursor } }
              two: posts(where: { durationMonths: { neq: 24 } }) { totalCount }
            }
            """);

        Assert.Equal(0, data.GetProperty("none").GetProperty("totalCount").GetInt32());
        Assert.Empty(Keys(data.GetProperty("none")));
        Assert.False(data.GetProperty("none").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("none").GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
        // ICC (no length) and UNDSS (12 months).
        Assert.Equal(2, data.GetProperty("two").GetProperty("totalCount").GetInt32());
    }

    // ---------------------------------------------------------------- the other root lists

    [Theory]
    // seed/reference/grades.json, in ladder order (category, then level).
    [InlineData("{ category: { eq: DIRECTOR } }", new[] { "D-1", "D-2" })]
    [InlineData("{ category: { in: [DIRECTOR, SENIOR_APPOINTMENT] } }", new[] { "D-1", "D-2", "ASG", "USG" })]
    [InlineData("{ category: { nin: [GENERAL_SERVICE, NATIONAL_PROFESSIONAL_OFFICER, FIELD_SERVICE] } }",
        new[] { "P-1", "P-2", "P-3", "P-4", "P-5", "D-1", "D-2", "ASG", "USG" })]
    // Levels run 1-7 in the G and FS ladders, so only ASG (8) and USG (9) are above 7.
    [InlineData("{ level: { gt: 7 } }", new[] { "ASG", "USG" })]
    [InlineData("""{ code: { startsWith: "NO-" }, level: { lte: 2 } }""", new[] { "NO-A", "NO-B" })]
    // Only the Professional, Director and senior grades have a usual title.
    [InlineData("{ title: { neq: null } }", new[] { "P-1", "P-2", "P-3", "P-4", "P-5", "D-1", "D-2", "ASG", "USG" })]
    [InlineData("""{ title: { endsWith: "Officer" } }""", new[] { "P-1", "P-2", "P-3", "P-4", "P-5", "D-1" })]
    [InlineData("""{ title: { contains: "Secretary-General" } }""", new[] { "ASG", "USG" })]
    [InlineData("""{ or: [{ code: { eq: "G-7" } }, { code: { eq: "FS-1" } }] }""", new[] { "G-7", "FS-1" })]
    public async Task FiltersTheGradeCatalogue(string where, string[] expected)
    {
        // Within the common system: the other systems' codes and levels follow other rules.
        var data = await app.QueryAsync($"{{ grades(where: {{ and: [{{ system: {{ eq: UN_COMMON_SYSTEM }} }}, {where}] }}) {{ code }} }}");

        Assert.Equal(expected, data.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task FiltersGradesByTitleNullAndById()
    {
        var data = await app.QueryAsync($$"""
            {
              untitled: grades(where: { title: { eq: null }, system: { eq: UN_COMMON_SYSTEM } }) { code }
              byId: grades(where: { id: { in: ["{{Id("Grade", "P-4")}}", "{{Id("Grade", "D-1")}}"] } }) { code }
              professional: grades(where: { category: { eq: PROFESSIONAL } }, order: [{ level: DESC }]) { code }
            }
            """);

        // G-1..G-7, NO-A..NO-E and FS-1..FS-7 have no single usual title.
        Assert.Equal(19, data.GetProperty("untitled").GetArrayLength());
        Assert.All(data.GetProperty("untitled").EnumerateArray(), g => Assert.Matches("^(G-|NO-|FS-)", g.GetProperty("code").GetString()));
        Assert.Equal(["P-4", "D-1"], Codes(data.GetProperty("byId")));
        Assert.Equal(["P-5", "P-4", "P-3", "P-2", "P-1"], Codes(data.GetProperty("professional")));

        static IEnumerable<string?> Codes(JsonElement grades) => grades.EnumerateArray().Select(g => g.GetProperty("code").GetString());
    }

    [Theory]
    // seed/reference/duty-stations.json, by key: Bern and Geneva are the Swiss stations, New York
    // and Washington the US ones, The Hague the only Dutch one.
    [InlineData("""{ country: { code: { eq: "CH" } } }""", new[] { "bern", "geneva" })]
    [InlineData("""{ country: { name: { eq: "Switzerland" } } }""", new[] { "bern", "geneva" })]
    [InlineData("""{ countryCode: { eq: "US" } }""", new[] { "new-york", "washington" })]
    [InlineData("""{ countryCode: { in: ["NL", "US"] } }""", new[] { "new-york", "the-hague", "washington" })]
    [InlineData("""{ city: { startsWith: "The " } }""", new[] { "the-hague" })]
    [InlineData("""{ country: { code: { eq: "CH" } }, key: { neq: "geneva" } }""", new[] { "bern" })]
    [InlineData("""{ country: { code: { eq: "ZZ" } } }""", new string[0])]
    public async Task FiltersDutyStations(string where, string[] expected)
    {
        var data = await app.QueryAsync($"{{ dutyStations(where: {where}) {{ key }} }}");

        Assert.Equal(expected, data.GetProperty("dutyStations").EnumerateArray().Select(d => d.GetProperty("key").GetString()));
    }

    [Theory]
    // seed/reference/organisations.json, by acronym.
    [InlineData("{ kind: { eq: RELATED_ORGANISATION } }", new[] { "CTBTO", "IAEA", "IOM", "OPCW", "WTO" })]
    [InlineData("""{ headquarters: { country: { code: { eq: "NL" } } } }""", new[] { "Eurojust", "Europol", "ICC", "IRMCT", "OPCW" })]
    [InlineData("""{ headquarters: { key: { eq: "geneva" } }, kind: { eq: SPECIALISED_AGENCY } }""", new[] { "ILO", "ITU", "WHO", "WIPO", "WMO" })]
    [InlineData("""{ acronym: { startsWith: "UNO" }, headquarters: { city: { neq: "Geneva" } } }""", new[] { "UNOCA", "UNODC", "UNON", "UNOPS", "UNOV", "UNOWAS" })]
    [InlineData("""{ name: { contains: "Criminal" } }""", new[] { "Eurojust", "ICC", "INTERPOL", "IRMCT" })]
    public async Task FiltersOrganisations(string where, string[] expected)
    {
        var data = await app.QueryAsync($"{{ organisations(where: {where}) {{ acronym }} }}");

        Assert.Equal(expected, data.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("acronym").GetString()));
    }

    [Theory]
    // The units the five posts sit in (seed/posts/*.json `units`), compared as sets of names.
    [InlineData("""{ organisation: { acronym: { eq: "ITU" } } }""", new[] { "General Secretariat", "Information Services Department", "Safety, Security and Resilience Division" })]
    [InlineData("{ kind: { eq: UNIT } }", new[] { "Protection Coordination Unit", "Security Unit" })]
    [InlineData("{ depth: { eq: 0 } }", new[] { "Division of Partnerships and Specialized Support", "General Secretariat", "Internal Services and Administration Department", "Office of the Director-General", "Registry" })]
    [InlineData("{ acronym: { eq: null } }", new[] { "General Secretariat", "Office of the Director-General", "Operations Security Branch", "Registry" })]
    [InlineData("""{ parent: { acronym: { eq: "OCS" } } }""", new[] { "Operations Security Branch" })]
    // Units at depth 2 whose grandparent is an organ: ICC's section (Registry) and ITU's division
    // (General Secretariat); OPCW's grandparent is an office.
    [InlineData("{ parent: { parent: { kind: { eq: ORGAN } } } }", new[] { "Safety, Security and Resilience Division", "Security and Safety Section" })]
    public async Task FiltersUnits(string where, string[] expected)
    {
        var data = await app.QueryAsync($"{{ units(where: {where}) {{ name }} }}");

        AssertKeys(expected, data.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("name").GetString()!).ToList());
    }

    // ---------------------------------------------------------------- helpers

    private async Task<List<string>> KeysAsync(string where) =>
        Keys((await app.QueryAsync($$"""{ posts(where: {{where}}) { nodes { key } } }""")).GetProperty("posts"));

    private static List<string> Keys(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToList();

    private static void AssertKeys(IEnumerable<string> expected, IEnumerable<string> actual) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

    private static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));
}
