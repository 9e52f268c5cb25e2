using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// When the notice was posted and when applications close.
public sealed record Schedule(ValueFact? PostedOn, ValueFact? Deadline, bool OpenUntilFilled);

// Dates come from their labels ("Posting Date:", "Closing Date24/08/2021", "Application deadline
// (midnight Geneva time):"); a "Posting period" range gives both. Without labels, a job board's
// line of two dates run together, a careers page's status date and a board's "Job Expired" line
// give them, rated LOW, and a headline's deadline in brackets gives the deadline, rated MEDIUM. A
// deadline written "Ongoing" or "Open until filled" means there is none, which is not something
// missing.
public static partial class HeaderSchedule
{
    // "Ongoing", "Open until filled", and the same in French and Spanish.
    private static readonly string[] OpenUntilFilled =
        ["ongoing", "until filled", "en continu", "jusqu'à ce que le poste soit pourvu", "jusqu’à ce que le poste soit pourvu",
         "hasta que se cubra", "hasta cubrir", "abierta hasta"];

    public static Schedule Extract(NoticeText notice, IReadOnlyList<Labelled> labels)
    {
        ValueFact? postedOn = null, deadline = null;
        var (open, recorded) = (false, false);
        var monthFirst = HeaderDates.MonthFirst(notice.Text);
        var stated = HeaderDates.StatesOrder(notice.Text);
        foreach (var label in labels)
        {
            var dates = HeaderDates.FindAll(label.Value, monthFirst, stated);

            // "Open until filled (applications reviewed from 30/04/2026)": the date is not a deadline.
            var openFirst = label.Field == HeaderField.Deadline && OpenUntilFilled.Select(w => label.Value.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() is var o and >= 0
                && dates.All(d => d.Start > o);
            if (openFirst)
            {
                open = true;
                continue;
            }

            if (label.Field == HeaderField.PostingPeriod && dates.Count == 1 && HeaderDates.RangeStart(label.Value, dates[0]) is { } first)
            {
                // "2 March – 1 April 2026", "2 – 16 de marzo de 2026": the first date takes the second's year (and month).
                dates = [first, dates[0]];
            }

            // "Posting Period: To 14 January 2026" gives only the end of the period.
            if (label.Field == HeaderField.PostingPeriod && dates.Count == 1 && PeriodEndOnly().IsMatch(label.Value))
            {
                deadline ??= Fact(notice, label, dates[0]);
                continue;
            }

            switch (label.Field)
            {
                case HeaderField.PostingPeriod when dates.Count > 0:
                    postedOn ??= Fact(notice, label, dates[0]);
                    deadline ??= dates.Count > 1 ? Fact(notice, label, dates[1]) : null;
                    break;
                case HeaderField.PostedOn when dates.Count > 0 && postedOn is null:
                    postedOn = Fact(notice, label, dates[0]);
                    recorded = label.FromRecord;
                    break;
                // "Plazo de presentación: del 1 al 15 de julio": a deadline label giving the whole
                // period ends with its last date.
                case HeaderField.Deadline when dates.Count > 0:
                    deadline ??= Fact(notice, label, dates.Count > 1 && PeriodWords().IsMatch(label.Value) ? dates[^1] : dates[0]);
                    break;
                case HeaderField.Deadline:
                    open |= OpenUntilFilled.Any(words => label.Value.Contains(words, StringComparison.OrdinalIgnoreCase));
                    break;
            }
        }

        // A record's "created:" may be when an export stored the notice, not when it was posted: one
        // after the deadline is that.
        if (recorded && deadline is not null && string.CompareOrdinal(postedOn!.Value, deadline.Value) > 0)
        {
            postedOn = null;
        }

        // A job board's line of two dates run together near the top, where no label gives either.
        if (postedOn is null && deadline is null && !open
            && notice.Lines.Where(l => !l.IsBlank).Take(15).Select(l => (Line: l, Glued: HeaderDates.GluedDates(l.Content))).FirstOrDefault(x => x.Glued is not null) is ({ } line, { } glued)
            && HeaderDates.FindAll(glued.Posted) is [var posted] && HeaderDates.FindAll(glued.Deadline) is [var closing] && posted.Date <= closing.Date)
        {
            const string reason = "no date labels; a job board's line of two dates run together, read as the posting date and the deadline";
            postedOn = notice.ValueAt(HeaderDates.Iso(posted.Date), line.Start, line.End).Because(Confidence.Low, reason);
            deadline = notice.ValueAt(HeaderDates.Iso(closing.Date), line.Start, line.End).Because(Confidence.Low, reason);
        }

        // A careers page's date line under its headline, beside the notice's status ("27.11.2023
        // Expired", "19.04.2024 Expiring soon"): the date it was published.
        if (postedOn is null && notice.Lines.Where(l => !l.IsBlank).Take(6).FirstOrDefault(l => StatusDate().IsMatch(l.Content)) is { } dated
            && HeaderDates.FindAll(dated.Content) is [var published, ..]
            && (deadline is null || string.CompareOrdinal(HeaderDates.Iso(published.Date), deadline.Value) < 0))
        {
            postedOn = notice.ValueAt(HeaderDates.Iso(published.Date), dated.Start, dated.End)
                .Because(Confidence.Low, "no posting-date label; the date a careers page prints under its headline beside the notice's status");
        }

        // The deadline a headline naming the job gives in brackets ("… Assistant at UNDP: (Deadline
        // 30 October 2020)"), or a board's status line ("Job Expired 18 Apr 2024", rated LOW: a
        // board may close a job later than the notice did), where no label gives one.
        if (deadline is null && !open
            && notice.Lines.Where(l => !l.IsBlank).Take(8).Select((l, i) => (Line: l, Match: i < 3 && HeaderTitle.NamesAJob(l.Content) ? HeadlineDeadline().Match(l.Content) : ExpiredLine().Match(l.Content)))
                .FirstOrDefault(x => x.Match.Success) is ({ } headline, { } said)
            && HeaderDates.FindAll(said.Groups["date"].Value, monthFirst, stated) is [var closes, ..])
        {
            var expired = said.Groups["expired"].Success;
            deadline = notice.ValueAt(HeaderDates.Iso(closes.Date), headline.Start, headline.End).Because(expired || closes.Unsettled ? Confidence.Low : Confidence.Medium,
                expired ? "no deadline label; a job board's status line saying when the job expired"
                : closes.Unsettled ? "no deadline label; the deadline a headline gives in brackets, an all-numeric date that reads either way"
                : "no deadline label; the deadline a headline gives in brackets");
        }

        // A notice written as prose says it in its opening sentences.
        deadline ??= open ? null : HeaderProse.Deadline(notice, monthFirst);
        return new Schedule(postedOn, deadline, open && deadline is null);
    }

    // The quote runs from the label to the end of its value, so that a qualifier such as
    // "(midnight The Hague time)" stays with the date.
    private static ValueFact? Fact(NoticeText notice, Labelled label, NoticeDate date) =>
        notice.ValueAt(HeaderDates.Iso(date.Date), label.Start, label.ValueEnd, date.Note)
            .Because(date.Unsettled ? Confidence.Low : label.Trust,
                date.Unsettled ? $"{notice.LabelReason(label)}; an all-numeric date that reads either way, and the notice does not say its order" : notice.LabelReason(label));

    // A deadline in brackets after a headline: "(Deadline 30 October 2020)", "(Closing date: 12 May 2027)".
    internal const string BracketedDeadline = @"\((?:deadline|closing\s+date|apply\s+by|closes?)\b\s*:?\s*(?<date>[^()\n]{6,40})\)";

    [GeneratedRegex(BracketedDeadline, RegexOptions.IgnoreCase)]
    private static partial Regex HeadlineDeadline();

    [GeneratedRegex(@"^\s*(?<expired>(?:job\s+)?expired)\s+(?:on\s+)?(?<date>\S.{5,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex ExpiredLine();

    [GeneratedRegex(@"\b(?:from|del?|desde|du)\b.*\b(?:to|until|al|hasta|au)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"^\s*(?:to|until|till|jusqu['’]au|hasta\s+el)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodEndOnly();

    [GeneratedRegex(@"^\s*\d{1,2}\.\d{1,2}\.\d{4}\s+(?:Expired|Expiring\s+soon)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusDate();
}
