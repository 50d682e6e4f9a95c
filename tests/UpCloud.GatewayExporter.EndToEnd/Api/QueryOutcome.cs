namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>What a query gave: an error (invalid PromQL), or the label sets of its result (a scalar counts as one unlabelled series).</summary>
internal sealed record QueryOutcome(string? Error, IReadOnlyList<IReadOnlyDictionary<string, string>> Series)
{
    public bool IsValid => Error is null;

    public static QueryOutcome Invalid(string error) => new(error, []);
}
