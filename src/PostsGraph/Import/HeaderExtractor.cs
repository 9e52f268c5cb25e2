using PostsGraph.Import.Header;
using PostsGraph.Seed;

namespace PostsGraph.Import;

// The notice's header facts: organisation, title, units, numbers, grade, duty station,
// appointment, dates and pay. Each field has its own finder; they share the labels found once.
public static class HeaderExtractor
{
    public static ExtractedPart Extract(NoticeText notice, ReferenceFiles reference)
    {
        var labels = HeaderLabels.Find(notice);
        var schedule = HeaderSchedule.Extract(notice, labels);
        var vacancyNumber = HeaderNumbers.VacancyNumber(notice, labels);
        var post = new PostFile
        {
            Title = HeaderTitle.Extract(notice, labels, reference),
            Organisation = HeaderOrganisation.Extract(notice, labels, reference.Organisations),
            Units = HeaderUnits.Extract(notice, labels),
            VacancyNumber = vacancyNumber,
            PositionNumber = HeaderNumbers.PositionNumber(notice, labels),
            Identifiers = HeaderNumbers.Others(notice, labels, vacancyNumber),
            Grade = HeaderGrade.Extract(notice, labels, reference.Grades),
            DutyStation = HeaderDutyStation.Extract(notice, labels, reference),
            AppointmentType = HeaderAppointment.Extract(notice, labels),
            Duration = HeaderDuration.Extract(notice, labels),
            RecruitmentOpenTo = HeaderRecruitment.Extract(notice),
            PostedOn = schedule.PostedOn,
            Deadline = schedule.Deadline,
            ReportsTo = HeaderReportsTo.Extract(notice),
            Salary = HeaderSalary.Extract(notice, labels, reference.Currencies),
        };

        return new ExtractedPart(post, Missing(post, schedule));
    }

    private static List<string> Missing(PostFile post, Schedule schedule)
    {
        var missing = new List<string>();
        void Check(string field, bool found)
        {
            if (!found)
            {
                missing.Add(field);
            }
        }

        Check("title", post.Title is not null);
        Check("organisation", post.Organisation is not null);
        Check("grade", post.Grade is not null);
        Check("dutyStation", post.DutyStation is not null);
        Check("appointmentType", post.AppointmentType is not null);
        Check("duration", post.Duration is not null);
        Check("postedOn", post.PostedOn is not null);
        Check("deadline", post.Deadline is not null || schedule.OpenUntilFilled);
        Check("salary", post.Salary is { Count: > 0 });
        Check("vacancyNumber", post.VacancyNumber is not null);
        return missing;
    }
}
