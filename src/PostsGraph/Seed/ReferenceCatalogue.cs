using System.Text.RegularExpressions;
using PostsGraph.Data;
using PostsGraph.Data.Entities;

namespace PostsGraph.Seed;

// Validates seed/reference/*.json and turns it into entities keyed the way post files refer to them.
public sealed partial class ReferenceCatalogue
{
    public Dictionary<string, Country> Countries { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Language> Languages { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Currency> Currencies { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, DutyStation> DutyStations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Grade> Grades { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Organisation> Organisations { get; } = new(StringComparer.Ordinal);

    // Adds the whole catalogue to a database being built (the seed loader and the synthetic data use it).
    public void AddTo(PostsDbContext db)
    {
        db.AddRange(Countries.Values);
        db.AddRange(Languages.Values);
        db.AddRange(Currencies.Values);
        db.AddRange(DutyStations.Values);
        db.AddRange(Grades.Values);
        db.AddRange(Organisations.Values);
    }

    public static ReferenceCatalogue Compile(ReferenceFiles files, string referenceFolder, List<SeedError> errors)
    {
        var catalogue = new ReferenceCatalogue();
        FileChecks Checks(string name) => new($"{referenceFolder}/{name}", errors);

        Add(catalogue.Countries, files.Countries, Checks("countries.json"), (c, item, at) =>
            c.Matches(item.Code, CountryCode(), $"{at}.code", "an ISO 3166-1 alpha-2 code") && c.Required(item.Name, $"{at}.name") is { } name
                ? (item.Code!, new Country { Code = item.Code!, Name = name })
                : null);

        Add(catalogue.Languages, files.Languages, Checks("languages.json"), (c, item, at) =>
            c.Matches(item.Code, LanguageCode(), $"{at}.code", "an ISO 639-1 code") && c.Required(item.Name, $"{at}.name") is { } name
                ? (item.Code!, new Language { Code = item.Code!, Name = name, UnOfficial = item.UnOfficial ?? false })
                : null);

        Add(catalogue.Currencies, files.Currencies, Checks("currencies.json"), (c, item, at) =>
            c.Matches(item.Code, CurrencyCode(), $"{at}.code", "an ISO 4217 code") && c.Required(item.Name, $"{at}.name") is { } name
                ? (item.Code!, new Currency { Code = item.Code!, Name = name, MinorUnits = item.MinorUnits })
                : null);

        Add(catalogue.DutyStations, files.DutyStations, Checks("duty-stations.json"), (c, item, at) =>
        {
            var keyOk = c.Matches(item.Key, FileChecks.Slug(), $"{at}.key", "a lowercase-hyphenated key");
            var city = c.Required(item.City, $"{at}.city");
            var country = Resolve(c, catalogue.Countries, item.Country, $"{at}.country", "country");
            return keyOk && city is not null && country is not null
                ? (item.Key!, new DutyStation { Key = item.Key!, City = city, CountryCode = country.Code, Country = country })
                : null;
        });

        Add(catalogue.Grades, files.Grades, Checks("grades.json"), (c, item, at) =>
        {
            var code = c.Required(item.Code, $"{at}.code");
            var system = c.Enum<GradeSystem>(item.System, $"{at}.system");
            var category = c.Enum<GradeCategory>(item.Category, $"{at}.category");
            if (item.Level is not > 0)
            {
                c.Error($"{at}.level", "must be a whole number from 1 up");
            }

            return code is not null && system is not null && category is not null && item.Level is > 0
                ? (code, new Grade { Code = code, System = system.Value, Category = category.Value, Level = item.Level.Value, Title = item.Title })
                : null;
        });

        Add(catalogue.Organisations, files.Organisations, Checks("organisations.json"), (c, item, at) =>
        {
            var acronym = c.Required(item.Acronym, $"{at}.acronym");
            var name = c.Required(item.Name, $"{at}.name");
            var kind = c.Enum<OrganisationKind>(item.Kind, $"{at}.kind");
            var hq = Resolve(c, catalogue.DutyStations, item.Headquarters, $"{at}.headquarters", "duty station");
            foreach (var (system, i) in (item.GradeSystems ?? []).Select((s, i) => (s, i)))
            {
                c.Enum<GradeSystem>(system, $"{at}.gradeSystems[{i}]");
            }

            return acronym is not null && name is not null && kind is not null && hq is not null
                ? (acronym, new Organisation { Acronym = acronym, Name = name, Kind = kind.Value, Headquarters = hq })
                : null;
        });

        return catalogue;
    }

    public static T? Resolve<T>(FileChecks checks, Dictionary<string, T> known, string? key, string path, string what)
        where T : class
    {
        if (key is null)
        {
            checks.Error(path, "is missing");
            return null;
        }

        if (known.TryGetValue(key, out var found))
        {
            return found;
        }

        checks.Error(path, $"unknown {what} \"{key}\"; it must be listed in seed/reference/");
        return null;
    }

    private static void Add<TItem, TEntity>(
        Dictionary<string, TEntity> into, IReadOnlyList<TItem> items, FileChecks checks,
        Func<FileChecks, TItem, string, (string Key, TEntity Entity)?> compile)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (compile(checks, items[i], $"items[{i}]") is not { } compiled)
            {
                continue;
            }

            if (!into.TryAdd(compiled.Key, compiled.Entity))
            {
                checks.Error($"items[{i}]", $"\"{compiled.Key}\" is listed twice");
            }
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
