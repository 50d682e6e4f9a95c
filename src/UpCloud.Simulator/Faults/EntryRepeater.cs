using System.Text.Json;

namespace UpCloud.Simulator.Faults;

/// <summary>Builds the <see cref="FaultKind.DuplicateEntries"/> body: the normal body with its first list element repeated.</summary>
internal static class EntryRepeater
{
    /// <summary>
    /// The body with the first element of its first non-empty array (a list's first entry, a metrics body's first NAT
    /// node) repeated until the body is about <paramref name="size"/> bytes; a body without one is sent as it is.
    /// </summary>
    public static StreamedBody Repeat(int status, string contentType, ReadOnlyMemory<byte> rendered, long size)
    {
        var reader = new Utf8JsonReader(rendered.Span);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType == JsonTokenType.EndArray)
            {
                continue;
            }

            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var end = (int)reader.BytesConsumed;
            var repeated = new byte[end - start + 1];
            repeated[0] = (byte)',';
            rendered.Span[start..end].CopyTo(repeated.AsSpan(1));
            return new StreamedBody(status, contentType,
            [
                (rendered[..end].ToArray(), 1),
                (repeated, Math.Max(0, (size - rendered.Length) / repeated.Length)),
                (rendered[end..].ToArray(), 1),
            ]);
        }

        return new StreamedBody(status, contentType, [(rendered.ToArray(), 1)]);
    }
}
