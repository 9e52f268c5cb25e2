using System.Globalization;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.Export;
using static PostsGraph.Export.ExportText;

namespace PostsGraph.GraphQL.Comparison;

public sealed record ComparisonValue(Post Post, string? Value, IReadOnlyList<Evidence> Evidence);

public sealed record ComparisonRow(string Attribute, string Label, IReadOnlyList<ComparisonValue> Values)
{
    public bool Differs => Difference != ComparisonDifference.Same;

    // What kind of difference the row shows: none, a value some posts do not state, or values that differ.
    public ComparisonDifference Difference
    {
        get
        {
            var stated = Values.Select(v => v.Value).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            return stated > 1 ? ComparisonDifference.Different
                : stated == 1 && Values.Any(v => v.Value is null) ? ComparisonDifference.Missing
                : ComparisonDifference.Same;
        }
    }
}

public enum ComparisonDifference
{
    Same,
    Missing,
    Different,
}

public sealed record PostComparisonResult(IReadOnlyList<Post> Posts, IReadOnlyList<ComparisonRow> Rows);

// Puts two to ten posts side by side, one row per attribute, each value with the evidence behind it.
// Values are the API's own spellings (codes, enum names, ISO dates), so equal means equal.
public static class PostComparer
{
    public const int MinPosts = 2;
    public const int MaxPosts = 10;

    public static async Task<PostComparisonResult> CompareAsync(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        if (ids.Count is < MinPosts or > MaxPosts)
        {
            throw new ExecutionError($"comparePosts takes {MinPosts} to {MaxPosts} post IDs; it was given {ids.Count}.") { Code = ErrorCodes.InvalidArgument };
        }

        var keys = ids.Select(id => GlobalId.KeyOf(id, "Post")).ToList();
        if (keys.Distinct().Count() != keys.Count)
        {
            throw new ExecutionError("comparePosts was given the same post twice.") { Code = ErrorCodes.InvalidArgument };
        }

        var db = context.RequestServices!.GetRequiredService<PostsDbContext>();
        var found = await db.Posts.Where(p => keys.Contains(p.Key))
            .Include(p => p.Organisation).Include(p => p.Unit).Include(p => p.Grade).Include(p => p.DutyStation)
            // Each list in the notice's order: without an ORDER BY, databases return rows in any order.
            .Include(p => p.Evidence.OrderBy(x => x.Order)).Include(p => p.SalaryComponents.OrderBy(x => x.Order)).Include(p => p.Identifiers.OrderBy(x => x.Order))
            .Include(p => p.Duties.OrderBy(x => x.Order)).Include(p => p.Education.OrderBy(x => x.Order))
            .Include(p => p.Experience.OrderBy(x => x.Order)).Include(p => p.Languages.OrderBy(x => x.Order))
            .Include(p => p.Certifications.OrderBy(x => x.Order)).Include(p => p.Competencies.OrderBy(x => x.Order))
            .Include(p => p.Conditions.OrderBy(x => x.Order))
            .AsSplitQuery().ToListAsync(context.CancellationToken);
        var posts = keys.Select(key => found.SingleOrDefault(p => p.Key == key)
            ?? throw new ExecutionError($"There is no post {GlobalId.Encode("Post", key)}.") { Code = ErrorCodes.NotFound }).ToList();
        var codes = posts.SelectMany(p => p.Languages).SelectMany(l => l.AnyOf).Distinct().ToList();
        var languages = await db.Languages.Where(l => codes.Contains(l.Code)).ToDictionaryAsync(l => l.Code, l => l.Name, context.CancellationToken);
        return new PostComparisonResult(posts, Rows(posts, languages).ToList());
    }

    private static IEnumerable<ComparisonRow> Rows(List<Post> posts, Dictionary<string, string> languageNames)
    {
        ComparisonRow Row(string attribute, string label, Func<Post, (string? Value, IEnumerable<Evidence> Evidence)> value) =>
            new(attribute, label, [.. posts.Select(p =>
            {
                var (v, evidence) = value(p);
                return new ComparisonValue(p, v, [.. evidence]);
            })]);

        // The post's own attributes, as its fields declare them (PostViews); then one row per condition,
        // language, certification, duty theme and competency framework that any of the posts has.
        foreach (var attribute in PostViews.Instance.Compared)
        {
            yield return Row(attribute.Attribute, attribute.Label, p => (attribute.Value(p), attribute.Evidence(p)));
        }

        // A condition by its details: the figure it states and the notice's words for it, so that two
        // different rules of one kind (renewal, eligibility …) differ.
        foreach (var kind in posts.SelectMany(p => p.Conditions).Select(c => c.Kind).Distinct().Order())
        {
            yield return Row($"conditions.{Name(kind)}", $"Condition: {Name(kind)}", p => p.Conditions.Where(c => c.Kind == kind).ToList() is { Count: > 0 } found
                ? (string.Join("; ", found.Select(Describe)), found.Select(c => c.Evidence))
                : (null, []));
        }

        yield return Row("education", "Education (with the alternatives accepted)", p => p.Education.Count > 0
            ? (string.Join("; ", p.Education.Select(Describe)), p.Education.Select(e => e.Evidence))
            : (null, []));
        yield return Row("experience", "Experience", p => p.Experience.Count > 0
            ? (string.Join("; ", p.Experience.Select(Describe)), p.Experience.Select(e => e.Evidence))
            : (null, []));

        // A language requirement as the notice states it: one language, or any one of several (one
        // row for the set, not a row per language, which would read as if each were required).
        foreach (var necessity in new[] { Necessity.Required, Necessity.Desirable })
        {
            // A set is the same whatever order a notice lists its languages in: by their English names
            // (Arabic, Chinese, English, French, Russian, Spanish: the UN's own order).
            string SetOf(LanguageRequirement l) => string.Join(',',
                l.AnyOf.OrderBy(code => languageNames.GetValueOrDefault(code, code), StringComparer.Ordinal).ThenBy(code => code, StringComparer.Ordinal));
            var sets = posts.SelectMany(p => p.Languages).Where(l => l.Necessity == necessity).Select(SetOf).Distinct()
                .OrderBy(set => set.Contains(',')).ThenBy(set => set, StringComparer.Ordinal);
            foreach (var set in sets)
            {
                var codes = set.Split(',');
                var names = string.Join(", ", codes.Select(code => languageNames.GetValueOrDefault(code, code)));
                var label = $"{(codes.Length > 1 ? $"One of {names}" : names)} ({(necessity == Necessity.Required ? "required" : "desirable")})";
                var attribute = codes.Length > 1 ? $"languages.{Name(necessity)}.anyOf.{string.Join('-', codes)}" : $"languages.{Name(necessity)}.{set}";
                yield return Row(attribute, label, p => p.Languages.Where(l => l.Necessity == necessity && SetOf(l) == set).ToList() is { Count: > 0 } found
                    ? (string.Join("; ", found.Select(l => (codes.Length > 1 ? $"one of {string.Join(", ", l.AnyOf)}, {Name(l.Level)}" : Name(l.Level)) + Restrictions.Restriction(l.AppliesTo))), found.Select(l => l.Evidence))
                    : (null, []));
            }
        }

        foreach (var name in posts.SelectMany(p => p.Certifications).Select(c => c.Name).Distinct().Order(StringComparer.Ordinal))
        {
            yield return Row($"certifications.{name}", $"Certification: {name}", p => p.Certifications.Where(c => c.Name == name).ToList() is { Count: > 0 } found
                ? (string.Join("; ", found.Select(c => Name(c.Necessity) + Restrictions.Restriction(c.AppliesTo))), found.Select(c => c.Evidence))
                : (null, []));
        }

        foreach (var theme in posts.SelectMany(p => p.Duties).SelectMany(d => d.Themes).Distinct().Order())
        {
            yield return Row($"duties.{Name(theme)}", $"Duties on {Name(theme)}", p =>
            {
                var found = p.Duties.Where(d => d.Themes.Contains(theme)).ToList();
                return (found.Count.ToString(CultureInfo.InvariantCulture), found.Select(d => d.Evidence));
            });
        }

        foreach (var framework in posts.SelectMany(p => p.Competencies).Select(c => c.Framework).Distinct().Order())
        {
            yield return Row($"competencies.{Name(framework)}", $"Competencies: {Name(framework)}", p => p.Competencies.Where(c => c.Framework == framework).ToList() is { Count: > 0 } found
                ? (string.Join("; ", found.Select(c => c.Name)), found.Select(c => c.Evidence))
                : (null, []));
        }
    }

    private static string Describe(Condition condition) =>
        (condition.Months is { } m ? $"{m} months: " : condition.Years is { } y ? $"{y} years: " : "") + condition.Text + Restrictions.Restriction(condition.AppliesTo);

    // As the CSV writes them (RowItems), with the fields or area the notice names.
    private static string Describe(EducationRequirement e) =>
        new EducationRowItem(e.PostId, e.Necessity, e.Level, e.InLieuOf, e.AdditionalYears, e.ReplacesYearsOfExperience, e.AppliesTo)
        + (e.Fields.Count > 0 ? $" in {string.Join(", ", e.Fields)}" : "");

    private static string Describe(ExperienceRequirement e) =>
        new ExperienceRowItem(e.PostId, e.Necessity, e.MinYears, e.WithEducation, e.Scopes, e.AppliesTo) + (e.Area is { } area ? $" in {area}" : "");
}
