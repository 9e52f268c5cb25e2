using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace PostsGraph.GraphQL.Loading;

// What resolving a field needs from its object's row, declared where the field is declared. The
// lookahead reads exactly the union of these for the fields a query selects; a field declared from
// a property (`Field(p => p.Title)`) reads that property's column without saying so.
//
// - Columns: properties of the entity the resolver reads (an owned value such as AnnualNetPay counts
//   as one property, however many columns it has).
// - Join: a navigation to a single related entity that a page joins in the same statement, reading
//   the related entity's columns for the sub-selection; the columns name its foreign key.
public sealed record FieldRead(IReadOnlyList<string> Columns, string? Join = null);

public static class FieldReads
{
    private const string Key = "postsgraph.reads";

    // GraphQL.NET records the member a field was declared from under this key.
    private const string ExpressionMember = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    // The field reads these properties of its object (for a list or an object loaded later: the key it is loaded by).
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] columns) =>
        field.WithMetadata(Key, new FieldRead(columns));

    // The field is the related entity behind `navigation`, joined into the page; `foreignKey` loads it otherwise.
    public static FieldBuilder<TSource, TReturn> Joins<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string navigation, string foreignKey) =>
        field.WithMetadata(Key, new FieldRead([foreignKey], navigation));

    // What the field reads; null for a field that declares nothing, which the lookahead treats as
    // needing the whole entity (and a test refuses).
    public static FieldRead? ReadOf(this IFieldType field) =>
        field.GetMetadata<FieldRead?>(Key)
        ?? (field.GetMetadata<string?>(ExpressionMember) is { } member ? new FieldRead([member]) : null);
}
