using System.Text.RegularExpressions;

namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>
/// Replaces Grafana variables in a dashboard query by the rules of grafana/check-queries.sh: built-ins by
/// values of the right type, multi-value variables by <c>.*</c> (and only after <c>=~</c> or <c>!~</c>);
/// anything else is a problem. The windows are shorter than the script's, sized for a Prometheus that has
/// scraped every second for a few seconds: <c>[1m]</c> already holds enough samples for <c>rate()</c>.
/// </summary>
internal sealed partial class GrafanaVariables(IReadOnlySet<string> multiValue)
{
    public static readonly IReadOnlyDictionary<string, string> BuiltIns = new Dictionary<string, string>
    {
        ["__rate_interval"] = "1m",
        ["__interval"] = "15s",
        ["__range"] = "1h",
        ["__interval_ms"] = "15000",
        ["__range_s"] = "3600",
        ["__range_ms"] = "3600000",
    };

    /// <summary>The query with every variable replaced; what cannot be replaced is added to <paramref name="problems"/>.</summary>
    public string Substitute(string expression, string where, ICollection<string> problems) => Reference().Replace(expression, match =>
    {
        var name = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        if (BuiltIns.TryGetValue(name, out var value))
        {
            return value;
        }

        if (multiValue.Contains(name))
        {
            var before = expression[..match.Index].TrimEnd().TrimEnd('"').TrimEnd();
            if (!before.EndsWith("=~", StringComparison.Ordinal) && !before.EndsWith("!~", StringComparison.Ordinal))
            {
                problems.Add($"{where}: multi-value ${name} used without =~ or !~");
            }

            return ".*";
        }

        problems.Add($"{where}: unknown variable ${name}");
        return match.Value;
    });

    [GeneratedRegex(@"\$(?:\{(\w+)(?::\w+)?\}|(\w+))")]
    private static partial Regex Reference();
}
