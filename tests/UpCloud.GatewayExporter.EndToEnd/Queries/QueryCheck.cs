using UpCloud.GatewayExporter.EndToEnd.Api;

namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>One expression to send to Prometheus, where it comes from, and for a variable query the label whose values it lists.</summary>
internal sealed record QueryCheck(string Where, string Expression, string? Label = null)
{
    /// <summary>Whether the outcome counts as data: any series, or for a variable query a series carrying its label.</summary>
    public bool IsAnsweredBy(QueryOutcome outcome) => Label is null
        ? outcome.Series.Count > 0
        : outcome.Series.Any(series => series.TryGetValue(Label, out var value) && value.Length > 0);

    public override string ToString()
        => $"{Where}{(Label is null ? "" : $" (values of label {Label})")}\n    {Expression.ReplaceLineEndings("\n    ")}";
}
