namespace PostsGraph.Workbench.Shared;

// The API's Evidence (and FieldEvidence, with its field): a quote with its offsets in the notice, or an external source.
public sealed record Evidence(string Kind, string? Quote, int? Start, int? End, string? SourceUrl, string? Note, string? Field = null)
{
    public bool InNotice => Kind == "NOTICE_QUOTE" && Start is not null && End is not null;
}
