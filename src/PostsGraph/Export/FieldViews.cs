using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PostsGraph.Data.Entities;
using PostsGraph.Seed;

namespace PostsGraph.Export;

// How a post's field shows in the exports and in comparePosts, declared on the field itself
// (PostType), so that a field is described once: its GraphQL shape, what it reads (FieldReads) and
// these views.
public sealed class FieldViews
{
    public const string Key = "postsgraph.views";

    // The JSON profile's member: a value, written as `As` when given (AutoMapper's map from the entity).
    public JsonMember? Json { get; set; }

    public List<CsvCell> Csv { get; } = [];

    // A row of the Markdown profile's fact table.
    public Fact? Fact { get; set; }

    public List<ComparedAttribute> Compared { get; } = [];

    // Set on a field that answers a request rather than states a fact of the post (Post.matches,
    // where a search found it): no export or comparison shows it.
    public const string OfTheRequestKey = "postsgraph.ofTheRequest";
}

public sealed record JsonMember(string Name, Func<Post, object?> Value, Type? As);

// A CSV cell: a string, a number or null, from the post and, for a list, the few columns of its items a row shows.
public sealed record CsvCell(string Column, Func<Post, RowLists, object?> Value);

// A fact for the Markdown table; one that a public listing rather than the notice states is marked so.
public sealed record Fact(string Label, Func<Post, string?> Value, string? EvidenceField);

// A comparePosts row: the value in the API's spelling and the evidence behind it (by default the
// evidence recorded for the field).
public sealed record ComparedAttribute(string Attribute, string Label, Func<Post, string?> Value, Func<Post, IEnumerable<Evidence>> Evidence);

public static class FieldViewBuilder
{
    extension<TReturn>(FieldBuilder<Post, TReturn> field)
    {
        // The JSON member named after the field (or `name`): `value`, or the post's property of the field's name.
        public FieldBuilder<Post, TReturn> Json(Func<Post, object?>? value = null, string? name = null) =>
            field.View(v => v.Json = new JsonMember(name ?? NameOf(field.FieldType), value ?? Property(field.FieldType), null));

        // The JSON member as `profile`, mapped from the post's property of the field's name.
        public FieldBuilder<Post, TReturn> JsonAs(Type profile, string? name = null) =>
            field.View(v => v.Json = new JsonMember(name ?? NameOf(field.FieldType), Property(field.FieldType), profile));

        public FieldBuilder<Post, TReturn> Csv(string column, Func<Post, object?> value) =>
            field.View(v => v.Csv.Add(new CsvCell(column, (post, _) => value(post))));

        public FieldBuilder<Post, TReturn> Csv(string column, Func<Post, RowLists, object?> value) =>
            field.View(v => v.Csv.Add(new CsvCell(column, value)));

        // `fromListing`: mark the value when the field's evidence is a public listing, not the notice.
        public FieldBuilder<Post, TReturn> Fact(string label, Func<Post, string?> value, bool fromListing = false) =>
            field.View(v => v.Fact = new Fact(label, value, fromListing ? NameOf(field.FieldType) : null));

        public FieldBuilder<Post, TReturn> Compared(string label, Func<Post, string?> value, Func<Post, IEnumerable<Evidence>>? evidence = null, string? attribute = null)
        {
            var name = NameOf(field.FieldType);
            return field.View(v => v.Compared.Add(new ComparedAttribute(attribute ?? name, label, value, evidence ?? (p => FieldEvidence(p, name)))));
        }

        // A plain property in every export: its JSON member, its CSV column (the field's name in
        // snake_case) and a Markdown fact, each in the API's spelling. What a new scalar field needs.
        public FieldBuilder<Post, TReturn> Exported(string label)
        {
            var value = Property(field.FieldType);
            return field.Json(value).Csv(SnakeCase(NameOf(field.FieldType)), p => ExportText.Cell(value(p)))
                .Fact(label, p => ExportText.Fact(value(p)));
        }

        private FieldBuilder<Post, TReturn> View(Action<FieldViews> declare)
        {
            if (field.FieldType.GetMetadata<FieldViews?>(FieldViews.Key) is not { } views)
            {
                field.FieldType.Metadata[FieldViews.Key] = views = new FieldViews();
            }

            declare(views);
            return field;
        }
    }

    public static FieldViews? ViewsOf(this IFieldType field) => field.GetMetadata<FieldViews?>(FieldViews.Key);

    // The field's name in the schema: a field declared from a property is named after it until the
    // schema's camel-case name converter renames it, and views are gathered from a type outside a schema.
    public static string NameOf(IFieldType field) => char.ToLowerInvariant(field.Name[0]) + field.Name[1..];

    public static IEnumerable<Evidence> FieldEvidence(Post post, string field) => post.Evidence.Where(e => e.Field == field).Select(e => e.Evidence);

    // The post's property of the field's name (salaryComponents: SalaryComponents), compiled once:
    // exports read it for every post.
    private static Func<Post, object?> Property(FieldType field)
    {
        var property = typeof(Post).GetProperty(char.ToUpperInvariant(field.Name[0]) + field.Name[1..])
            ?? throw new InvalidOperationException($"Post has no property for the field {field.Name}; give the view its value.");
        var post = Expression.Parameter(typeof(Post), "post");
        return Expression.Lambda<Func<Post, object?>>(Expression.Convert(Expression.Property(post, property), typeof(object)), post).Compile();
    }

    public static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}

// Values in the exports' spelling: enums as the API names them, dates ISO, numbers invariant.
public static class ExportText
{
    public static string Name<T>(T value) where T : struct, Enum => EnumNames<T>.Of(value);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Join<T>(IEnumerable<T> items, Func<T, string> item) => string.Join("; ", items.Select(item));

    // A CSV cell: numbers stay numbers (the writer formats them), enums and dates become text.
    public static object? Cell(object? value) => value switch
    {
        Enum e => EnumNames.Of(e),
        DateOnly d => Date(d),
        _ => value,
    };

    // A comparison value: enums as the API names them, numbers invariant.
    public static string? Text(object? value) => value switch
    {
        null => null,
        Enum e => EnumNames.Of(e),
        DateOnly d => Date(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // A Markdown fact: as a comparison value, enums as code.
    public static string? Fact(object? value) => value is Enum e ? $"`{EnumNames.Of(e)}`" : Text(value);
}
