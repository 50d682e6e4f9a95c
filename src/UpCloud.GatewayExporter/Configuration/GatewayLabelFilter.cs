using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>
/// The <c>UPCLOUD_GATEWAY_LABEL</c> filter: <c>key=value</c> matches a gateway carrying that label, a bare <c>key</c> one
/// carrying the key with any value. Keys and values compare exactly, as the API stores them.
/// </summary>
/// <param name="Key">The label key.</param>
/// <param name="Value">The label value; null matches any.</param>
internal sealed record GatewayLabelFilter(string Key, string? Value)
{
    /// <summary>Parses <c>key=value</c> or <c>key</c>.</summary>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static GatewayLabelFilter Parse(string text) =>
        text.Split('=') switch
        {
            [var key] when key.Length > 0 => new GatewayLabelFilter(key, null),
            [var key, var value] when key.Length > 0 => new GatewayLabelFilter(key, value),
            _ => throw new FormatException($"'{text}' is not key=value or key"),
        };

    /// <summary>Whether a gateway with these labels matches.</summary>
    public bool Matches(IEnumerable<GatewayLabel> labels) =>
        labels.Any(label => string.Equals(label.Key, Key, StringComparison.Ordinal) && (Value is null || string.Equals(label.Value, Value, StringComparison.Ordinal)));

    /// <summary>The filter as the API's <c>label</c> query parameter takes it.</summary>
    public override string ToString() => Value is null ? Key : $"{Key}={Value}";
}
