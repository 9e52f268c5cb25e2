namespace PostsGraph.Fuzz.Requests;

internal static class RandomExtensions
{
    public static T OneOf<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    // Distinct items, in a random order.
    public static List<T> Some<T>(this Random random, IReadOnlyList<T> items, int min, int max)
    {
        var shuffled = items.ToArray();
        random.Shuffle(shuffled);
        return shuffled.Take(random.Next(min, Math.Min(max, items.Count) + 1)).ToList();
    }

    public static string Word(this Random random, int length, string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_")
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
