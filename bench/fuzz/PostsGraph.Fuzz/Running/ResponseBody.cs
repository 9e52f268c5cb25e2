using System.IO.Compression;

namespace PostsGraph.Fuzz.Running;

// Reads a whole response (so that a server failing half-way through a body is caught), keeping at
// most `max` bytes, decompressed when the client left the Content-Encoding to its caller.
internal static class ResponseBody
{
    public static async Task<byte[]> ReadAsync(HttpResponseMessage response, int max, CancellationToken cancellationToken)
    {
        await using var raw = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var stream = response.Content.Headers.ContentEncoding.LastOrDefault()?.ToLowerInvariant() switch
        {
            "gzip" => new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true),
            "br" => new BrotliStream(raw, CompressionMode.Decompress, leaveOpen: true),
            "deflate" => new ZLibStream(raw, CompressionMode.Decompress, leaveOpen: true),
            _ => raw,
        };
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            kept.Write(buffer, 0, (int)Math.Min(read, Math.Max(0, max - kept.Length)));
        }

        return kept.ToArray();
    }
}
