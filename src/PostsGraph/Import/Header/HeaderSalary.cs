using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Pay statements: every figure the notice prints with a currency in a pay context, as it prints
// it. Figures joined by "+" ("from $ 101,540 + post adjustment $ 82,654") form one statement and
// share its qualifier, period and quote. A range ("USD 121,300 - 182,000", "entre USD 52.300 y
// USD 64.800", "from EUR 4 593,41 to EUR 5 198,96") is one statement of its lowest figure, FROM.
public static partial class HeaderSalary
{
    public static List<SalaryFact> Extract(NoticeText notice, IReadOnlyList<Labelled> labels, IReadOnlyList<CurrencyItem> currencies)
    {
        var text = notice.Text;
        // A job site's own estimate of the pay ("the salary displayed here is an estimation by …")
        // is not the notice's: figures in the passage before such a disclaimer are left out.
        // So is a board's pay widget: "$96,182 - $128,882 / YEAR" beside "Posted: 2 days ago",
        // a date only a job board writes.
        var disclaimers = SiteEstimate().Matches(text).Select(m => m.Index).ToList();
        var boardDates = BoardDate().Matches(text).Select(m => m.Index).ToList();
        var figures = HeaderSalaryFigure.FindAll(text, currencies)
            .Where(f => !disclaimers.Any(d => f.Start < d && d - f.Start < 1500))
            .Where(f => !(boardDates.Any(d => Math.Abs(d - f.Start) < 500) && SlashPeriod().IsMatch(text, f.End)))
            .ToList();
        var facts = new List<SalaryFact>();
        for (var i = 0; i < figures.Count;)
        {
            var first = i;
            while (i + 1 < figures.Count && Joined(text[figures[i].End..figures[i + 1].Start]))
            {
                i++;
            }

            var statement = figures.GetRange(first, i - first + 1);
            // The high end of a range is part of the statement of its low end.
            var rangeEnd = statement.Count == 1 ? RangeEnd(text, figures, i) : -1;
            i++;
            if (rangeEnd > 0 && i < figures.Count && figures[i].Start < rangeEnd)
            {
                i++;
            }

            facts.AddRange(Statement(notice, labels, statement, rangeEnd, i < figures.Count ? figures[i].Start : text.Length));
        }

        // A statement printed twice (a header block repeated, a summary at the end) is drafted once.
        return [.. facts.DistinctBy(f => (f.Kind, f.Amount, f.Currency, f.Period, f.Qualifier))];
    }

    private static string Tail(string words) => words.Length > 200 ? words[^200..] : words;

    private static bool Joined(string gap) => !gap.Contains('\n') && JoinedGap().IsMatch(gap);

    // Where a range that starts with figure i ends: "– 291,800", " to EUR 5 198,96", " y USD 64.800"; -1 for none.
    private static int RangeEnd(string text, List<HeaderSalaryFigure> figures, int i)
    {
        var m = RangeTail().Match(text, figures[i].End);
        return m.Success ? m.Index + m.Length : -1;
    }

    private static IEnumerable<SalaryFact> Statement(NoticeText notice, IReadOnlyList<Labelled> labels, List<HeaderSalaryFigure> figures, int rangeEnd, int nextFigure)
    {
        var text = notice.Text;
        // "Monthly salary: USD 2,500 + USD 300 transport allowance": the allowance's figure leaves
        // the statement, the salary stays.
        if (figures.Count > 1 && AllowanceAfter().IsMatch(text, figures[^1].End))
        {
            figures = figures[..^1];
        }

        var start = StatementStart(notice, labels, figures[0].Start);
        var last = Math.Max(figures[^1].End, rangeEnd);
        var trailing = Trailing().Match(text, last);
        var end = trailing.Success ? trailing.Index + trailing.Length : last;
        // The rest of the clause says what the figure is ("per month, starting at step 1", "(net
        // base salary)"); it is read, not quoted.
        var clause = text[end..Math.Max(end, Math.Min(nextFigure, ClauseEnd(notice, labels, end)))];
        var before = text[start..figures[0].Start];
        var near = text[start..figures[^1].Start] + " " + text[figures[^1].End..end];
        var context = near + " " + clause;
        // An allowance the figure names after it is not the post's pay ("… €5000 per month salary,
        // … with a €1250 R&R allowance each cycle"); a living allowance, which is, is kept.
        if (!PayWord().IsMatch(context) || Gross().IsMatch(context) || AllowanceAfter().IsMatch(text, figures[^1].End) || AllowanceBefore().IsMatch(before) || notice.QuoteOf(start, end) is not { } quote)
        {
            yield break;
        }

        // The words next to the figure first, then the rest of its clause.
        var (period, periodNote) = PeriodOf(near) is { Note: null } stated ? stated : PeriodOf(context);
        // The clause after a base salary stops where a post adjustment's own words begin ("…,
        // échelon 1), auquel s'ajoute un ajustement de poste estimé à …").
        var ownClause = PostAdjustmentWord().Match(clause) is { Success: true } pa ? clause[..pa.Index] : clause;
        // The words just before each figure (at most 200 characters: a label, not a page of blanks).
        var ownLabels = figures.Select((f, n) => Tail(text[(n == 0 ? start : figures[n - 1].End)..f.Start])).ToList();
        // Which figures a post adjustment's name introduces ("post adjustment estimé à", "| Post adjustment | approximately").
        var adjustments = ownLabels.Select(l => EndsWithPostAdjustment().IsMatch(TrailingQualifier().Replace(l, ""))).ToList();
        // A post adjustment alone takes its qualifier from its own words, not from the salary
        // before it in the same sentence ("… USD 91.476 como mínimo (escalón I), … más un ajuste
        // por lugar de destino … de USD 41.530").
        var ownWords = figures.Count == 1 && adjustments[0]
            && PostAdjustmentWord().Matches(before).LastOrDefault() is { } adjustment
            ? before[adjustment.Index..] + " " + text[figures[^1].End..end]
            : near;
        // A range said to be approximate ("converts to approximately XPF 537,766-658,322") is an
        // estimate, the weaker of the two; an indicative range is a range.
        var qualifier = rangeEnd > 0 ? (Approximately().IsMatch(before) ? "ESTIMATE" : "FROM") : QualifierOf(ownWords) ?? QualifierOf(ownClause) ?? "EXACT";
        var hasPostAdjustment = ownLabels.Any(l => EndsWithPostAdjustment().IsMatch(l));
        // A salary the notice pairs with a post adjustment, in its clause or on the lines around
        // it, is the base salary; one that includes it is the total.
        var pairedWithPostAdjustment = !IncludesPostAdjustment().IsMatch(context)
            && (PostAdjustmentWord().IsMatch(clause) || PostAdjustmentWord().IsMatch(Around(notice, figures[0].Start)));
        for (var n = 0; n < figures.Count; n++)
        {
            // A table row's label is its first cell: "Post adjustment | approximately" is "Post adjustment".
            var label = LabelEdges().Replace(Whitespace().Replace(ownLabels[n].Split('|')[0], " "), "");
            var kind = adjustments[n] ? "POST_ADJUSTMENT"
                : hasPostAdjustment || BaseSalary().IsMatch(ownLabels[n]) || (n == 0 && (BaseSalary().IsMatch(before) || BaseSalary().IsMatch(clause) || pairedWithPostAdjustment))
                    ? "NET_BASE_SALARY"
                : "NET_TOTAL";
            yield return new SalaryFact
            {
                Kind = kind,
                Amount = figures[n].Amount,
                Currency = figures[n].Currency,
                Period = period,
                Qualifier = qualifier,
                Label = label.Length > 0 ? label : null,
                Quote = quote.Text,
                Occurrence = quote.Occurrence,
                Note = periodNote,
            };
        }
    }

    // Where the clause after a figure ends: a sentence end, a semicolon, the line's end or the
    // next label on the line.
    private static int ClauseEnd(NoticeText notice, IReadOnlyList<Labelled> labels, int from)
    {
        var text = notice.Text;
        var lineEnd = text.IndexOf('\n', from) is var e and >= 0 ? e : text.Length;
        var end = Math.Min(lineEnd, from + 160);
        var stop = ClauseStop().Match(text, from, end - from);
        end = stop.Success ? stop.Index : end;
        return labels.Where(l => l.Start >= from && l.Start < end).Select(l => l.Start).DefaultIfEmpty(end).Min();
    }

    // The lines next to a figure's: a "Post Adjustment: 81.9 %" under "Annual Salary: …".
    private static string Around(NoticeText notice, int at)
    {
        var line = notice.LineAt(at);
        var near = Enumerable.Range(line.Index - 2, 5).Where(i => i >= 0 && i < notice.Lines.Count && i != line.Index)
            .Select(i => notice.Lines[i]).Where(l => !l.IsBlank);
        return string.Join("\n", near.Select(l => l.Content));
    }

    // Back to the start of the figure's line (after any bullet), the last label on that line, or
    // the last sentence end, whichever is nearest; a figure that starts its line continues the
    // line above when that line is its label or an unfinished sentence.
    private static int StatementStart(NoticeText notice, IReadOnlyList<Labelled> labels, int at)
    {
        var line = notice.LineAt(at);
        var lead = notice.Text[line.Start..at];
        if (lead.Trim().Length == 0 || !PayWord().IsMatch(lead))
        {
            if (line.Index > 0 && notice.Lines[line.Index - 1] is { IsBlank: false } above
                && (above.Content.EndsWith(':') || labels.Any(l => l.Start == above.Start && l.Field == HeaderField.Salary)
                    || (PayWord().IsMatch(above.Content + " " + lead) && !SentenceEnd().IsMatch(above.Content))))
            {
                // A figure alone on its line belongs to the label line above it, as does the rest of a sentence.
                line = above;
            }
        }

        var start = line.Start;
        while (start < at && (notice.Text[start] is '•' or '-' or '*' or '·' or '▪' or '|' || char.IsWhiteSpace(notice.Text[start])))
        {
            start++;
        }

        foreach (var label in labels.Where(l => l.Start >= start && l.Start < at))
        {
            start = label.Start;
        }

        // The last sentence end before the figure; an abbreviation's point ("aprox. COP 9.845.300") is none.
        var from = Math.Max(start, at - 300);
        var sentence = SentenceStop().Match(notice.Text, from, at - from);
        var last = -1;
        for (; sentence.Success; sentence = sentence.NextMatch())
        {
            last = sentence.Index;
        }

        return last >= 0 ? last + 2 : start;
    }

    [GeneratedRegex(@"\G[ \t]*(?:[-–—]|to|à|a|y|hasta|(?<=\b(?:between|entre)\b[^\n]{1,40})(?:and|et))[ \t]*(?:US\$|S/|€|\$|[A-Z]{3}|Q)?[ \t\u00a0]*\d[\d.,'’\u00a0\u202f\u2009 ]*\d(?:[ \t\u00a0]*(?:€|\$|[A-Z]{3}(?![A-Za-z])))?")]
    private static partial Regex RangeTail();

    // "approximately", "estimated at" … between a label and its figure.
    [GeneratedRegex(@"(?:\s*\b(?:approximately|approx\.?|aprox\.?|about|around|estimated(?:\s+at)?|environ|aproximadamente|estimad[oa]\s+en|estim[ée]e?\s+[àa]|US))+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingQualifier();

    [GeneratedRegex(@"\.(?=\s)|;|\.$")]
    private static partial Regex ClauseStop();

    [GeneratedRegex(@"[.!?]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:salary|salaries|figures?|amounts?|pay)\s+(?:displayed|shown)\s+(?:here|above|on\s+this\s+page)\s+(?:is|are)\s+(?:an?\s+)?(?:estimat|indicative|approximat)|\bestimation\s+by\s+(?!the\s+organi)", RegexOptions.IgnoreCase)]
    private static partial Regex SiteEstimate();

    [GeneratedRegex(@"\b\d{1,2}\+?\s+(?:hours?|days?|weeks?|months?)\s+ago\b|\bposted\s+(?:today|yesterday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoardDate();

    // "/ YEAR", "/yr", "/ month" after a figure or the range it starts.
    [GeneratedRegex(@"\G(?:\s*[-–]\s*\D{0,4}[\d.,  ]+)?\s*/\s*(?:year|yr|month|mo|hour|hr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlashPeriod();

    [GeneratedRegex(@"(?<!\b(?:approx|aprox|env|min|max|ca|no|nr|incl|excl|ref|réf|resp|p\.a|e\.g|i\.e))\.[ \r\n]", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@"post\s+adjustment|indemnit[ée]\s+de\s+poste|ajustement\s+de\s+poste|ajuste\s+por\s+lugar\s+de\s+destino", RegexOptions.IgnoreCase)]
    private static partial Regex PostAdjustmentWord();

    [GeneratedRegex(@"(?:includ\w*|inclusive\s+of)\s+(?:the\s+)?post\s+adjustment|(?:ajustement|indemnit[ée])\s+de\s+poste\s+(?:compris|inclus)e?|y\s+compris\s+l['’]indemnit[ée]\s+de\s+poste|incluid[oa]\s+el\s+ajuste", RegexOptions.IgnoreCase)]
    private static partial Regex IncludesPostAdjustment();

    private static string? QualifierOf(string words) =>
        Estimate().IsMatch(words) ? "ESTIMATE" : Minimum().IsMatch(words) ? "MINIMUM" : From().IsMatch(words) ? "FROM" : null;

    private static (string Period, string? Note) PeriodOf(string context) =>
        Monthly().IsMatch(context) ? ("MONTHLY", null)
        : Annual().IsMatch(context) ? ("ANNUAL", null)
        : ("ANNUAL", "The notice states no period; read as annual.");

    [GeneratedRegex(@"^\s*(?:\+|plus\b|and\b)", RegexOptions.IgnoreCase)]
    private static partial Regex JoinedGap();

    [GeneratedRegex(@"\G[ \t]*(?:\([A-Z]{3}\)[ \t]*)?(?:per\s+(?:annum|year|month)|a\s+(?:year|month)|p\.\s?a\.|annually|yearly|monthly|/\s*(?:year|yr|month|mo)\b|par\s+(?:an|mois)\b|(?:net(?:s|o)?\s+)?(?:annuel(?:le)?s?|mensuel(?:le)?s?|anual(?:es)?|mensual(?:es)?)\b|por\s+(?:a[ñn]o|mes)\b|al\s+(?:a[ñn]o|mes)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"salary|salaries|remuneration|\bpay\b|post\s+adjustment|emolument|compensation|stipend|\bfees?\b|honorari|salaire|r[ée]mun[ée]ration|traitement|ajustement\s+de\s+poste|indemnit[ée]\s+de\s+poste|sueldo|salari[oa]l?|remuneraci[óo]n|ajuste\s+por\s+lugar\s+de\s+destino", RegexOptions.IgnoreCase)]
    private static partial Regex PayWord();

    // A range the notice says is approximate: an estimate.
    [GeneratedRegex(@"\b(?:approximately|approx\.|roughly|around|environ|aproximadamente|aprox\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Approximately();

    // "Perdiem : 684 € net/mois", "Hardship allowance: USD 1,000": a figure an allowance's label gives;
    // not a pay label that names allowances beside the salary ("Salary and allowances:", "Monthly
    // salary including allowances:", "Salaire et indemnités :").
    [GeneratedRegex(@"(?<!\b(?:salary|salaries|salaire|sueldo|salario|(?<!(?:danger|hazard|hardship|risk)[ \t])pay|remuneration|r[ée]mun[ée]ration|remuneraci[óo]n)[ \t]+(?:and|et|y|with|plus|avec|con|including|includes|inclusive[ \t]+of|incl\.?|&)[ \t]+(?:[\w-]+[ \t]+){0,2})\b(?:per[ \t]?diems?|(?<!living[ \t])allowances?|indemnit[ée]s?|primes?|hardship|danger[ \t]+pay|vi[áa]ticos?)[ \t]*(?:\([^()\n]{0,20}\)[ \t]*)?[:=]?[ \t]*(?:of[ \t]+|de[ \t]+)?(?:US\$|€|\$|[A-Z]{3})?[ \t]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AllowanceBefore();

    // The words between the figure and the allowance's noun name the allowance ("USD 300 transport
    // allowance", "€1250 R&R allowance"); a word that joins or excludes it ("excluding bonus",
    // "avec prime de risque", "más bono") leaves the figure the salary's.
    [GeneratedRegex(@"\G[ \t]*(?:(?!(?:living|subsistence|plus|and|with|without|including|incl|inclusive|excluding|excl|exclusive|except|before|after|not|no|or|et|y|hors|sans|avec|ou|más|mas|con|sin|o)\b)[\w&/-]+[ \t]+){0,2}(?:allowance|bonus|per[ \t]+diem|indemnit[ée]|prime|subsidio|bono)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllowanceAfter();

    // Gross figures have no kind in the seed format (all kinds are net of staff assessment).
    [GeneratedRegex(@"\bgross\b|\bbrut(?:e|s|es)?\b|\bbrut[oa]s?\b|\bbrutto\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gross();

    [GeneratedRegex(@"\bestimated?\b|\bapprox|\bindicative\b|\baround\b|\babout\b|\bestim[ée]e?s?\b|\bindicatif|\benviron\b|\bestimad[oa]s?\b|\baproximad|\baprox\.", RegexOptions.IgnoreCase)]
    private static partial Regex Estimate();

    [GeneratedRegex(@"\bminimum\b|\bmin\.|\bm[íi]nim[oa]s?\b|\bstarting\b|\bstep\s+(?:1|I|one)\b|\bfirst\s+step\b|\b[ée]chelon\s+(?:1|I)\b|\bpremier\s+[ée]chelon\b|\bescal[óo]n\s+(?:1|I)\b|\bprimer\s+escal[óo]n\b", RegexOptions.IgnoreCase)]
    private static partial Regex Minimum();

    [GeneratedRegex(@"\bfrom\b(?!\s+time\s+to\s+time)|\b[àa]\s+partir\s+de\b|\bdesde\b|\ba\s+partir\s+de\b", RegexOptions.IgnoreCase)]
    private static partial Regex From();

    [GeneratedRegex(@"\bmonthly\b|\bper\s+month\b|\ba\s+month\b|/\s*mo(?:nth)?\b|/\s*(?:mois|mes)\b|\bmensuel(?:le)?s?\b|\bpar\s+mois\b|\bmensual(?:es)?\b|\bpor\s+mes\b|\bal\s+mes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"\bannual(?:ly)?\b|\bper\s+(?:annum|year)\b|\ba\s+year\b|\byearly\b|\bp\.\s?a\.|/\s*y(?:ea)?r\b|\bannuel(?:le)?s?\b|\bpar\s+an\b|\banual(?:es)?\b|\bpor\s+a[ñn]o\b|\bal\s+a[ñn]o\b", RegexOptions.IgnoreCase)]
    private static partial Regex Annual();

    [GeneratedRegex(@"(?:post\s+adjustment|\bPA\b|indemnit[ée]\s+de\s+poste|ajustement\s+de\s+poste|ajuste\s+por\s+lugar\s+de\s+destino)(?:\s*\(PA\))?[\s:=,|]*(?:(?:of|is|at|to|de|a|à|en|estim[ée]e?|estimad[oa]|variable|currently|actualmente|actuellement|que|qui|which|amounts?|asciende|s['’][ée]l[èe]ve)(?:[\s,]+|$)){0,5}[\s:=|]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithPostAdjustment();

    [GeneratedRegex(@"\bbase\b|\bbasic\b|excluding\s+post\s+adjustment|without\s+post\s+adjustment|\bde\s+base\b|\bb[áa]sico\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaseSalary();

    [GeneratedRegex(@"^[\s+:,;|*_]*(?:(?:plus|and)\s+)?|[\s:,;=(|*_]+$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelEdges();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
