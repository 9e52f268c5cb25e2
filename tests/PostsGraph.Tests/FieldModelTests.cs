using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using PostsGraph.Data;
using PostsGraph.Export;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.Tests;

// A field is described once, where it is declared: its GraphQL shape, what it reads and how it
// shows in the exports and comparisons. Every field of a post, and of each relation a page joins,
// says what it reads, and what it names exists in the EF Core model; every field of a post is in
// the JSON profile. A field added without these, or a read left behind by a rename, fails here
// instead of reading null or whole rows, or missing from the exports.
[Collection(ApiCollection.Name)]
public sealed class FieldModelTests(PostsGraphApp app)
{
    private static readonly string[] Relations = ["Organisation", "Unit", "Grade", "DutyStation", "SourceNotice"];

    public static TheoryData<string> JoinedTypes => ["Post", .. Relations];

    [Theory]
    [MemberData(nameof(JoinedTypes))]
    public void EveryFieldDeclaresWhatItReadsAndNamesOnlyWhatTheEntityHas(string typeName)
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var type = (IObjectGraphType)schema.AllTypes[typeName]!;
        using var scope = app.Services.CreateScope();
        var entity = scope.ServiceProvider.GetRequiredService<PostsDbContext>().Model.FindEntityType(type.GetType().BaseType!.GetGenericArguments()[0])!;
        Assert.NotNull(entity);

        var problems = new List<string>();
        foreach (var field in type.Fields)
        {
            if (field.ReadOf() is not { } read)
            {
                problems.Add($"{typeName}.{field.Name} declares nothing it reads");
                continue;
            }

            problems.AddRange(read.Columns.Where(c => entity.FindProperty(c) is null && entity.FindNavigation(c)?.TargetEntityType.IsOwned() != true)
                .Select(c => $"{typeName}.{field.Name} reads {c}, which {entity.ClrType.Name} does not have"));
            if (read.Join is { } join && entity.FindNavigation(join) is not { IsCollection: false })
            {
                problems.Add($"{typeName}.{field.Name} joins {join}, which is not a single navigation of {entity.ClrType.Name}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void ThePostsJoinedRelationsAreTheTypesCheckedHere()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var joined = ((IObjectGraphType)schema.AllTypes["Post"]!).Fields.Where(f => f.ReadOf()?.Join is not null)
            .Select(f => f.ResolvedType!.GetNamedType().Name);
        Assert.Equal(Relations.Order(), joined.Order());
    }

    [Fact]
    public void EveryFieldOfAPostIsAMemberOfTheJsonProfile()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var fields = ((IObjectGraphType)schema.AllTypes["Post"]!).Fields;
        var missing = fields.Where(f => f.ViewsOf()?.Json is null && !f.GetMetadata(FieldViews.OfTheRequestKey, false)).Select(f => f.Name);
        Assert.Empty(missing);
        // Only where a search found the post is a view of the request, not a fact of the post.
        Assert.Equal(["matches"], fields.Where(f => f.GetMetadata(FieldViews.OfTheRequestKey, false)).Select(f => f.Name));
    }

    [Fact]
    public void TheCsvColumnsKeepTheirPublishedOrder()
    {
        // The CSV columns docs/exports.md lists, in the order they have been published.
        string[] published =
        [
            "key", "id", "title", "organisation", "unit", "grade", "grade_category", "duty_station", "country", "appointment_type",
            "duration_months", "posted_on", "deadline", "vacancy_number", "position_number", "reports_to", "annual_net_pay",
            "annual_net_pay_currency", "annual_net_pay_basis", "annual_net_pay_qualifier", "post_adjustment_rate", "no_pay_reason",
            "min_years_experience", "top_education_level", "duties", "duty_themes", "education", "experience", "languages_required",
            "languages_desirable", "certifications", "competencies", "conditions", "source_notice",
        ];
        Assert.Equal(published, CsvWriter.Header.Take(published.Length));
    }
}
