using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PostsGraph.Data;
using PostsGraph.GraphQL.Loading;

namespace PostsGraph.GraphQL;

public sealed class NodeOptions
{
    // HotChocolate's MaxAllowedNodeBatchSize, with its default in HotChocolate 15.
    public int MaxBatchSize { get; set; } = 50;
}

// Resolves global IDs to objects: one query per type asked for, results in the order of the IDs,
// null for an ID of the right form that matches nothing.
public static class Nodes
{
    public static async Task<List<object?>> LoadAsync(IResolveFieldContext context, IReadOnlyList<string> ids, string? onlyType = null)
    {
        var max = context.RequestServices!.GetRequiredService<IOptions<NodeOptions>>().Value.MaxBatchSize;
        if (ids.Count > max)
        {
            var error = new ExecutionError($"The maximum number of nodes that can be fetched at once is {max}. This selection tried to fetch {ids.Count} nodes that exceeded the maximum allowed amount.") { Code = ErrorCodes.TooManyNodes };
            error.Data["requestedNodes"] = ids.Count;
            error.Data["maxAllowedNodes"] = max;
            throw error;
        }

        var decoded = ids.Select(id => GlobalId.TryDecode(id, out var type, out var key) && (onlyType ?? type) == type && (type == "Post" || Loaders.ContainsKey(type))
            ? (Type: type, Key: key)
            : throw new ExecutionError($"\"{id}\" is not a valid {onlyType ?? "node"} ID.") { Code = ErrorCodes.InvalidId }).ToList();
        var db = context.RequestServices!.GetRequiredService<PostsDbContext>();
        var fields = Lookahead.SelectedFields(context, connection: false);
        var found = new Dictionary<(string, string), object>();
        foreach (var group in decoded.GroupBy(d => d.Type))
        {
            var keys = group.Select(d => d.Key).Distinct().ToList();
            if (group.Key == "Post")
            {
                // Posts come with the columns and relations the query selects, joined, so no second round trip.
                // One key, the usual case, as a plain equality: the simplest statement to plan and prepare.
                var single = keys[0];
                var matching = keys.Count == 1 ? db.Posts.Where(p => p.Key == single) : db.Posts.Where(p => keys.Contains(p.Key));
                var posts = await matching.Selecting(db, context.Schema, fields).ToListAsync(context.CancellationToken);
                foreach (var post in posts)
                {
                    found[("Post", post.Key)] = post;
                }

                continue;
            }

            foreach (var (key, node) in await Loaders[group.Key](db, keys, context.CancellationToken))
            {
                found[(group.Key, key)] = node;
            }
        }

        return decoded.Select(d => found.GetValueOrDefault(d)).ToList();
    }

    private static readonly Dictionary<string, Func<PostsDbContext, List<string>, CancellationToken, Task<List<(string, object)>>>> Loaders = new()
    {
        ["Organisation"] = async (db, keys, ct) => (await db.Organisations.Where(o => keys.Contains(o.Acronym)).ToListAsync(ct)).Select(o => (o.Acronym, (object)o)).ToList(),
        ["Unit"] = async (db, keys, ct) => (await db.Units.Where(u => keys.Contains(u.Key)).ToListAsync(ct)).Select(u => (u.Key, (object)u)).ToList(),
        ["Grade"] = async (db, keys, ct) => (await db.Grades.Where(g => keys.Contains(g.Code)).ToListAsync(ct)).Select(g => (g.Code, (object)g)).ToList(),
        ["DutyStation"] = async (db, keys, ct) => (await db.DutyStations.Where(d => keys.Contains(d.Key)).ToListAsync(ct)).Select(d => (d.Key, (object)d)).ToList(),
    };
}
