using System.Text;

namespace PostsGraph.Fuzz.Requests;

// What the schema and the seed hold, for requests that should succeed (schema/schema.graphql, seed/).
internal static class Facts
{
    public static readonly string[] PostKeys = ["icc-24313", "ilo-rbc-p-intserv-2025-27", "itu-2207", "opcw-sco-2025", "undss-pco-2023"];

    public static readonly string[] OtherNodeIds = [Id("Organisation", "ITU"), Id("Organisation", "ICC"), Id("Grade", "P-5"), Id("Grade", "P-3"), Id("DutyStation", "geneva")];

    public static readonly string[] GroupBy = ["ORGANISATION", "GRADE", "GRADE_CATEGORY", "DUTY_STATION", "COUNTRY", "APPOINTMENT_TYPE", "CURRENCY", "DEADLINE_YEAR"];

    // Each a valid PostFilterInput body, to stand alone or inside `and`/`or`.
    public static readonly string[] PostFilters =
    [
        """grade: { code: { eq: "P-5" } }""",
        """dutyStation: { city: { eq: "Geneva" } }""",
        """organisation: { acronym: { in: ["ITU", "ILO", "ICC"] } }""",
        """annualNetPay: { currency: { eq: "USD" } }""",
        """annualNetPay: { amount: { gte: 90000 } }""",
        """minYearsExperience: { gte: 7 }""",
        """languages: { some: { necessity: { eq: REQUIRED }, anyOf: { some: { eq: "fr" } } } }""",
        """duties: { some: { themes: { some: { eq: TRAINING } } } }""",
        """conditions: { some: { kind: { eq: PROBATION } } }""",
        """conditions: { any: true }""",
        """title: { contains: "Security" }""",
        """key: { startsWith: "i" }""",
        """deadline: { gt: "2024-01-01" }""",
        """grade: { category: { eq: PROFESSIONAL } }""",
        """appointmentType: { in: [FIXED_TERM, TEMPORARY] }""",
        """topEducationLevel: { eq: ADVANCED_DEGREE }""",
        """postAdjustmentRate: { gt: 0.5 }""",
        """noPayReason: { eq: null }""",
        """education: { some: { level: { eq: DOCTORATE } } }""",
        """experience: { all: { minYears: { lte: 15 } } }""",
        """sourceNotice: { fileName: { endsWith: ".txt" } }""",
        """unit: { kind: { neq: TEAM } }""",
        $$"""id: { in: ["{{PostId("itu-2207")}}", "{{PostId("icc-24313")}}"] }""",
    ];

    public static readonly string[] PostOrders =
    [
        "{ key: DESC }", "{ grade: { level: DESC } }", "{ annualNetPay: { amount: ASC } }", "{ deadline: DESC }",
        "{ organisation: { acronym: ASC } }", "{ minYearsExperience: DESC }", "{ dutyStation: { country: { name: ASC } } }", "{ title: ASC }",
    ];

    // Selections of a post that keep a page of 20 well under the field cost limit.
    public static readonly string[] PostSelections =
    [
        "key", "id title", "organisation { acronym name kind }", "grade { code level category }", "dutyStation { city country { name } }",
        "annualNetPay { amount currency basis qualifier explanation }", "deadline postedOn durationMonths appointmentType",
        "minYearsExperience topEducationLevel noPayReason", """evidence(field: "grade") { kind quote sourceUrl }""",
        "languages { necessity level anyOf }", "duties { heading themes }", "conditions { kind months years }",
        "salaryComponents { amount currencyCode period qualifier }", "unit { name path { name } }", "sourceNotice { fileName sha256 }",
    ];

    public static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    public static string PostId(string key) => Id("Post", key);

    public static string Quoted(IEnumerable<string> items) => string.Join(", ", items.Select(Build.Json));
}
