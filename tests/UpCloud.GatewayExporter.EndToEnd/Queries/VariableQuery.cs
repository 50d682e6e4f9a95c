using System.Text.RegularExpressions;

namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>Turns a Grafana Prometheus variable query into the expression Grafana would send and the label it lists.</summary>
internal static partial class VariableQuery
{
    /// <summary>The selector and label of <c>label_values(selector, label)</c> or <c>label_values(label)</c>, the expression of <c>query_result(expr)</c>; null for a form this does not know.</summary>
    public static (string Expression, string? Label)? Parse(string query)
    {
        if (LabelValues().Match(query) is { Success: true } labelValues)
        {
            return (labelValues.Groups[1].Value, labelValues.Groups[2].Value);
        }

        if (LabelValuesOfAll().Match(query) is { Success: true } ofAll)
        {
            return ($"{{{ofAll.Groups[1].Value}!=\"\"}}", ofAll.Groups[1].Value);
        }

        return QueryResult().Match(query) is { Success: true } result ? (result.Groups[1].Value, null) : null;
    }

    [GeneratedRegex(@"\A\s*label_values\((.*),\s*(\w+)\s*\)\s*\z", RegexOptions.Singleline)]
    private static partial Regex LabelValues();

    [GeneratedRegex(@"\A\s*label_values\(\s*(\w+)\s*\)\s*\z")]
    private static partial Regex LabelValuesOfAll();

    [GeneratedRegex(@"\A\s*query_result\((.*)\)\s*\z", RegexOptions.Singleline)]
    private static partial Regex QueryResult();
}
