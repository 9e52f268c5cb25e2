using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// The post's grade: from a grade label ("Grade: P5", "Grade\nP3", "Salary GradeP4", "Grade: Senior
// level - P-5"), else after the title the title label gives, else from a short line near the top
// ("Security Officer (P-3)", "Field Service, FS-7") or a long headline of dash-separated parts at
// the very top ("EEAS vacancy – FGIII Contract Agent – Regional Security Officer – …"). Grades
// named in the body's sentences ("posts at a P-5 grade are subject to ...") are
// about other posts, so they are not read.
public static partial class HeaderGrade
{
    [GeneratedRegex(@"\s\((?<code>S[1-4]?)\)\s*$")]
    private static partial Regex BracketedCode();

    private const int TopLines = 25;
    private const int ShortLine = 90;

    public static ValueFact? Extract(NoticeText notice, IReadOnlyList<Labelled> labels, IReadOnlyList<GradeItem> grades) =>
        Read(notice, labels, grades).Fact;

    // The grade, and the one to add to grades.json where no grade system of the reference has it.
    public static (ValueFact? Fact, ProposedGrade? Proposed) Read(NoticeText notice, IReadOnlyList<Labelled> labels, IReadOnlyList<GradeItem> grades)
    {
        // A grade of a known system first ("Level ICS-11 … Contract level P4" is a P-4 post).
        var labelled = labels.Where(l => l.Field == HeaderField.Grade)
            .Select(l => (Label: l, Grade: HeaderGrades.FromLabelValue(l.Value, grades)))
            .Where(r => r.Grade is not null)
            .OrderBy(r => r.Grade!.Note is null ? 0 : 1)
            .FirstOrDefault();
        if (labelled is ({ } label, { } grade))
        {
            var known = grade.Note is null;
            var fact = notice.ValueAt(grade.Code, label.Start, label.TextOffset(notice.Text, grade.End), grade.Note)
                .Because(known ? Confidence.High : Confidence.Low,
                    known ? notice.LabelReason(label) : $"{notice.LabelReason(label)}, but the code is in no grade system of the reference");
            return (fact, known || fact is null ? null : new ProposedGrade
            {
                Code = grade.Code, Quote = fact.Quote, Occurrence = fact.Occurrence,
                Note = "Name its system (an organisation's own grade structure may need a new one), category and level, then add it to grades.json; or map the post to a grade that is there.",
                Confidence = Confidence.Low, Reason = fact.Reason,
            });
        }

        // A grade after the title its label gives ("Position and Grade: Nuclear Security Officer (P-3)",
        // "Intitulé publication: Field Security Coordination Officer, P3 (Temporary Job Opening)").
        // The title label, one that names the grade too ("Position and Grade") first.
        if (labels.Where(l => l.Field == HeaderField.Title && l.Value.Length > 0)
                .Select(l => (Label: l, NamesGrade: notice.Text[l.Start..l.ValueStart].Contains("grade", StringComparison.OrdinalIgnoreCase)))
                .OrderBy(t => t.NamesGrade ? 0 : 1)
                .FirstOrDefault() is ({ } title, var namesGrade))
        {
            if (HeaderGrades.FindKnown(title.Value, grades) is { } inTitle)
            {
                return (notice.ValueAt(inTitle.Code, title.Start, title.TextOffset(notice.Text, inTitle.End))
                    .Because(namesGrade ? Confidence.High : Confidence.Medium,
                        namesGrade ? notice.LabelReason(title) : $"no grade label; the grade after the title in {notice.LabelReason(title)}"), null);
            }
        }

        var osce = notice.Text.Contains("OSCE", StringComparison.Ordinal);
        foreach (var (line, index) in notice.Lines.Where(l => !l.IsBlank).Take(TopLines).Select((l, i) => (l, i)))
        {
            // A long headline of dash-separated parts at the top counts too ("EEAS vacancy – FGIII Contract Agent – …").
            if ((line.Content.Length <= ShortLine || (index < 5 && line.Content.Length <= 200 && HeaderTitle.HeadlineParts().Matches(line.Content).Count >= 2))
                && HeaderGrades.FindKnown(line.Content, grades, notice.Text) is { } found)
            {
                return (notice.ValueAt(found.Code, line.Start, line.End)
                    .Because(Confidence.Medium, "no grade label; a grade code on a short line or headline near the top"), null);
            }

            // OSCE's seconded level in brackets after a heading's job, in a notice that names the
            // OSCE: "Chief, Situation/Communications Room (S)" (not "NATIONAL CONSULTANT(S)", nor a
            // UN Headquarters "Security Officer (S2)").
            if (index < 3 && line.Content.Length <= ShortLine && HeaderTitle.NamesAJob(line.Content) && osce
                && BracketedCode().Match(line.Content) is { Success: true } bracketed && grades.Any(g => g.Code == bracketed.Groups["code"].Value && g.System == "OSCE_SECONDED"))
            {
                return (notice.ValueAt(bracketed.Groups["code"].Value, line.Start, line.End)
                    .Because(Confidence.Medium, "no grade label; a grade code of the reference in brackets after the heading's job"), null);
            }
        }

        return (HeaderProse.Grade(notice, grades), null);
    }
}
