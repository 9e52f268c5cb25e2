using PostsGraph.Seed;

namespace PostsGraph.Import;

public sealed record ImportResult(string NoticeFile, bool NoticeExisted, string DraftFile, string Key, PostFile Draft,
    string? ReferenceDraftFile = null, ReferenceDraft? Reference = null);

public sealed partial class NoticeImporter
{
    // Copies the notice into seed/notices/ and writes seed/posts/<key>.draft.json, and, where the
    // draft needs reference items the lists do not have, seed/reference/<key>.draft.json. Everything
    // that can refuse the import (the file, the extraction, an existing post or draft) is settled
    // before the first write, so a refused import leaves the seed as it was.
    public ImportResult Import(string path, string seedRoot, string? noticeUrl = null, bool force = false)
    {
        if (noticeUrl is not null && !FileChecks.IsHttpUrl(noticeUrl))
        {
            throw new ImportRefusedException("--source-url", $"\"{noticeUrl}\" is not an absolute http(s) URL");
        }

        var (bytes, text) = Read(path);
        var reference = new SeedReader(seedRoot).ReadReference();
        var files = new DraftFiles(seedRoot);
        var (noticeFile, noticeExisted) = files.NoticeName(bytes);
        PostFile draft;
        ReferenceDraft? proposals;
        try
        {
            (draft, proposals) = Draft(noticeFile, text, reference);
            draft = draft with { NoticeUrl = noticeUrl };
        }
        catch (Exception e)
        {
            throw new ImportRefusedException(path, $"the importer failed ({e.GetType().Name}: {e.Message}); nothing was written", e);
        }

        var key = DraftFiles.KeyOf(draft, bytes);
        var post = Path.Combine(files.PostsFolder, key + ".json");
        var draftFile = Path.Combine(files.PostsFolder, key + SeedReader.DraftSuffix);
        if (File.Exists(post))
        {
            throw new ImportRefusedException(post, "a reviewed post with this key already exists; the importer never overwrites a post (nothing was written)");
        }

        if (File.Exists(draftFile) && !force)
        {
            throw new ImportRefusedException(draftFile, "a draft with this key already exists; import with --force to replace it (nothing was written)");
        }

        var referenceDraftPath = Path.Combine(files.ReferenceFolder, key + SeedReader.DraftSuffix);
        var referenceDraftFile = proposals is null ? null : referenceDraftPath;
        if (referenceDraftFile is not null && File.Exists(referenceDraftFile) && !force)
        {
            throw new ImportRefusedException(referenceDraftFile, "a reference draft with this key already exists; import with --force to replace it (nothing was written)");
        }

        var content = DraftFiles.Serialise(draft);
        var noticeCopy = Path.Combine(files.NoticesFolder, noticeFile);
        Directory.CreateDirectory(files.NoticesFolder);
        Directory.CreateDirectory(files.PostsFolder);
        if (!noticeExisted)
        {
            DraftFiles.WriteAtomically(noticeCopy, bytes, overwrite: false);
        }

        try
        {
            DraftFiles.WriteAtomically(draftFile, content, overwrite: force);
        }
        catch when (!noticeExisted)
        {
            File.Delete(noticeCopy);
            throw;
        }

        if (referenceDraftFile is not null)
        {
            DraftFiles.WriteAtomically(referenceDraftFile, DraftFiles.Serialise(proposals!), overwrite: force);
        }
        else if (force)
        {
            // A replaced draft that needs nothing new leaves no reference draft of its old self behind.
            File.Delete(referenceDraftPath);
        }

        return new ImportResult(noticeCopy, noticeExisted, draftFile, key, draft, referenceDraftFile, proposals);
    }
}
