using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace PostsGraph.Workbench.Posts;

// The posts page's state, all of it in its URL: the filters, the search, the sort and the page.
// Turns into the operation's variables, and back into the URL of a link that changes one thing.
public sealed record PostsQuery
{
    public const int DefaultSize = 25;

    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<string> Grades { get; init; } = [];
    public string? Category { get; init; }
    public IReadOnlyList<string> Stations { get; init; } = [];
    public string? Country { get; init; }
    public string? Appointment { get; init; }
    public string? Currency { get; init; }
    public DateOnly? DeadlineFrom { get; init; }
    public DateOnly? DeadlineTo { get; init; }
    public int? YearsFrom { get; init; }
    public int? YearsTo { get; init; }
    public string? Language { get; init; }
    public bool RequiresCertification { get; init; }
    public string? Certification { get; init; }
    public string? Search { get; init; }
    public string? Sort { get; init; }
    public bool Descending { get; init; }
    public string? After { get; init; }
    public string? Before { get; init; }
    public int Size { get; init; } = DefaultSize;

    public static readonly IReadOnlyList<(string Key, string Label)> Columns =
    [
        ("organisation", "Organisation"), ("title", "Title"), ("grade", "Grade"), ("station", "Duty station"),
        ("deadline", "Deadline"), ("pay", "Annual net pay"), ("years", "Years required"),
    ];

    // maxSize: the API's largest page (Paging:MaxPageSize); a larger size asks for that many.
    public static PostsQuery From(string uri, int maxSize) => From(QueryHelpers.ParseQuery(new Uri(uri).Query), maxSize);

    public static PostsQuery From(IDictionary<string, StringValues> query, int maxSize)
    {
        string? One(string name) => query.TryGetValue(name, out var v) && v.LastOrDefault() is { Length: > 0 } s ? s.Trim() : null;
        IReadOnlyList<string> Many(string name) => query.TryGetValue(name, out var v)
            ? [.. v.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()]
            : [];
        int? Int(string name) => int.TryParse(One(name), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
        DateOnly? Date(string name) => DateOnly.TryParseExact(One(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

        var sort = One("sort");
        return new PostsQuery
        {
            Organisations = Many("org"),
            Grades = Many("grade"),
            Category = One("category"),
            Stations = Many("station"),
            Country = One("country"),
            Appointment = One("appointment"),
            Currency = One("currency"),
            DeadlineFrom = Date("from"),
            DeadlineTo = Date("to"),
            YearsFrom = Int("yearsFrom"),
            YearsTo = Int("yearsTo"),
            Language = One("language"),
            RequiresCertification = One("certified") is "true" or "on",
            Certification = One("certification"),
            Search = One("q"),
            Sort = Columns.Any(c => c.Key == sort) ? sort : null,
            Descending = One("dir") == "desc",
            After = One("after"),
            Before = One("before"),
            Size = Math.Clamp(Int("size") ?? DefaultSize, 1, Math.Max(1, maxSize)),
        };
    }

    // The filter alone, as the posts, statistics and exports take it; null when nothing is filtered.
    public JsonObject? Where()
    {
        var all = new List<JsonNode>();
        void Add(string json) => all.Add(JsonNode.Parse(json)!);
        JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => JsonValue.Create(v))];

        if (Organisations.Count > 0) all.Add(new JsonObject { ["organisation"] = new JsonObject { ["acronym"] = new JsonObject { ["in"] = Strings(Organisations) } } });
        if (Grades.Count > 0) all.Add(new JsonObject { ["grade"] = new JsonObject { ["code"] = new JsonObject { ["in"] = Strings(Grades) } } });
        if (Category is not null) all.Add(new JsonObject { ["grade"] = new JsonObject { ["category"] = new JsonObject { ["eq"] = Category } } });
        if (Stations.Count > 0) all.Add(new JsonObject { ["dutyStation"] = new JsonObject { ["key"] = new JsonObject { ["in"] = Strings(Stations) } } });
        if (Country is not null) all.Add(new JsonObject { ["dutyStation"] = new JsonObject { ["countryCode"] = new JsonObject { ["eq"] = Country } } });
        if (Appointment is not null) all.Add(new JsonObject { ["appointmentType"] = new JsonObject { ["eq"] = Appointment } });
        if (Currency is not null) all.Add(new JsonObject { ["annualNetPay"] = new JsonObject { ["currency"] = new JsonObject { ["eq"] = Currency } } });
        if (DeadlineFrom is { } from) all.Add(new JsonObject { ["deadline"] = new JsonObject { ["gte"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } });
        if (DeadlineTo is { } to) all.Add(new JsonObject { ["deadline"] = new JsonObject { ["lte"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } });
        if (YearsFrom is { } least) all.Add(new JsonObject { ["minYearsExperience"] = new JsonObject { ["gte"] = least } });
        if (YearsTo is { } most) all.Add(new JsonObject { ["minYearsExperience"] = new JsonObject { ["lte"] = most } });
        if (Language is not null)
        {
            // Required alone or as one of a choice (ILO: any of English, French, Spanish).
            all.Add(new JsonObject { ["languages"] = new JsonObject { ["some"] = new JsonObject
            {
                ["necessity"] = new JsonObject { ["eq"] = "REQUIRED" },
                ["anyOf"] = new JsonObject { ["some"] = new JsonObject { ["eq"] = Language } },
            } } });
        }

        if (RequiresCertification) Add("""{"certifications":{"some":{"necessity":{"eq":"REQUIRED"}}}}""");
        if (Certification is not null) all.Add(new JsonObject { ["certifications"] = new JsonObject { ["some"] = new JsonObject { ["name"] = new JsonObject { ["contains"] = Certification } } } });
        return all.Count switch
        {
            0 => null,
            1 => (JsonObject)all[0],
            _ => new JsonObject { ["and"] = new JsonArray([.. all]) },
        };
    }

    // The sort as the API takes it; null without one (by key, or by relevance with a search).
    public JsonArray? Order()
    {
        var direction = Descending ? "DESC" : "ASC";
        JsonObject By(string path)
        {
            var parts = path.Split('.');
            JsonNode node = JsonValue.Create(direction);
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                node = new JsonObject { [parts[i]] = node };
            }

            return (JsonObject)node;
        }

        return Sort switch
        {
            "organisation" => [By("organisation.acronym"), By("key")],
            "title" => [By("title"), By("key")],
            "grade" => [By("grade.level"), By("grade.code"), By("key")],
            "station" => [By("dutyStation.city"), By("key")],
            "deadline" => [By("deadline"), By("key")],
            // Amounts are only compared within a currency: grouped by currency, then by amount.
            "pay" => [JsonNode.Parse("""{"annualNetPay":{"currency":"ASC"}}""")!, By("annualNetPay.amount"), By("key")],
            "years" => [By("minYearsExperience"), By("key")],
            _ => null,
        };
    }

    public WorkbenchOperation Operation()
    {
        var variables = new JsonObject();
        if (Where() is { } where) variables["where"] = where;
        if (Order() is { } order) variables["order"] = order;
        if (Search is not null) variables["search"] = Search;
        if (Before is not null)
        {
            variables["last"] = Size;
            variables["before"] = Before;
        }
        else
        {
            variables["first"] = Size;
            if (After is not null) variables["after"] = After;
        }

        return new WorkbenchOperation("WorkbenchPosts", WorkbenchOperations.Posts, variables);
    }

    // The URL parameters of this state; the filters alone with pageless: true.
    public Dictionary<string, StringValues> Parameters(bool pageless = false)
    {
        var p = new Dictionary<string, StringValues>();
        void Set(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) p[name] = value;
        }

        if (Organisations.Count > 0) p["org"] = new StringValues([.. Organisations]);
        if (Grades.Count > 0) p["grade"] = new StringValues([.. Grades]);
        Set("category", Category);
        if (Stations.Count > 0) p["station"] = new StringValues([.. Stations]);
        Set("country", Country);
        Set("appointment", Appointment);
        Set("currency", Currency);
        Set("from", DeadlineFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set("to", DeadlineTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set("yearsFrom", YearsFrom?.ToString(CultureInfo.InvariantCulture));
        Set("yearsTo", YearsTo?.ToString(CultureInfo.InvariantCulture));
        Set("language", Language);
        Set("certified", RequiresCertification ? "true" : null);
        Set("certification", Certification);
        Set("q", Search);
        if (!pageless)
        {
            Set("sort", Sort);
            Set("dir", Sort is not null && Descending ? "desc" : null);
            Set("size", Size == DefaultSize ? null : Size.ToString(CultureInfo.InvariantCulture));
            Set("after", After);
            Set("before", Before);
        }

        return p;
    }

    public string Url(string path = "posts", bool pageless = false) => QueryHelpers.AddQueryString(path, Parameters(pageless));

    // Sorting by a column starts from the first page; the same column again turns the direction.
    public PostsQuery SortedBy(string column) =>
        FirstPage() with { Sort = column, Descending = Sort == column && !Descending };

    public PostsQuery FirstPage() => this with { After = null, Before = null };

    public bool Filtered => Where() is not null || Search is not null;
}
