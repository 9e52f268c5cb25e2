using PostsGraph.Import.Header;
using Confidence = PostsGraph.Seed.Confidence;
using PostsGraph.Seed;

namespace PostsGraph.Import;

// The notice's header facts: organisation, title, units, numbers, grade, duty station,
// appointment, dates and pay. Each field has its own finder; they share the labels found once.
public static class HeaderExtractor
{
    public static ExtractedPart Extract(NoticeText notice, ReferenceFiles reference)
    {
        // A job board's list of other posts gives none of this notice's labels.
        var lists = HeaderBoardLists.Find(notice.Text);
        var labels = HeaderLabels.Find(notice).Where(l => !HeaderBoardLists.Inside(lists, l.Start)).ToList();
        var schedule = HeaderSchedule.Extract(notice, labels);
        var vacancyNumber = HeaderNumbers.VacancyNumber(notice, labels);
        var organisation = HeaderOrganisation.Extract(notice, labels, lists, reference.Organisations, reference.Countries);
        var grade = OwnScale(HeaderGrade.Read(notice, labels, reference.Grades), organisation.Fact, reference, out var gradeCandidate);
        // The publisher this notice names, known or not, is no part of its title ("Mercy Corps – Director of …").
        var title = HeaderTitle.Extract(notice, labels, reference, [.. new[] { organisation.Fact?.Value, organisation.Proposed?.Name }.OfType<string>()]);
        var station = HeaderDutyStation.Read(notice, labels, title, reference, organisation.Fact?.Value);
        var post = new PostFile
        {
            Title = title,
            Organisation = organisation.Fact,
            Candidates = Candidates(organisation.Candidates, gradeCandidate),
            Units = HeaderUnits.Extract(notice, labels),
            VacancyNumber = vacancyNumber,
            PositionNumber = HeaderNumbers.PositionNumber(notice, labels),
            Identifiers = HeaderNumbers.Others(notice, labels, vacancyNumber),
            Grade = grade.Fact,
            DutyStation = station.Fact,
            AppointmentType = HeaderAppointment.Extract(notice, labels),
            Duration = HeaderDuration.Extract(notice, labels),
            RecruitmentOpenTo = HeaderRecruitment.Extract(notice),
            PostedOn = schedule.PostedOn,
            Deadline = schedule.Deadline,
            ReportsTo = HeaderReportsTo.Extract(notice),
            Salary = HeaderSalary.Extract(notice, labels, reference.Currencies),
        };

        var proposals = new ReferenceDraft
        {
            Organisations = organisation.Proposed is { } o ? [o] : null,
            DutyStations = station.Proposed is { } s ? [s] : null,
            Grades = grade.Proposed is { } g ? [g] : null,
        };
        return new ExtractedPart(Rated(post), Missing(post, schedule), proposals.IsEmpty ? null : proposals);
    }

    // An organisation that grades its posts on a scale of its own (organisations.json's
    // gradeSystems) has no grade of another system: ECOWAS's "GRADE P3" is not the common system's
    // P-3. The grade is left missing, with what the notice wrote as its candidate.
    private static (ValueFact? Fact, ProposedGrade? Proposed) OwnScale((ValueFact? Fact, ProposedGrade? Proposed) grade, ValueFact? organisation, ReferenceFiles reference, out ValueFact? candidate)
    {
        candidate = null;
        if (grade.Fact is not { Value: { } code } fact
            || reference.Organisations.FirstOrDefault(o => o.Acronym == organisation?.Value) is not { GradeSystems: { } systems } publisher)
        {
            return grade;
        }

        var system = reference.Grades.FirstOrDefault(g => g.Code == code)?.System;
        if (system is not null && systems.Contains(system))
        {
            return grade;
        }

        var scale = systems.Count == 0 ? "a scale of its own that seed/reference/grades.json does not hold" : $"{string.Join(" or ", systems)}";
        candidate = fact with
        {
            Confidence = Confidence.Low,
            Note = $"{publisher.Acronym} grades its posts on {scale}; \"{code}\" is read as {system ?? "no system of the reference"}, so it is not taken as this post's grade.",
        };
        return (null, null);
    }

    private static Dictionary<string, List<ValueFact>>? Candidates(IReadOnlyList<ValueFact> organisation, ValueFact? grade)
    {
        var candidates = new Dictionary<string, List<ValueFact>>();
        if (organisation.Count > 0)
        {
            candidates["organisation"] = [.. organisation];
        }

        if (grade is not null)
        {
            candidates["grade"] = [grade];
        }

        return candidates.Count == 0 ? null : candidates;
    }

    // The fields whose finders do not rate their own facts: each is read by one label or one
    // pattern, named here.
    private static PostFile Rated(PostFile post) => post with
    {
        Units = post.Units?.Select(u => Default(u, Confidence.Medium, "the unit names of the header or the opening paragraph")!).ToList(),
        VacancyNumber = Default(post.VacancyNumber, Confidence.High, "a vacancy-number label"),
        PositionNumber = Default(post.PositionNumber, Confidence.High, "a position-number label"),
        Identifiers = post.Identifiers?.Select(i => Default(i, Confidence.High, "a label for another of the post's numbers")!).ToList(),
        AppointmentType = Default(post.AppointmentType, Confidence.Medium, "the appointment wording (\"fixed-term\", \"temporary\" …) of a label or a line near the top"),
        Duration = Default(post.Duration, Confidence.Medium, "the length of the appointment (\"one year\", \"12 months\") beside its label"),
        RecruitmentOpenTo = Default(post.RecruitmentOpenTo, Confidence.Medium, "the sentence saying whom applications are open to"),
        ReportsTo = Default(post.ReportsTo, Confidence.Medium, "the \"reports to\" / \"under the supervision of\" sentence"),
        Salary = post.Salary?.Select(s => Default(s, Confidence.Medium, "a pay figure with its currency in a pay sentence; its kind, period and qualifier read from the words around it")!).ToList(),
    };

    private static T? Default<T>(T? fact, string confidence, string reason) where T : Fact => fact.RatedIfNot(confidence, reason);

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
