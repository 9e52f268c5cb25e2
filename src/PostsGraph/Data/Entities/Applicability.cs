using System.ComponentModel;

namespace PostsGraph.Data.Entities;

// Whom a requirement or condition applies to, as the notice restricts it. A rule the notice does
// not restrict applies to all candidates; the others carry the words that restrict them.
public enum Applicability
{
    [Description("Every candidate: the notice does not restrict it.")]
    AllCandidates,
    [Description("Only internal candidates (staff of the organisation), or a group of them the evidence names.")]
    InternalCandidates,
    [Description("Only external candidates, or a group of them the evidence names; the evidence's note says when it also reaches some internal candidates.")]
    ExternalCandidates,
    [Description("Only posts at other grades than this post's: the notice states it, but it does not bind this post.")]
    OtherGrades,
}
