using System.Globalization;
using System.Text;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL;
using static PostsGraph.Export.ExportText;

namespace PostsGraph.Export;

// A post profile to read and cite: the facts in a table, then every duty, requirement and
// condition in the notice's words, then where each header fact comes from.
public static class MarkdownWriter
{
    public static string Profile(Post p)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {Escape(p.Title)} ({p.Organisation!.Acronym})\n\n");
        md.Append("| Fact | Value |\n|---|---|\n");
        foreach (var fact in PostViews.Instance.Facts)
        {
            var value = fact.Value(p);
            Fact(md, fact.Label, fact.EvidenceField is { } field ? External(p, field, value) : value);
        }

        md.Append(CultureInfo.InvariantCulture, $"\nSource: notice `{p.SourceNotice!.FileName}` (SHA-256 `{p.SourceNotice.Sha256}`); PostsGraph ID `{GlobalId.Encode("Post", p.Key)}` (key `{p.Key}`).\n");

        Duties(md, p.Duties);
        Section(md, "Education", p.Education, (e, _) =>
            $"- {Code(Name(e.Necessity))} {Code(Name(e.Level))}"
            + (e.InLieuOf is { } l ? $" in lieu of {Code(Name(l))}" : "")
            + (e.AdditionalYears is { } y ? $", plus {y} years of experience" : "")
            + (e.ReplacesYearsOfExperience is { } r ? $", for {r} years of experience" : "")
            + $": {Escape(e.Text)}{Applies(e.AppliesTo, e.AppliesToEvidence)}{Note(e.Evidence)}");
        Section(md, "Experience", p.Experience, (e, _) =>
            $"- {Code(Name(e.Necessity))}{(e.MinYears is { } y ? $" {y} years" : "")}{(e.WithEducation is { } w ? $" with {Code(Name(w))}" : "")}"
            + (e.Scopes.Count > 0 ? $" ({string.Join(", ", e.Scopes.Select(s => Code(Name(s))))})" : "")
            + $": {Escape(e.Text)}{Applies(e.AppliesTo, e.AppliesToEvidence)}{Note(e.Evidence)}");
        Section(md, "Languages", p.Languages, (l, _) =>
            $"- {Code(Name(l.Necessity))} {Code(Name(l.Level))} in {(l.AnyOf.Count > 1 ? "any of " : "")}{string.Join(", ", l.AnyOf)}: {Escape(l.Text)}{Applies(l.AppliesTo, l.AppliesToEvidence)}{Note(l.Evidence)}");
        Section(md, "Certifications", p.Certifications, (c, _) =>
            $"- {Code(Name(c.Necessity))} {Escape(c.Name)}{(c.Issuer is { } i ? $" ({Escape(i)})" : "")}: {Escape(c.Text)}{Applies(c.AppliesTo, c.AppliesToEvidence)}{Note(c.Evidence)}");
        Section(md, "Competencies", p.Competencies, (c, _) =>
            $"- {Code(Name(c.Framework))} {Escape(c.Name)}{(c.Necessity == Necessity.Desirable ? " (desirable)" : "")}{(c.Text == c.Name ? "" : $": {Escape(c.Text)}")}{Applies(c.AppliesTo, c.AppliesToEvidence)}{Note(c.Evidence)}");
        Section(md, "Conditions", p.Conditions, (c, _) =>
            $"- {Code(Name(c.Kind))}{(c.Months is { } m ? $" {m} months" : "")}{(c.Years is { } y ? $" {y} years" : "")}: {Escape(c.Text)}{Applies(c.AppliesTo, c.AppliesToEvidence)}{Note(c.Evidence)}");
        Section(md, "Pay as stated", p.SalaryComponents, (s, _) =>
            $"- {Code(Name(s.Kind))} {s.Amount.ToString("#,0.##", CultureInfo.InvariantCulture)} {s.CurrencyCode}, {Code(Name(s.Period))}, {Code(Name(s.Qualifier))}: \"{Escape(s.Evidence.Quote ?? "")}\"");
        Section(md, "Where the facts come from", p.Evidence, (e, _) => $"- {e.Field}: {Source(e.Evidence)}");
        return md.ToString();
    }

    // A fact the notice does not state but a public listing does is marked as such in the table.
    private static string? External(Post post, string field, string? value) =>
        value is not null && post.Evidence.Any(e => e.Field == field && e.Evidence.SourceUrl is not null) ? $"{value} (from a public listing, not the notice)" : value;

    private static void Fact(StringBuilder md, string name, string? value) =>
        md.Append(CultureInfo.InvariantCulture, $"| {name} | {(value is null ? "not stated" : Cell(value))} |\n");

    // A heading shared by consecutive duties (a numbered group of bullets) is written once above
    // them; a duty's own heading leads its line.
    private static void Duties(StringBuilder md, List<Duty> duties)
    {
        Section(md, "Duties", duties, (duty, i) =>
        {
            var shared = duty.Heading is not null && duties.Count(d => d.Heading == duty.Heading) > 1;
            var group = shared && (i == 0 || duties[i - 1].Heading != duty.Heading) ? $"{(i == 0 ? "" : "\n")}### {Escape(duty.Heading!)}\n\n" : "";
            var lead = duty.Heading is { } h && !shared ? $"**{Escape(h.TrimEnd('.'))}.** " : "";
            return $"{group}{i + 1}. {lead}{Escape(duty.Text)} ({string.Join(", ", duty.Themes.Select(t => Code(Name(t))))}){Note(duty.Evidence)}";
        });
    }

    private static void Section<T>(StringBuilder md, string title, List<T> items, Func<T, int, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n");
        for (var i = 0; i < items.Count; i++)
        {
            md.Append(line(items[i], i)).Append('\n');
        }
    }

    private static string Source(Evidence e) => e.Quote is { } quote
        ? $"\"{Escape(quote)}\" (characters {e.Start}-{e.End}){(e.Note is { } n ? $"; {Escape(n)}" : "")}"
        : $"not in the notice; {e.SourceUrl} ({Escape(e.Note ?? "")})";

    // Whom a rule applies to, with the notice's words, where it does not apply to all candidates.
    private static string Applies(Applicability appliesTo, Evidence words) =>
        appliesTo == Applicability.AllCandidates ? ""
            : $" (applies to {Code(Name(appliesTo))}: \"{Escape(words.Quote ?? "")}\"{(words.Note is { } note ? $"; {Escape(note)}" : "")})";

    // A curator's remark on how the notice was read, where there is one.
    private static string Note(Evidence evidence) => evidence.Note is { } note ? $" (Curator's note: {Escape(note)})" : "";

    private static string Code(string text) => $"`{text}`";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    // The notice's words stay as they are, but must not turn into Markdown markup.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
