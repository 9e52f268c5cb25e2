using PostsGraph.Import;
using static PostsGraph.Tests.Import.HeaderAssert;

namespace PostsGraph.Tests.Import;

// Numbers, appointment, dates, pay and reporting lines on short fragments written for these tests.
public sealed class HeaderTermsFragmentTests
{
    [Theory]
    [InlineData("Vacancy no.: SEC/2026/014\nGrade: P-3", "SEC/2026/014")]
    [InlineData("Vacancy notice no: 3141\nGrade: P-3", "3141")]
    [InlineData("Job Opening number: 25-Security-DSS-123456-R-Geneva (G)\nGrade: P-3", "25-Security-DSS-123456-R-Geneva (G)")]
    [InlineData("Job ID: 99881\nVacancy number: VN-77/2025\nGrade: P-3", "VN-77/2025")]
    [InlineData("Job ID: 99881\nGrade: P-3", "99881")]
    [InlineData("31415 | Office of Security\n\nSecurity Officer", "31415")]
    public void FindsTheVacancyNumber(string text, string number) => Fact(Extract(text).VacancyNumber, number, text);

    [Theory]
    [InlineData("2025 | Annual overview\n\nSecurity Officer")]
    [InlineData("Security | Safety\n\nSecurity Officer")]
    public void DoesNotTakeALeadingWordOrYearForAVacancyNumber(string text) => Assert.Null(Extract(text).VacancyNumber);

    [Theory]
    [InlineData("Position number: SS04/P3/112\nGrade: P-3", "SS04/P3/112")]
    [InlineData("Post number: 30071234\nGrade: P-3", "30071234")]
    public void FindsThePositionNumber(string text, string number) => Fact(Extract(text).PositionNumber, number, text);

    [Theory]
    [InlineData("Type of Appointment: Fixed-term\nGrade: P-3", "FIXED_TERM")]
    [InlineData("Contract type: Fixed Term\nGrade: P-3", "FIXED_TERM")]
    [InlineData("  • Contract Type\n    Fixed-term Professional\n  • Grade\n    P4", "FIXED_TERM")]
    [InlineData("Type of Appointment: Short-Term Appointment\nGrade: P-3", "SHORT_TERM")]
    [InlineData("Temporary Job Opening\nSecurity Officer (P-3)", "TEMPORARY")]
    [InlineData("Contract type: Temporary appointment\nGrade: P-3", "TEMPORARY")]
    [InlineData("Appointment type: Continuing\nGrade: P-3", "CONTINUING")]
    [InlineData("Appointment type: Permanent\nGrade: P-3", "PERMANENT")]
    [InlineData("Contract type: Consultancy\nLocation: Rome", "CONSULTANCY")]
    public void FindsTheAppointmentType(string text, string type) => Fact(Extract(text).AppointmentType, type, text);

    [Fact]
    public void DoesNotTakeTemporaryDutyForATemporaryAppointment() =>
        Assert.Null(Extract("Security Officer\nDeploys on temporary duty (TDY) to field missions.").AppointmentType);

    [Theory]
    [InlineData("Duration of contract: 2 years with possibility of renewal", 24)]
    [InlineData("Contract duration: two years", 24)]
    [InlineData("Duration: 24 months", 24)]
    [InlineData("Duration of appointment: one year", 12)]
    [InlineData("Appointment against this post is for an initial period of one year.", 12)]
    [InlineData("The contract will be issued for an eighteen month period.", 18)]
    [InlineData("This appointment is for the duration of 6 months with a one-month probationary period.", 6)]
    [InlineData("Contract Duration: To be confirmed", null)]
    public void FindsTheDuration(string text, int? months) => Duration(Extract(text).Duration, months, text);

    [Fact]
    public void DoesNotTakeAProbationPeriodForTheContractLength() =>
        Assert.Null(Extract("The selected candidate's appointment is subject to probation for a period of six months.").Duration);

    [Theory]
    [InlineData("Posting Date: 13/02/2026\nGrade: P-3", "2026-02-13")]
    [InlineData("Publication date: 1 March 2026\nGrade: P-3", "2026-03-01")]
    [InlineData("Date of issue: Apr 22, 2025\nGrade: P-3", "2025-04-22")]
    [InlineData("Date of issue\n   2025-08-18\nGrade: P-3", "2025-08-18")]
    public void FindsThePostingDate(string text, string date) => Fact(Extract(text).PostedOn, date, text);

    [Theory]
    [InlineData("Closing date: 03/08/2025\nGrade: P-3", "2025-08-03")]
    [InlineData("Deadline: 2025-08-18\nGrade: P-3", "2025-08-18")]
    [InlineData("Application deadline (midnight Geneva time): 18 August 2025", "2025-08-18")]
    [InlineData("Deadline for Applications: 16/03/2026 (midnight Vienna time)", "2026-03-16")]
    [InlineData("Closing Date: 05/Apr/2023, 9:59:00 PM\nGrade: P-3", "2023-04-05")]
    [InlineData("Closing Date24/08/2021\nGrade: P-3", "2021-08-24")]
    [InlineData("Closing Date\n   Sep 9, 2026\nGrade: P-3", "2026-09-09")]
    public void FindsTheDeadline(string text, string date) => Fact(Extract(text).Deadline, date, text);

    [Fact]
    public void SaysHowItReadAnAllNumericDate()
    {
        var deadline = Extract("Closing date: 03/08/2025").Deadline;

        Assert.Equal("03/08/2025 read as day/month/year.", deadline!.Note);
    }

    [Fact]
    public void ReadsAllNumericDatesMonthFirstWhenOneOfThemCanOnlyBeMonthFirst()
    {
        const string text = "Posting Date: 05/01/2026\nApply Before: 05/20/2026\nGrade: P-3";
        var post = Extract(text);

        Fact(post.PostedOn, "2026-05-01", text);
        Fact(post.Deadline, "2026-05-20", text);
        Assert.Contains("month/day/year", post.PostedOn!.Note);
    }

    [Fact]
    public void ReadsAPostingPeriodAsPostingDateAndDeadline()
    {
        const string text = "Security Officer\nPosting period: 26 October 2023 - 9 December 2023\nGrade: P-3";
        var post = Extract(text);

        Fact(post.PostedOn, "2023-10-26", text);
        Fact(post.Deadline, "2023-12-09", text);
    }

    [Fact]
    public void TreatsAnOngoingVacancyAsHavingNoDeadlineRatherThanAMissingOne()
    {
        var part = HeaderExtractor.Extract(new NoticeText("Security Officer\nDeadline: Ongoing\nGrade: P-3"), Reference);

        Assert.Null(part.Post.Deadline);
        Assert.DoesNotContain("deadline", part.Missing);
    }

    [Fact]
    public void ReadsSeveralLabelledValuesOnOneLine()
    {
        const string text = "Posting Date: 02/03/2026 Deadline for Applications: 16/03/2026 (midnight Vienna time) "
            + "Organizational Unit: Security Unit/Division of Operations/Department of Management "
            + "Duty Station: Vienna - AT Type of Appointment: Fixed-Term Appointment Contract Duration: 24 months";
        var post = Extract(text);

        Fact(post.PostedOn, "2026-03-02", text);
        Fact(post.Deadline, "2026-03-16", text);
        Fact(post.DutyStation, "vienna", text);
        Fact(post.AppointmentType, "FIXED_TERM", text);
        Duration(post.Duration, 24, text);
        Assert.Equal(["DEPARTMENT", "DIVISION", "UNIT"], post.Units!.Select(u => u.Kind));
        Assert.Equal("Department of Management", post.Units![0].Name);
    }

    [Theory]
    [InlineData("The incumbent will report to the Chief, Security Section.", "Chief, Security Section")]
    [InlineData("The post reports to the Head of Field Security or his/her designate.", "Head of Field Security")]
    [InlineData("Under the supervision of the Director of Security, the incumbent leads the unit.", "Director of Security")]
    [InlineData("The Field Support Unit (FSU) plans missions. The incumbent reports to the Chief of FSU.", "Chief of the Field Support Unit")]
    public void FindsWhomThePostReportsTo(string text, string role) => Fact(Extract(text).ReportsTo, role, text);
}
