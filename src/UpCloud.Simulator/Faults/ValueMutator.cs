using System.Buffers;
using System.Text;
using System.Text.Json;

namespace UpCloud.Simulator.Faults;

/// <summary>Rewrites a JSON body with some of its values replaced by wrong types and number edges, as a broken or hostile API might send.</summary>
internal static class ValueMutator
{
    // Numbers no 64-bit count holds, a negative count, a fraction, numbers and text as strings, a lone surrogate, and
    // values of the wrong kind altogether.
    private static readonly byte[][] Hostile =
    [
        .. new[] { "1e308", "-1", "18446744073709551616", "-9223372036854775809", "1.5", "\"12\"", "\"\"", "\"\\ud800\"", "true", "null", "{}", "[]", "[1e308]" }
            .Select(Encoding.UTF8.GetBytes),
    ];

    /// <summary>The body with each scalar value replaced, with a chance of one in <paramref name="oneIn"/>, by a hostile one.</summary>
    public static byte[] Mutate(ReadOnlySpan<byte> json, Random random, int oneIn = 4)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + 1024);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true }))
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(reader.GetString()!); break;
                    default:
                        var original = json[(int)reader.TokenStartIndex..(int)reader.BytesConsumed];
                        writer.WriteRawValue(random.Next(oneIn) == 0 ? Hostile[random.Next(Hostile.Length)] : original, skipInputValidation: true);
                        break;
                }
            }
        }

        return output.WrittenSpan.ToArray();
    }
}
