using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PostsGraph.Data;
using PostsGraph.Data.Entities;
using PostsGraph.GraphQL;

// Answers the benchmark's dashboard query and node lookup with the JSON the GraphQL endpoint
// returns for them, using EF Core directly: no parsing, validation or resolvers. The GraphQL
// figures are measured against these.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var path = builder.Configuration["Database:Path"];
var postgres = builder.Configuration["Database:ConnectionString"];
builder.Services.AddDbContext<PostsDbContext>(options =>
{
    if (postgres is { Length: > 0 })
    {
        new PostgresDatabase(postgres).Configure(options); // the same connection settings as the server
    }
    else
    {
        options.UseSqlite(new SqliteDatabase(path ?? throw new InvalidOperationException("Set Database:Path or Database:ConnectionString.")).ReadConnectionString);
    }

    options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
});
var app = builder.Build();

// { posts(first: 20, where: { grade: { code: { eq: $grade } }, dutyStation: { key: { eq: $station } } },
//         order: [{ annualNetPay: { amount: DESC } }]) { totalCount nodes { key title organisation { acronym }
//         grade { code } dutyStation { city } annualNetPay { amount currency } } } }
app.MapGet("/baseline/dashboard", async (string grade, string station, PostsDbContext db, CancellationToken ct) =>
{
    var query = db.Posts.Where(p => p.Grade!.Code == grade && p.DutyStation!.Key == station);
    var total = await query.CountAsync(ct);
    var nodes = await query
        .OrderBy(PayMissing()).ThenByDescending(p => p.AnnualNetPay!.Amount).ThenBy(p => p.Key)
        .Take(20)
        .Select(p => new
        {
            key = p.Key,
            title = p.Title,
            organisation = new { acronym = p.Organisation!.Acronym },
            grade = new { code = p.Grade!.Code },
            dutyStation = new { city = p.DutyStation!.City },
            annualNetPay = p.AnnualNetPay == null ? null : new { amount = p.AnnualNetPay.Amount, currency = p.AnnualNetPay.CurrencyCode },
        })
        .ToListAsync(ct);
    return Results.Json(new { data = new { posts = new { totalCount = total, nodes } } });
});

// { node(id: $id) { id ... on Post { key title grade { code } } } }
app.MapGet("/baseline/node/{id}", async (string id, PostsDbContext db, CancellationToken ct) =>
{
    if (!GlobalId.TryDecode(id, out var type, out var key) || type != "Post")
    {
        return Results.Json(new { errors = new[] { new { message = "invalid id" } } });
    }

    var post = await db.Posts.Where(p => p.Key == key)
        .Select(p => new { id, key = p.Key, title = p.Title, grade = p.Grade == null ? null : new { code = p.Grade.Code } })
        .SingleOrDefaultAsync(ct);
    return Results.Json(new { data = new { node = post } });
});

app.Run();

// (decimal?)p.AnnualNetPay.Amount == null, the same "missing pay last" test GraphQL's order uses
// (written as an expression tree: C# would call the comparison always false).
static Expression<Func<Post, bool>> PayMissing()
{
    var post = Expression.Parameter(typeof(Post), "p");
    var amount = Expression.Property(Expression.Property(post, nameof(Post.AnnualNetPay)), nameof(AnnualNetPay.Amount));
    return Expression.Lambda<Func<Post, bool>>(
        Expression.Equal(
            Expression.Convert(amount, typeof(decimal?)),
            Expression.Constant(null, typeof(decimal?))),
        post);
}
