namespace PostsGraph.Seed;

// One problem with the seed, printed as `file: path.to.field: what is wrong`.
public sealed record SeedError(string File, string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? $"{File}: {Message}" : $"{File}: {Path}: {Message}";
}

public sealed class SeedException(IReadOnlyList<SeedError> errors)
    : Exception($"The seed has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
