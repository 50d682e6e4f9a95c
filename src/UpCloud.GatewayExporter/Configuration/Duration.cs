using System.Globalization;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>Parses durations written as <c>30s</c>, <c>1m</c>, <c>1500ms</c>, <c>2h</c> or plain seconds.</summary>
internal static class Duration
{
    /// <summary>Parses a duration, or returns false when the text is not one.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var (number, unit) = value switch
        {
            _ when value.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (value[..^2], 0.001),
            _ when value.EndsWith('s') || value.EndsWith('S') => (value[..^1], 1.0),
            _ when value.EndsWith('m') || value.EndsWith('M') => (value[..^1], 60.0),
            _ when value.EndsWith('h') || value.EndsWith('H') => (value[..^1], 3600.0),
            _ => (value, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || double.IsInfinity(amount * unit)
            || amount * unit > TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(amount * unit);
        return true;
    }
}
