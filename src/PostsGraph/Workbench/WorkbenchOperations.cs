namespace PostsGraph.Workbench;

// The operations behind the workbench's views, as their GraphQL panels show them.
public static class WorkbenchOperations
{
    public const string Posts = """
        query WorkbenchPosts($where: PostFilterInput, $order: [PostSortInput!], $search: String, $first: Int, $after: String, $last: Int, $before: String) {
          posts(where: $where, order: $order, search: $search, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes {
              id key title
              organisation { acronym name }
              grade { code }
              dutyStation { city country { name } }
              deadline
              annualNetPay { amount currency qualifier }
              noPayReason
              minYearsExperience minYearsExperienceAppliesTo
            }
          }
        }
        """;

    public const string FilterOptions = """
        query WorkbenchFilterOptions {
          organisations(where: { posts: { any: true } }) { acronym name }
          grades(where: { posts: { any: true } }) { code category }
          dutyStations(where: { posts: { any: true } }) { key city countryCode country { name } }
          currencies: postStatistics(groupBy: [CURRENCY]) { key { currency } }
          categories: __type(name: "GradeCategory") { enumValues { name } }
          appointmentTypes: __type(name: "AppointmentType") { enumValues { name } }
        }
        """;

    private const string Evidence = "kind quote start end sourceUrl note";

    public const string Post = $$"""
        query WorkbenchPost($key: String!) {
          posts(where: { key: { eq: $key } }, first: 1) {
            nodes {
              id key title vacancyNumber positionNumber
              identifiers { kind label value evidence { {{Evidence}} } }
              organisation { acronym name }
              unit { name path { name } }
              grade { code category title }
              dutyStation { city country { name } }
              appointmentType recruitmentOpenTo durationMonths postedOn deadline reportsTo
              salaryComponents { kind amount currencyCode period qualifier label evidence { {{Evidence}} } }
              annualNetPay { amount currency basis qualifier explanation }
              noPayReason postAdjustmentRate
              minYearsExperience minYearsExperienceAppliesTo
              minYearsExperienceWithFirstDegree minYearsExperienceWithFirstDegreeAppliesTo minYearsExperienceWithFirstDegreeExplanation
              topEducationLevel dutyCount
              duties { heading text themes evidence { {{Evidence}} } }
              education { necessity text level appliesTo evidence { {{Evidence}} } appliesToEvidence { {{Evidence}} } }
              experience { necessity text minYears appliesTo evidence { {{Evidence}} } appliesToEvidence { {{Evidence}} } }
              languages { necessity text level appliesTo evidence { {{Evidence}} } appliesToEvidence { {{Evidence}} } }
              certifications { necessity text name appliesTo evidence { {{Evidence}} } appliesToEvidence { {{Evidence}} } }
              competencies { necessity text framework name appliesTo evidence { {{Evidence}} } appliesToEvidence { {{Evidence}} } }
              conditions { kind text appliesTo evidence { {{Evidence}} } appliesToEvidence { {{Evidence}} } }
              evidence { field {{Evidence}} }
              sourceNotice { fileName text }
            }
          }
        }
        """;

    public const string Compare = $$"""
        query WorkbenchCompare($ids: [ID!]!, $onlyDifferences: Boolean) {
          comparePosts(ids: $ids) {
            posts { id key title organisation { acronym } grade { code } }
            rows(onlyDifferences: $onlyDifferences) {
              attribute label differs difference
              values { post { key } value evidence { {{Evidence}} } }
            }
          }
        }
        """;

    public const string PostIds = """
        query WorkbenchPostIds($keys: [String!]!) {
          posts(where: { key: { in: $keys } }, first: 10) { nodes { id key title organisation { acronym } } }
        }
        """;

    public const string Statistics = """
        query WorkbenchStatistics($where: PostFilterInput, $groupBy: [PostGroupBy!]) {
          postStatistics(where: $where, groupBy: $groupBy) {
            key {
              organisation { acronym } grade { code } gradeCategory dutyStation { key city }
              country { code name } appointmentType currency deadlineYear
            }
            count postsWithoutPay
            annualNetPay { currency count min avg max qualifiers { qualifier count } }
            minYearsExperience { count min avg max }
          }
        }
        """;

    public const string Coverage = """
        query WorkbenchCoverage {
          all: postStatistics { count postsWithoutPay }
          byOrganisation: postStatistics(groupBy: [ORGANISATION]) { key { organisation { acronym name } } count }
          byGrade: postStatistics(groupBy: [GRADE]) { key { grade { code } } count }
          byYear: postStatistics(groupBy: [DEADLINE_YEAR]) { key { deadlineYear } count }
          external: posts(where: { evidence: { some: { kind: { eq: EXTERNAL_SOURCE } } } }, first: 50) {
            totalCount
            nodes { key organisation { acronym } evidence { field kind sourceUrl note } }
          }
        }
        """;
}
