using System.Text.Json;
using UpCloud.Api.Json;

namespace UpCloud.Api;

/// <summary>The useful parts of an error body, from either the problem+json or the legacy form.</summary>
/// <param name="Code">The error code.</param>
/// <param name="Detail">The title or message, trimmed to a safe single line.</param>
/// <param name="CorrelationId">The correlation id, when given.</param>
internal sealed record ApiError(string? Code, string? Detail, string? CorrelationId)
{
    private const int MaxDetailLength = 300;

    /// <summary>Reads an error body, or returns null when it is not JSON in either form.</summary>
    public static ApiError? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize(body, UpCloudJsonContext.Default.ApiErrorBody);
            if (parsed is null)
            {
                return null;
            }

            if (parsed.Error is { } legacy)
            {
                return new ApiError(Clean(legacy.ErrorCode), Clean(legacy.ErrorMessage), null);
            }

            var code = parsed.Type is { } type && type.LastIndexOf('#') is var hash and >= 0 ? type[(hash + 1)..] : null;
            var detail = parsed.Title;
            if (parsed.InvalidParams is { Count: > 0 } invalid)
            {
                detail += " (" + string.Join("; ", invalid.Select(p => $"{p.Name}: {p.Reason}")) + ")";
            }

            return new ApiError(Clean(code), Clean(detail), Clean(parsed.CorrelationId));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Cutting between the halves of a surrogate pair would leave a lone surrogate, which is not valid text.
        var length = Math.Min(text.Length, MaxDetailLength);
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        // Control characters and the Unicode line and paragraph separators would split a log line.
        var single = string.Create(length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || source[i] is '\u2028' or '\u2029' ? ' ' : source[i];
            }
        });
        return single.Trim();
    }
}
