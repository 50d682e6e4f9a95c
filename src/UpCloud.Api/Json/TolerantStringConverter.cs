using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UpCloud.Api.Json;

/// <summary>
/// Reads every JSON string of the API, replacing each byte sequence or escape that is not valid Unicode (stray bytes, a
/// lone surrogate) with U+FFFD, so one broken character in a name does not cost the gateway it names. A value that is
/// not a string still fails, as for any string the exporter relies on.
/// </summary>
public sealed class TolerantStringConverter : JsonConverter<string>
{
    private static readonly UTF8Encoding Replacing = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <inheritdoc />
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a string, found {reader.TokenType}");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return reader.ValueIsEscaped ? Unescape(raw) : Replacing.GetString(raw);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Decodes JSON string contents whose escapes or bytes may not form valid Unicode.</summary>
    private static string Unescape(byte[] raw)
    {
        var text = new StringBuilder(raw.Length);
        var run = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                continue;
            }

            text.Append(Replacing.GetString(raw, run, i - run));
            var escape = (char)raw[i + 1];
            if (escape == 'u' && i + 5 < raw.Length && ushort.TryParse(raw.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                text.Append((char)unit);
                i += 5;
            }
            else
            {
                text.Append(escape switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escape });
                i++;
            }

            run = i + 1;
        }

        text.Append(Replacing.GetString(raw, run, raw.Length - run));
        return ReplaceLoneSurrogates(text);
    }

    private static string ReplaceLoneSurrogates(StringBuilder text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                text[i] = '\uFFFD';
            }
        }

        return text.ToString();
    }
}
