using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// When the notice was posted and when applications close.
public sealed record Schedule(ValueFact? PostedOn, ValueFact? Deadline, bool OpenUntilFilled);

// Dates come from their labels ("Posting Date:", "Closing Date24/08/2021", "Application deadline
// (midnight Geneva time):"); a "Posting period" range gives both. A deadline written "Ongoing" or
// "Open until filled" means there is none, which is not something missing.
public static class HeaderSchedule
{
    // "Ongoing", "Open until filled", and the same in French and Spanish.
    private static readonly string[] OpenUntilFilled =
        ["ongoing", "until filled", "en continu", "jusqu'à ce que le poste soit pourvu", "jusqu’à ce que le poste soit pourvu",
         "hasta que se cubra", "hasta cubrir", "abierta hasta"];

    public static Schedule Extract(NoticeText notice, IReadOnlyList<Labelled> labels)
    {
        ValueFact? postedOn = null, deadline = null;
        var open = false;
        var monthFirst = HeaderDates.MonthFirst(notice.Text);
        var stated = HeaderDates.StatesOrder(notice.Text);
        foreach (var label in labels)
        {
            var dates = HeaderDates.FindAll(label.Value, monthFirst, stated);
            switch (label.Field)
            {
                case HeaderField.PostingPeriod when dates.Count > 0:
                    postedOn ??= Fact(notice, label, dates[0]);
                    deadline ??= dates.Count > 1 ? Fact(notice, label, dates[1]) : null;
                    break;
                case HeaderField.PostedOn when dates.Count > 0:
                    postedOn ??= Fact(notice, label, dates[0]);
                    break;
                case HeaderField.Deadline when dates.Count > 0:
                    deadline ??= Fact(notice, label, dates[0]);
                    break;
                case HeaderField.Deadline:
                    open |= OpenUntilFilled.Any(words => label.Value.Contains(words, StringComparison.OrdinalIgnoreCase));
                    break;
            }
        }

        return new Schedule(postedOn, deadline, open && deadline is null);
    }

    // The quote runs from the label to the end of its value, so that a qualifier such as
    // "(midnight The Hague time)" stays with the date.
    private static ValueFact? Fact(NoticeText notice, Labelled label, NoticeDate date) =>
        notice.ValueAt(HeaderDates.Iso(date.Date), label.Start, label.ValueEnd, date.Note)
            .Because(date.Unsettled ? Confidence.Low : Confidence.High,
                date.Unsettled ? $"{notice.LabelReason(label)}; an all-numeric date that reads either way, and the notice does not say its order" : notice.LabelReason(label));
}
