using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PostsGraph.Data;

// Drops trailing zeros (109036.00 -> 109036) on the way into the database.
public sealed class NormalizedDecimalConverter() : ValueConverter<decimal, decimal>(value => Normalize(value), value => Normalize(value))
{
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
