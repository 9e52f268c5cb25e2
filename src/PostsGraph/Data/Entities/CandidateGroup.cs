namespace PostsGraph.Data.Entities;

// Candidates as notices tell them apart: staff of the organisation already, or anyone else.
public enum CandidateGroup
{
    InternalCandidates,
    ExternalCandidates,
}
