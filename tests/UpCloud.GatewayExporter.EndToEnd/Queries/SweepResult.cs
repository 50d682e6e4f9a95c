namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>What a sweep found: queries Prometheus rejected, and queries that returned no data although data was required.</summary>
internal sealed record SweepResult(int Checked, IReadOnlyList<string> Invalid, IReadOnlyList<QueryCheck> Empty)
{
    public bool Passed => Invalid.Count == 0 && Empty.Count == 0;

    /// <summary>Every problem, one per entry, for the failure message.</summary>
    public string Report(string what) => string.Join('\n', [
        $"{Checked} {what} checked: {Invalid.Count} invalid, {Empty.Count} returned no data on the demo fleet",
        .. Invalid.Select(problem => $"INVALID {problem}"),
        .. Empty.Select(check => $"NO DATA {check}"),
    ]);
}
