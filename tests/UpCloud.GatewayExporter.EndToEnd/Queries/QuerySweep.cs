using System.Diagnostics;
using UpCloud.GatewayExporter.EndToEnd.Api;

namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>Sends many queries to Prometheus and collects every problem rather than stopping at the first.</summary>
internal static class QuerySweep
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Runs every check once; an invalid query is reported at once. When data is required, the checks
    /// that returned none are re-run until they do or <paramref name="patience"/> has passed (recording
    /// rules and rate windows may need a few more evaluations).
    /// </summary>
    public static async Task<SweepResult> RunAsync(PrometheusClient prometheus, IReadOnlyList<QueryCheck> checks, bool requireData, TimeSpan patience)
    {
        var invalid = new List<string>();
        var pending = checks;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var empty = new List<QueryCheck>();
            foreach (var check in pending)
            {
                var outcome = await prometheus.QueryAsync(check.Expression);
                if (!outcome.IsValid)
                {
                    invalid.Add($"{check}\n    {outcome.Error}");
                }
                else if (requireData && !check.IsAnsweredBy(outcome))
                {
                    empty.Add(check);
                }
            }

            pending = empty;
            if (pending.Count == 0 || clock.Elapsed >= patience)
            {
                return new SweepResult(checks.Count, invalid, pending);
            }

            await Task.Delay(Pause);
        }
    }
}
