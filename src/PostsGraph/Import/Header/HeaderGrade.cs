using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// The post's grade: from a grade label ("Grade: P5", "Grade\nP3", "Salary GradeP4", "Grade: Senior
// level - P-5"), else from a short line near the top ("Security Officer (P-3)", "Field Service,
// FS-7"). Grades named in the body's sentences ("posts at a P-5 grade are subject to ...") are
// about other posts, so they are not read.
public static class HeaderGrade
{
    private const int TopLines = 25;
    private const int ShortLine = 90;

    public static ValueFact? Extract(NoticeText notice, IReadOnlyList<Labelled> labels, IReadOnlyList<GradeItem> grades)
    {
        // A grade of a known system first ("Level ICS-11 … Contract level P4" is a P-4 post).
        var read = labels.Where(l => l.Field == HeaderField.Grade)
            .Select(l => (Label: l, Grade: HeaderGrades.FromLabelValue(l.Value, grades)))
            .Where(r => r.Grade is not null)
            .OrderBy(r => r.Grade!.Note is null ? 0 : 1)
            .ToList();
        foreach (var (label, grade) in read.Select(r => (r.Label, r.Grade!)))
        {
            {
                return notice.ValueAt(grade.Code, label.Start, label.ValueStart + grade.End, grade.Note)
                    .Because(grade.Note is null ? Confidence.High : Confidence.Low,
                        grade.Note is null ? notice.LabelReason(label) : $"{notice.LabelReason(label)}, but the code is in no grade system of the reference");
            }
        }

        foreach (var line in notice.Lines.Where(l => !l.IsBlank).Take(TopLines))
        {
            if (line.Content.Length <= ShortLine && HeaderGrades.FindKnown(line.Content, grades) is { } grade)
            {
                return notice.ValueAt(grade.Code, line.Start, line.End)
                    .Because(Confidence.Medium, "no grade label; a grade code on a short line near the top");
            }
        }

        return null;
    }
}
