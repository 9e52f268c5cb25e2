using GraphQL.Types;
using PostsGraph.GraphQL.Loading;
using PostsGraph.GraphQL.Types;

namespace PostsGraph.Export;

// The views every field of a post declares (FieldViews), gathered in the order each shows them.
// The JSON profile follows the schema's field order. The CSV columns, the Markdown facts and the
// comparison rows keep the order they were published in (Published); a field not named there
// follows in the schema's order, so a new column is added at the end and positional readers of
// the CSV do not break.
public sealed class PostViews
{
    private static readonly string[] Published =
    [
        "key", "id", "title", "organisation", "unit", "grade", "dutyStation", "appointmentType", "durationMonths", "postedOn", "deadline",
        "vacancyNumber", "positionNumber", "reportsTo", "annualNetPay", "postAdjustmentRate", "noPayReason", "minYearsExperience",
        "topEducationLevel", "dutyCount", "duties", "education", "experience", "languages", "certifications", "competencies", "conditions", "sourceNotice",
    ];

    public static PostViews Instance { get; } = new(new PostType());

    private PostViews(IComplexGraphType post)
    {
        var declared = post.Fields.Select(f => (Name: FieldViewBuilder.NameOf(f), Views: f.ViewsOf())).Where(f => f.Views is not null).ToList();
        var published = declared.OrderBy(f => Array.IndexOf(Published, f.Name) is var i and >= 0 ? i : Published.Length).ToList();
        Json = [.. declared.Select(f => f.Views!.Json).OfType<JsonMember>()];
        Csv = [.. published.SelectMany(f => f.Views!.Csv)];
        Facts = [.. published.Select(f => f.Views!.Fact).OfType<Fact>()];
        Compared = [.. published.SelectMany(f => f.Views!.Compared)];
        Everything = EverythingOf(post);
    }

    // What an export reads: every field of a post and, of each joined relation, what its profile shows.
    public Selection Everything { get; }

    public IReadOnlyList<JsonMember> Json { get; }

    public IReadOnlyList<CsvCell> Csv { get; }

    public IReadOnlyList<Fact> Facts { get; }

    public IReadOnlyList<ComparedAttribute> Compared { get; }

    private static Selection EverythingOf(IComplexGraphType post)
    {
        var selection = new Selection();
        foreach (var field in post.Fields)
        {
            var sub = selection.Add(FieldViewBuilder.NameOf(field));
            if (field.ReadOf()?.Join is not null && field.ViewsOf()?.Json?.As is { } profile)
            {
                foreach (var member in profile.GetProperties())
                {
                    sub.Add(char.ToLowerInvariant(member.Name[0]) + member.Name[1..]);
                }
            }
        }

        return selection;
    }
}
