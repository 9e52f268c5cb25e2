namespace PostsGraph.Data.Entities;

// Where a fact comes from: an excerpt of the post's notice (Quote with its offsets) or, for a fact
// the notice does not state, an external public source (SourceUrl with a Note).
public sealed class Evidence
{
    public string? Quote { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public string? SourceUrl { get; init; }
    public string? Note { get; init; }

    // A quote from the notice, or an external source: read from Quote, never stored for this type.
    public EvidenceKind Kind => Quote is null ? EvidenceKind.ExternalSource : EvidenceKind.NoticeQuote;

    // No source at all: the evidence of a restriction the notice does not make (AppliesToEvidence).
    public bool IsEmpty => Quote is null && SourceUrl is null;
}

public enum EvidenceKind
{
    NoticeQuote,
    ExternalSource,
}
