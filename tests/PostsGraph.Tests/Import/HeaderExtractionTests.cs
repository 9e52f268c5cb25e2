using PostsGraph.Import;
using PostsGraph.Seed;

namespace PostsGraph.Tests.Import;

// The header extractor on the five real notices. Expected values were read from the notices'
// text (and agree with the curated posts where those cite the notice).
public sealed class HeaderExtractionTests
{
    [Fact]
    public void ReadsTheIccNoticeWhoseLabelsShareOneLine()
    {
        var (post, missing, text) = Run("000_4be8f442af7ab233.txt");

        HeaderAssert.Fact(post.Title, "Security Coordination Officer (Protective Services)", text);
        HeaderAssert.Fact(post.Organisation, "ICC", text);
        HeaderAssert.Fact(post.VacancyNumber, "24313", text);
        Assert.Null(post.PositionNumber);
        Assert.Null(post.Grade);
        HeaderAssert.Fact(post.DutyStation, "the-hague", text);
        HeaderAssert.Fact(post.AppointmentType, "SHORT_TERM", text);
        HeaderAssert.Duration(post.Duration, null, text);
        HeaderAssert.Fact(post.PostedOn, "2026-01-30", text);
        HeaderAssert.Fact(post.Deadline, "2026-02-13", text);
        Assert.Null(post.ReportsTo);
        HeaderAssert.Salary(Assert.Single(post.Salary!), "NET_TOTAL", 109036.00m, "EUR", "ANNUAL", "MINIMUM", text);
        Assert.Equal(["grade"], missing);
    }

    [Fact]
    public void ReadsTheOpcwNoticeWhoseValuesSitOnTheLineAfterTheirLabels()
    {
        var (post, missing, text) = Run("001_b11f7bbfe224237a.txt");

        HeaderAssert.Fact(post.Title, "Security Coordination Officer", text);
        HeaderAssert.Fact(post.Organisation, "OPCW", text);
        Assert.Null(post.VacancyNumber);
        HeaderAssert.Fact(post.Grade, "P-3", text);
        Assert.Null(post.DutyStation);
        HeaderAssert.Fact(post.AppointmentType, "FIXED_TERM", text);
        HeaderAssert.Duration(post.Duration, 24, text);
        Assert.Null(post.PostedOn);
        HeaderAssert.Fact(post.Deadline, "2025-08-03", text);
        HeaderAssert.Fact(post.ReportsTo, "Head, Operations Security", text);
        HeaderAssert.Salary(Assert.Single(post.Salary!), "NET_TOTAL", 7382m, "USD", "MONTHLY", "ESTIMATE", text);
        Assert.Equal(["dutyStation", "postedOn", "vacancyNumber"], missing);
    }

    [Fact]
    public void ReadsTheUndssNoticeThatHasNoHeaderLabels()
    {
        var (post, missing, text) = Run("002_31e218d823963670.txt");

        HeaderAssert.Fact(post.Title, "Protection Coordination Officer", text);
        HeaderAssert.Fact(post.Organisation, "UNDSS", text);
        HeaderAssert.Duration(post.Duration, 12, text);
        HeaderAssert.Fact(post.ReportsTo, "Chief of the Protection Coordination Unit", text);
        Assert.Empty(post.Salary!);
        Assert.All(new[] { post.VacancyNumber, post.Grade, post.DutyStation, post.AppointmentType, post.PostedOn, post.Deadline }, Assert.Null);
        Assert.Equal(["grade", "dutyStation", "appointmentType", "postedOn", "deadline", "salary", "vacancyNumber"], missing);
    }

    [Fact]
    public void ReadsTheIloNoticeAndPrefersTheVacancyNumberToTheJobId()
    {
        var (post, missing, text) = Run("003_53a9feed7c63bd11.txt");

        HeaderAssert.Fact(post.Title, "Head, Security Unit", text);
        HeaderAssert.Fact(post.Organisation, "ILO", text);
        HeaderAssert.Fact(post.VacancyNumber, "RBC/P/INTSERV/2025/27", text);
        HeaderAssert.Fact(post.Grade, "P-5", text);
        HeaderAssert.Fact(post.DutyStation, "geneva", text);
        HeaderAssert.Fact(post.AppointmentType, "FIXED_TERM", text);
        HeaderAssert.Duration(post.Duration, 24, text);
        HeaderAssert.Fact(post.PostedOn, "2025-07-18", text);
        HeaderAssert.Fact(post.Deadline, "2025-08-18", text);
        HeaderAssert.Fact(post.ReportsTo, "Chief of Project and Resilience Management, INTSERV", text);
        Assert.Equal(["DEPARTMENT", "UNIT"], post.Units!.Select(u => u.Kind));
        Assert.Empty(post.Salary!);
        Assert.Equal(["salary"], missing);
    }

    [Fact]
    public void ReadsTheItuNoticeWithABaseSalaryAndPostAdjustment()
    {
        var (post, missing, text) = Run("004_c5a4883d09076030.txt");

        HeaderAssert.Fact(post.Title, "Head, Safety, Security and Resilience Division", text);
        HeaderAssert.Fact(post.Organisation, "ITU", text);
        HeaderAssert.Fact(post.VacancyNumber, "2207", text);
        HeaderAssert.Fact(post.PositionNumber, "IS06/P5/407", text);
        HeaderAssert.Fact(post.Grade, "P-5", text);
        HeaderAssert.Fact(post.DutyStation, "geneva", text);
        HeaderAssert.Fact(post.AppointmentType, "FIXED_TERM", text);
        HeaderAssert.Duration(post.Duration, 24, text);
        HeaderAssert.Fact(post.Deadline, "2026-01-26", text);
        HeaderAssert.Fact(post.ReportsTo, "Chief Information Officer of the Information Services Department", text);
        Assert.Collection(post.Salary!,
            s => HeaderAssert.Salary(s, "NET_BASE_SALARY", 101540m, "USD", "ANNUAL", "FROM", text),
            s => HeaderAssert.Salary(s, "POST_ADJUSTMENT", 82654m, "USD", "ANNUAL", "FROM", text));
        Assert.Equal(["postedOn"], missing);
    }

    [Fact]
    public void FindsNothingInAnEmptyTextAndDoesNotThrow()
    {
        var part = HeaderExtractor.Extract(new NoticeText(""), HeaderAssert.Reference);

        Assert.Null(part.Post.Title);
        Assert.Null(part.Post.Organisation);
        Assert.Empty(part.Post.Salary!);
        Assert.Equal(
            ["title", "organisation", "grade", "dutyStation", "appointmentType", "duration", "postedOn", "deadline", "salary", "vacancyNumber"],
            part.Missing);
    }

    [Theory]
    [InlineData("Security Officer (P-3)\nDuty Station: Nairobi\nClosing Date: 12/0", "nairobi")]
    [InlineData("Security Officer (P-3)\nDuty Station: Nairobi\nGrade", "nairobi")]
    [InlineData("Security Officer (P-3)\nMinimum Net Annual Salary: €", null)]
    [InlineData("Security Officer (P-3)\nThe incumbent will report to the", null)]
    [InlineData("Security Officer (P-3)\nPosting period: 3 May 2026 -\nDuty Station:", null)]
    public void ToleratesAFragmentCutShort(string text, string? station)
    {
        var post = HeaderAssert.Extract(text);

        HeaderAssert.Fact(post.Title, "Security Officer", text);
        HeaderAssert.Fact(post.Grade, "P-3", text);
        Assert.Equal(station, post.DutyStation?.Value);
        Assert.Null(post.Deadline);
        Assert.Empty(post.Salary!);
    }

    // Every notice cut mid-sentence at many places: nothing throws and every quote still holds.
    [Theory]
    [InlineData("000_4be8f442af7ab233.txt")]
    [InlineData("001_b11f7bbfe224237a.txt")]
    [InlineData("002_31e218d823963670.txt")]
    [InlineData("003_53a9feed7c63bd11.txt")]
    [InlineData("004_c5a4883d09076030.txt")]
    public void ToleratesANoticeCutShortAnywhere(string notice)
    {
        var full = File.ReadAllText(RepoPaths.Notice(notice));
        for (var length = 0; length < full.Length; length += 173)
        {
            var text = full[..length];
            var post = HeaderAssert.Extract(text);
            var quotes = new[] { post.Title, post.Organisation, post.VacancyNumber, post.Grade, post.DutyStation, post.AppointmentType, post.PostedOn, post.Deadline, post.ReportsTo }
                .Select(f => f?.Quote)
                .Concat(post.Salary!.Select(s => s.Quote))
                .Append(post.Duration?.Quote)
                .OfType<string>();
            Assert.All(quotes, q => HeaderAssert.Quoted(q, text));
        }
    }

    private static (PostFile Post, IReadOnlyList<string> Missing, string Text) Run(string notice)
    {
        var text = File.ReadAllText(RepoPaths.Notice(notice));
        var part = HeaderExtractor.Extract(new NoticeText(text), HeaderAssert.Reference);
        return (part.Post, part.Missing, text);
    }
}
