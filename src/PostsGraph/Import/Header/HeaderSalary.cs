using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// Pay statements: every figure the notice prints with a currency in a pay context, as it prints
// it. Figures joined by "+" ("from $ 101,540 + post adjustment $ 82,654") form one statement and
// share its qualifier, period and quote.
public static partial class HeaderSalary
{
    public static List<SalaryFact> Extract(NoticeText notice, IReadOnlyList<Labelled> labels, IReadOnlyList<CurrencyItem> currencies)
    {
        var text = notice.Text;
        var figures = HeaderSalaryFigure.FindAll(text, currencies);
        var facts = new List<SalaryFact>();
        for (var i = 0; i < figures.Count;)
        {
            var first = i;
            while (i + 1 < figures.Count && Joined(text[figures[i].End..figures[i + 1].Start]))
            {
                i++;
            }

            var statement = figures.GetRange(first, i - first + 1);
            i++;
            facts.AddRange(Statement(notice, labels, statement));
        }

        return facts;
    }

    private static bool Joined(string gap) => !gap.Contains('\n') && JoinedGap().IsMatch(gap);

    private static IEnumerable<SalaryFact> Statement(NoticeText notice, IReadOnlyList<Labelled> labels, List<HeaderSalaryFigure> figures)
    {
        var text = notice.Text;
        var start = StatementStart(notice, labels, figures[0].Start);
        var trailing = Trailing().Match(text, figures[^1].End);
        var end = trailing.Success ? trailing.Index + trailing.Length : figures[^1].End;
        var context = text[start..figures[^1].Start] + " " + text[figures[^1].End..end];
        if (!PayWord().IsMatch(context) || Gross().IsMatch(context) || notice.QuoteOf(start, end) is not { } quote)
        {
            yield break;
        }

        var (period, periodNote) = PeriodOf(context);
        var qualifier = Estimate().IsMatch(context) ? "ESTIMATE"
            : Minimum().IsMatch(context) ? "MINIMUM"
            : From().IsMatch(context) ? "FROM"
            : "EXACT";
        var ownLabels = figures.Select((f, n) => text[(n == 0 ? start : figures[n - 1].End)..f.Start]).ToList();
        var hasPostAdjustment = ownLabels.Any(l => EndsWithPostAdjustment().IsMatch(l));
        for (var n = 0; n < figures.Count; n++)
        {
            var label = LabelEdges().Replace(Whitespace().Replace(ownLabels[n], " "), "");
            var kind = EndsWithPostAdjustment().IsMatch(ownLabels[n]) ? "POST_ADJUSTMENT"
                : hasPostAdjustment || BaseSalary().IsMatch(ownLabels[n]) ? "NET_BASE_SALARY"
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

    // Back to the start of the figure's line (after any bullet), the last label on that line, or
    // the last sentence end, whichever is nearest.
    private static int StatementStart(NoticeText notice, IReadOnlyList<Labelled> labels, int at)
    {
        var line = notice.Lines.Last(l => l.Start <= at || l.Index == 0);
        if (line.Start == at && notice.Lines.LastOrDefault(l => l.Index < line.Index && !l.IsBlank) is { } above && above.Content.EndsWith(':'))
        {
            // A figure alone on its line belongs to the label line above it.
            line = above;
        }

        var start = line.Start;
        while (start < at && (notice.Text[start] is '•' or '-' or '*' or '·' or '▪' || char.IsWhiteSpace(notice.Text[start])))
        {
            start++;
        }

        foreach (var label in labels.Where(l => l.Start >= start && l.Start < at))
        {
            start = label.Start;
        }

        var sentence = notice.Text.LastIndexOf(". ", at, at - start, StringComparison.Ordinal);
        return sentence >= start ? sentence + 2 : start;
    }

    private static (string Period, string? Note) PeriodOf(string context) =>
        Monthly().IsMatch(context) ? ("MONTHLY", null)
        : Annual().IsMatch(context) ? ("ANNUAL", null)
        : ("ANNUAL", "The notice states no period; read as annual.");

    [GeneratedRegex(@"^\s*(?:\+|plus\b|and\b)", RegexOptions.IgnoreCase)]
    private static partial Regex JoinedGap();

    [GeneratedRegex(@"\G[ \t]*(?:\([A-Z]{3}\)[ \t]*)?(?:per\s+(?:annum|year|month)|a\s+(?:year|month)|p\.\s?a\.|annually|yearly|monthly|/\s*(?:year|yr|month|mo)\b|par\s+(?:an|mois)\b|(?:net(?:s|o)?\s+)?(?:annuel(?:le)?s?|mensuel(?:le)?s?|anual(?:es)?|mensual(?:es)?)\b|por\s+(?:a[ñn]o|mes)\b|al\s+(?:a[ñn]o|mes)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"salary|salaries|remuneration|\bpay\b|post\s+adjustment|emolument|compensation|stipend|\bfees?\b|honorari|salaire|r[ée]mun[ée]ration|traitement|ajustement\s+de\s+poste|sueldo|salario|remuneraci[óo]n|ajuste\s+por\s+lugar\s+de\s+destino", RegexOptions.IgnoreCase)]
    private static partial Regex PayWord();

    // Gross figures have no kind in the seed format (all kinds are net of staff assessment).
    [GeneratedRegex(@"\bgross\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gross();

    [GeneratedRegex(@"\bestimated?\b|\bapprox|\bindicative\b|\baround\b|\bestim[ée]e?s?\b|\bindicatif|\bestimad[oa]s?\b|\baproximad", RegexOptions.IgnoreCase)]
    private static partial Regex Estimate();

    [GeneratedRegex(@"\bminimum\b|\bmin\.|\bm[íi]nim[oa]s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Minimum();

    [GeneratedRegex(@"\bfrom\b|\bstarting\b|\b[àa]\s+partir\s+de\b|\bdesde\b|\ba\s+partir\s+de\b", RegexOptions.IgnoreCase)]
    private static partial Regex From();

    [GeneratedRegex(@"\bmonthly\b|\bper\s+month\b|\ba\s+month\b|/\s*mo(?:nth)?\b|\bmensuel(?:le)?s?\b|\bpar\s+mois\b|\bmensual(?:es)?\b|\bpor\s+mes\b|\bal\s+mes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"\bannual(?:ly)?\b|\bper\s+(?:annum|year)\b|\ba\s+year\b|\byearly\b|\bp\.\s?a\.|/\s*y(?:ea)?r\b|\bannuel(?:le)?s?\b|\bpar\s+an\b|\banual(?:es)?\b|\bpor\s+a[ñn]o\b|\bal\s+a[ñn]o\b", RegexOptions.IgnoreCase)]
    private static partial Regex Annual();

    [GeneratedRegex(@"(?:post\s+adjustment|\bPA\b)(?:\s*\(PA\))?[\s:=]*(?:of|is)?[\s:=]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithPostAdjustment();

    [GeneratedRegex(@"\bbase\b|\bbasic\b|excluding\s+post\s+adjustment|without\s+post\s+adjustment|\bde\s+base\b|\bb[áa]sico\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaseSalary();

    [GeneratedRegex(@"^[\s+:,;]*(?:(?:plus|and)\s+)?|[\s:,;=(]+$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelEdges();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
