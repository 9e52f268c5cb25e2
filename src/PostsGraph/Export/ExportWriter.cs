using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper;
using PostsGraph.Data.Entities;

namespace PostsGraph.Export;

// Writes profiles in one format as they arrive, flushing as it goes: nothing holds the whole file.
public sealed class ExportWriter(ProfileSource source, IMapper mapper)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Files for people and tools, never embedded in HTML: keep "+", "'" and accents as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // The posts `where` selects, in `order`; `single` writes one JSON object rather than an array.
    public async Task WriteAsync(
        Stream output, ExportFormat format, IDictionary<string, object?>? where, IEnumerable<object?>? order, bool single, CancellationToken cancellationToken)
    {
        if (format == ExportFormat.Csv)
        {
            await WriteCsvAsync(output, source.ReadRowsAsync(where, order, cancellationToken), cancellationToken);
            return;
        }

        var profiles = source.ReadAsync(where, order, cancellationToken);
        if (format == ExportFormat.Json)
        {
            // The JSON writer fills a pipe; only the pipe touches the stream, asynchronously.
            var pipe = PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true));
            await using (var json = new Utf8JsonWriter(pipe, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                if (!single)
                {
                    json.WriteStartArray();
                }

                await foreach (var post in profiles.WithCancellation(cancellationToken))
                {
                    WriteJson(json, post);
                    json.Flush();
                    await pipe.FlushAsync(cancellationToken);
                }

                if (!single)
                {
                    json.WriteEndArray();
                }

                json.Flush();
            }

            await pipe.CompleteAsync();
            return;
        }

        await using var text = Text(output);
        var first = true;
        var written = 0;
        await foreach (var post in profiles.WithCancellation(cancellationToken))
        {
            await text.WriteAsync((first ? "" : "\n---\n\n") + MarkdownWriter.Profile(post));
            first = false;
            if (++written % FlushEvery == 0)
            {
                await text.FlushAsync(cancellationToken);
            }
        }
    }

    // The post's profile: each field's JSON member, in the schema's order.
    private void WriteJson(Utf8JsonWriter json, Post post)
    {
        json.WriteStartObject();
        foreach (var member in PostViews.Instance.Json)
        {
            var value = member.Value(post);
            json.WritePropertyName(member.Name); // the field's name in the schema, camel-cased already
            JsonSerializer.Serialize(json, member.As is { } profile && value is not null ? mapper.Map(value, value.GetType(), profile) : value, Json);
        }

        json.WriteEndObject();
    }

    private static async Task WriteCsvAsync(Stream output, IAsyncEnumerable<(Post, RowLists)> rows, CancellationToken cancellationToken)
    {
        await using var text = Text(output);
        await CsvWriter.WriteHeaderAsync(text);
        var written = 0;
        await foreach (var (post, lists) in rows.WithCancellation(cancellationToken))
        {
            await CsvWriter.WriteRowAsync(text, post, lists);
            if (++written % FlushEvery == 0)
            {
                await text.FlushAsync(cancellationToken);
            }
        }
    }

    private static StreamWriter Text(Stream output) => new(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true);

    private const int FlushEvery = 100;
}
