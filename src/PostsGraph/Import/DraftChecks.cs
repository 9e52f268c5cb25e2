using PostsGraph.Data.Entities;
using PostsGraph.Seed;

namespace PostsGraph.Import;

public sealed record DraftCheck(string File, IReadOnlyList<SeedError> Errors, IReadOnlyList<SeedError> Warnings);

// `validate` over drafts: each draft is compiled as the post it will become, after the reviewed
// posts (so that a unit declared differently from theirs is caught). A field the draft lists as
// missing, a fact the importer rated LOW and a field with candidates are warnings, as is a value
// the draft's reference draft proposes (seed/reference/<key>.draft.json); every other problem is
// an error. Each reference draft is checked too: its quotes, its codes, and whether its items are
// still to be added.
public static class DraftChecks
{
    public static IReadOnlyList<DraftCheck> Check(SeedSnapshot snapshot, IReadOnlyList<(string File, string Key, PostFile Post)> drafts,
        IReadOnlyList<(string File, string Key, ReferenceDraft Draft)>? referenceDrafts = null)
    {
        var checks = new List<DraftCheck>();
        var proposals = (referenceDrafts ?? []).ToDictionary(r => r.Key, r => r.Draft, StringComparer.Ordinal);
        foreach (var (file, key, draft) in drafts)
        {
            var errors = new List<SeedError>();
            var reference = ReferenceCatalogue.Compile(snapshot.Reference, "seed/reference", errors);
            var compiler = new PostCompiler(reference, snapshot.Notices, errors);
            foreach (var post in snapshot.Posts)
            {
                compiler.Compile(post.File, post.Key, post.Post);
            }

            var before = errors.Count;
            compiler.Compile(file, key, draft, draft: true);
            var missing = draft.Missing ?? [];
            var proposed = proposals.GetValueOrDefault(key);
            var found = errors.Skip(before).Where(e => !(missing.Contains(e.Path) && e.Message == "is missing")).ToList();
            var awaiting = found.Where(e => Proposes(proposed, e)).ToList();
            checks.Add(new DraftCheck(
                file,
                [.. found.Except(awaiting)],
                [.. missing.Where(field => draft.Candidates?.ContainsKey(field) != true)
                    .Select(field => new SeedError(file, field, "warning: the importer did not find it; add it from the notice if the notice states it")),
                 .. ToReview(draft).Select(r => new SeedError(file, r.Path, "warning: " + r.Message)),
                 .. awaiting.Select(e => new SeedError(file, e.Path, $"warning: {e.Message.Split(';')[0]} is proposed in seed/reference/{key}{SeedReader.DraftSuffix}; review it and add it to the reference"))]));
        }

        foreach (var (file, _, draft) in referenceDrafts ?? [])
        {
            checks.Add(CheckReference(snapshot, file, draft));
        }

        return checks;
    }

    // What the curator should check first: each fact the importer rated LOW, and each field it
    // left missing because it could not choose between candidates.
    public static List<(string Path, string Message)> ToReview(PostFile draft) =>
    [
        .. (draft.Candidates ?? []).Select(c => (c.Key, "the importer could not choose; candidates: "
            + string.Join("; ", c.Value.Select(v => $"{v.Value} (\"{v.Quote}\": {v.Reason})")) + $"; set {c.Key} from the notice")),
        .. draft.Facts().Where(f => f.Fact.Confidence == Confidence.Low)
            .Select(f => (f.Path, $"low confidence ({f.Fact.Reason}); check it against its quote")),
    ];

    // An "unknown organisation/duty station/grade" error for the value the reference draft proposes.
    private static bool Proposes(ReferenceDraft? proposed, SeedError error) => proposed is not null && error.Path switch
    {
        "organisation.value" => (proposed.Organisations ?? []).Any(o => error.Message.Contains($"\"{o.Acronym}\"", StringComparison.Ordinal)),
        "dutyStation.value" => (proposed.DutyStations ?? []).Any(d => error.Message.Contains($"\"{d.Key}\"", StringComparison.Ordinal)),
        "grade.value" => (proposed.Grades ?? []).Any(g => error.Message.Contains($"\"{g.Code}\"", StringComparison.Ordinal)),
        _ => false,
    };

    // A reference draft: each quote found in its notice, each value given well formed; an item
    // already in the reference, or a value still to be chosen, is a warning.
    private static DraftCheck CheckReference(SeedSnapshot snapshot, string file, ReferenceDraft draft)
    {
        var errors = new List<SeedError>();
        var warnings = new List<SeedError>();
        var c = new FileChecks(file, errors);
        QuoteLocator? notice = null;
        if (draft.Notice is null || !snapshot.Notices.TryGetValue(draft.Notice, out var bytes))
        {
            c.Error("notice", $"\"{draft.Notice}\" is not a file in seed/notices/");
        }
        else
        {
            notice = new QuoteLocator(NoticeImporter.Decode(draft.Notice, bytes));
        }

        void Warn(string path, string message) => warnings.Add(new SeedError(file, path, "warning: " + message));
        var reference = snapshot.Reference;
        foreach (var (path, item) in draft.Items())
        {
            c.Evidence(item, path, notice);
            c.Confidence(item, path);

            switch (item)
            {
                case ProposedOrganisation o:
                    if (reference.Organisations.Any(r => r.Acronym == o.Acronym))
                    {
                        Warn(path, $"{o.Acronym} is already in organisations.json; remove it from this draft");
                    }

                    _ = o.Kind is null ? null : c.Enum<OrganisationKind>(o.Kind, $"{path}.kind");
                    if (o.Headquarters is not null && reference.DutyStations.All(d => d.Key != o.Headquarters) && (draft.DutyStations ?? []).All(d => d.Key != o.Headquarters))
                    {
                        c.Error($"{path}.headquarters", $"unknown duty station \"{o.Headquarters}\"");
                    }

                    Still(path, ("name", o.Name), ("kind", o.Kind), ("headquarters", o.Headquarters));
                    break;
                case ProposedDutyStation d:
                    if (reference.DutyStations.Any(r => r.Key == d.Key))
                    {
                        Warn(path, $"{d.Key} is already in duty-stations.json; remove it from this draft");
                    }

                    if (d.Key is not null && !FileChecks.Slug().IsMatch(d.Key))
                    {
                        c.Error($"{path}.key", $"\"{d.Key}\" is not a lowercase-hyphenated key");
                    }

                    if (d.Country is not null && reference.Countries.All(r => r.Code != d.Country))
                    {
                        c.Error($"{path}.country", $"unknown country \"{d.Country}\"; an ISO 3166-1 alpha-2 code of countries.json");
                    }

                    Still(path, ("city", d.City), ("country", d.Country));
                    break;
                case ProposedGrade g:
                    if (reference.Grades.Any(r => r.Code == g.Code))
                    {
                        Warn(path, $"{g.Code} is already in grades.json; remove it from this draft");
                    }

                    _ = g.System is null ? null : c.Enum<GradeSystem>(g.System, $"{path}.system");
                    _ = g.Category is null ? null : c.Enum<GradeCategory>(g.Category, $"{path}.category");
                    Still(path, ("system", g.System), ("category", g.Category), ("level", g.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
            }
        }

        void Still(string path, params (string Field, string? Value)[] fields)
        {
            foreach (var (field, value) in fields.Where(f => f.Value is null))
            {
                Warn($"{path}.{field}", "still to be written from the notice or the organisation's own sources");
            }
        }

        Warn("", "review each item, add it to its reference list, then delete this draft");
        return new DraftCheck(file, errors, warnings);
    }
}
