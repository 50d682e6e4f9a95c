using System.Text;

namespace UpCloud.GatewayExporter;

/// <summary>
/// Makes text from the API safe to show: at most <see cref="MaxLength"/> characters, ending in <see cref="Marker"/> when
/// cut, with control characters and Unicode bidirectional controls replaced by U+FFFD, so a hostile name can neither
/// bloat every series nor reorder what a dashboard or log shows.
/// </summary>
internal static class DisplayText
{
    /// <summary>The longest label value written.</summary>
    public const int MaxLength = 256;

    /// <summary>What a cut value ends with.</summary>
    public const string Marker = "…(truncated)";

    /// <summary>
    /// The text as a label value; newlines and tabs are kept, since the exposition format escapes them. Returns the same
    /// instance when nothing needed changing, so callers can tell whether anything did.
    /// </summary>
    public static string Label(string text) => Clean(text, keepLineBreaks: true);

    /// <summary>The text as a log property: like <see cref="Label"/>, and on one line.</summary>
    public static string Log(string text) => Clean(text, keepLineBreaks: false);

    private static string Clean(string text, bool keepLineBreaks)
    {
        if (text.Length <= MaxLength && !HasUnsafe(text, keepLineBreaks))
        {
            return text;
        }

        var length = text.Length <= MaxLength ? text.Length : MaxLength - Marker.Length;
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        var clean = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text.AsSpan(0, length))
        {
            clean.Append(IsUnsafe(c, keepLineBreaks) ? '\uFFFD' : c);
        }

        return (length < text.Length ? clean.Append(Marker) : clean).ToString();
    }

    private static bool HasUnsafe(string text, bool keepLineBreaks)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c, keepLineBreaks))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c, bool keepLineBreaks) =>
        c switch
        {
            '\n' or '\t' or '\u2028' or '\u2029' => !keepLineBreaks,
            '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => true,
            _ => char.IsControl(c),
        };
}
