using PostsGraph.Seed;

namespace PostsGraph.Import;

public sealed record DraftCheck(string File, IReadOnlyList<SeedError> Errors, IReadOnlyList<SeedError> Warnings);

// `validate` over drafts: each draft is compiled as the post it will become, after the reviewed
// posts (so that a unit declared differently from theirs is caught). A field the draft lists as
// missing is a warning, not an error; every other problem is an error.
public static class DraftChecks
{
    public static IReadOnlyList<DraftCheck> Check(SeedSnapshot snapshot, IReadOnlyList<(string File, string Key, PostFile Post)> drafts)
    {
        var checks = new List<DraftCheck>();
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
            checks.Add(new DraftCheck(
                file,
                errors.Skip(before).Where(e => !(missing.Contains(e.Path) && e.Message == "is missing")).ToList(),
                [.. missing.Where(field => draft.Candidates?.ContainsKey(field) != true)
                    .Select(field => new SeedError(file, field, "warning: the importer did not find it; add it from the notice if the notice states it")),
                 .. ToReview(draft).Select(r => new SeedError(file, r.Path, "warning: " + r.Message))]));
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
}
