using System.Globalization;
using System.Text.RegularExpressions;
using PostsGraph.Seed;

namespace PostsGraph.Import.Header;

// An amount printed with its currency: "€109,036.00", "USD 7,382", "$ 101,540", "CHF 120'000",
// "2,959.06Euro", "109 036,00 €", "7 382 dólares". Offsets cover currency and amount.
public sealed partial record HeaderSalaryFigure(int Start, int End, decimal Amount, string Currency)
{
    public static List<HeaderSalaryFigure> FindAll(string text, IReadOnlyList<CurrencyItem> currencies)
    {
        var figures = new List<HeaderSalaryFigure>();
        foreach (Match m in Figure().Matches(text))
        {
            var symbol = m.Groups["pre"].Success ? m.Groups["pre"].Value : m.Groups["post"].Value;
            if (CurrencyOf(symbol, currencies) is { } currency && Parse(m.Groups["amount"].Value) is { } amount)
            {
                figures.Add(new HeaderSalaryFigure(m.Index, m.Index + m.Length, amount, currency));
            }
        }

        return figures;
    }

    // A bare "$" is the US dollar, as in UN-system notices, unless a code says otherwise ("CAD 5").
    private static string? CurrencyOf(string symbol, IReadOnlyList<CurrencyItem> currencies)
    {
        var words = Whitespace().Replace(symbol, " ").ToLowerInvariant();
        return words switch
        {
            "€" or "euro" or "euros" => "EUR",
            "$" or "us$" or "us dollars" or "us dollar" or "dollar" or "dollars" or "dólares" or "dolares" => "USD",
            _ when words.StartsWith("dollars des", StringComparison.Ordinal) || words.StartsWith("dollars am", StringComparison.Ordinal)
                || words.StartsWith("dólares ", StringComparison.Ordinal) || words.StartsWith("dolares ", StringComparison.Ordinal) => "USD",
            "£" => "GBP",
            "q" => "GTQ",
            "s/" => "PEN",
            "swiss francs" or "francs suisses" or "francos suizos" => "CHF",
            // The CFA franc is two currencies; only the code the notice gives beside it says which.
            _ when words.StartsWith("fcfa", StringComparison.Ordinal) || words.StartsWith("f cfa", StringComparison.Ordinal)
                => words.Contains("xof", StringComparison.Ordinal) ? "XOF" : words.Contains("xaf", StringComparison.Ordinal) ? "XAF" : null,
            _ when currencies.Any(c => c.Code == symbol) => symbol,
            // A code written as a word ("Php 876,102.00"): only the codes the pattern lists, so that
            // no other word ("Net 2,800 USD", "Ksh 150,000 (KES)") takes the amount from its currency.
            _ when symbol.Length == 3 && char.IsUpper(symbol[0]) && char.IsLower(symbol[1])
                && currencies.Any(c => c.Code == symbol.ToUpperInvariant()) => symbol.ToUpperInvariant(),
            // "Bs 19.460 (BOB)": the code in brackets after the figure.
            _ when symbol.Length == 5 && symbol[0] == '(' && currencies.Any(c => c.Code == symbol[1..4]) => symbol[1..4],
            _ => null,
        };
    }

    // "109,036.00", "109.036,00", "109 036,00" (a decimal comma after spaces or thin spaces), "7382,5".
    private static decimal? Parse(string amount)
    {
        var plain = EuropeanAmount().IsMatch(amount) || DecimalComma().IsMatch(amount) || DotThousands().IsMatch(amount)
            ? Separators().Replace(amount.Replace(".", ""), "").Replace(',', '.')
            : Separators().Replace(amount, "");
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // The currency either precedes the amount (possibly at the end of the line before it) or
    // follows it; a code after the amount must not be followed by another amount ("2023 USD 5").
    [GeneratedRegex("""
        (?:
          (?<pre>US\$|S/|€|\$|£|(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])|(?<![A-Za-z])(?:Php|Usd|Eur|Chf|Gbp|Kes|Ngn|Inr|Pkr|Bdt|Npr|Ugx|Tzs|Etb|Jod|Lbp|Afn|Iqd|Syp|Yer|Sdg|Ssp|Cdf|Htg|Xof|Xaf|Zar|Ghs|Egp)(?=[ \t\u00a0]?\d{1,3}[,.'’\u00a0\u202f\u2009\x20]\d{3})|(?<![A-Za-z])Q(?=[ \t]?\d))[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?(?<amount>(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d{2}|\d{1,3}(?:[\u00a0\u202f\u2009\x20]\d{3})+,\d{1,2}|\d{1,3}(?:[,'’\u00a0\u202f\u2009\x20]\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?!\d|,\d)|\d+(?:[.,]\d{1,2})?)(?!\d))
        | (?<amount>(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d{2}|\d{1,3}(?:[\u00a0\u202f\u2009\x20]\d{3})+,\d{1,2}|\d{1,3}(?:[,'’\u00a0\u202f\u2009\x20]\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?!\d|,\d)|\d+(?:[.,]\d{1,2})?)(?!\d))[ \t\u00a0]*(?<post>€|\$|(?i:euros?|us\s+dollars?|dollars?(?:\s+des\s+[ée]tats-unis|\s+am[ée]ricains)?|d[óo]lares(?:\s+estadounidenses|\s+de\s+los\s+estados\s+unidos)?|swiss\s+francs|francs\s+suisses|francos\s+suizos)(?![a-zà-ÿ])|F[ \t]?CFA(?:[ \t]*\((?:XOF|XAF)\))?|[A-Z]{3}(?![A-Za-z])|\([A-Z]{3}\))(?![ \t]*\d)
        )
        """,
        RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Figure();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+,\d{2}$")]
    private static partial Regex EuropeanAmount();

    // Points between groups of three digits and no decimals: thousands ("71.910", "9.850.000").
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex DotThousands();

    // A comma before one or two final digits, with no point: a decimal comma ("7382,50", "98 500,00").
    [GeneratedRegex(@"^[^.]*,\d{1,2}$")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Thousands separators; with a decimal comma, the comma is not among them (replaced after).
    [GeneratedRegex(@"[,'’\u00a0\u202f\u2009 ](?=\d{3})")]
    private static partial Regex Separators();
}
