namespace PostsGraph.Data.Entities;

// What `posts(search:)` searches in one post, built with the database: the passages of the notice
// behind its title, duties, requirements, conditions and competencies, one column per group, and
// where each passage sits (Layout, JSON: see Search.SearchLayout) so that a match can be traced to
// its fact and to its offsets in the notice. The databases' full-text engines index the columns.
public sealed class SearchDocument
{
    public int PostId { get; init; }
    public required string Title { get; init; }
    public required string Duties { get; init; }
    public required string Requirements { get; init; }
    public required string Conditions { get; init; }
    public required string Competencies { get; init; }
    public required string Layout { get; init; }
}
