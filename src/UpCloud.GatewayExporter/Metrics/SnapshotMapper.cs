using Microsoft.Extensions.Logging;
using UpCloud.GatewayExporter.Metrics.Totals;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes a poll snapshot into one account's families: sets what the poll read, keeps counters monotonic, drops what is gone.</summary>
internal sealed class SnapshotMapper
{
    private readonly MetricFamilies _families;
    private readonly MappingNotes _notes;
    private readonly TopologyMapper _topology;
    private readonly NodeMapper _nodes;
    private readonly IpsecMapper _ipsec;
    private readonly TotalsByKey<string, GatewayTotals> _totals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the mapper of one account's families.</summary>
    public SnapshotMapper(MetricFamilies families, ILogger<SnapshotMapper> logger)
    {
        _families = families;
        _notes = new MappingNotes(logger);
        _topology = new TopologyMapper(families);
        _nodes = new NodeMapper(families);
        _ipsec = new IpsecMapper(families);
    }

    /// <summary>Applies one snapshot; not thread-safe, the caller serialises polls.</summary>
    public void Apply(PollSnapshot snapshot)
    {
        var exporter = _families.Exporter;
        exporter.Polls.Inc();
        exporter.LastPollDuration.Set(snapshot.Duration.TotalSeconds);
        ApiCallMapper.Apply(exporter, snapshot.ApiCalls);
        if (!snapshot.ListSucceeded)
        {
            exporter.Up.Set(0);
            exporter.PollFailures.Inc();
            _families.SealResources();
            return;
        }

        exporter.Up.Set(1);
        exporter.LastPollSuccess.Set((snapshot.StartedAt + snapshot.Duration).ToUnixTimeMilliseconds() / 1000.0);
        exporter.RejectedGateways.Set(snapshot.Rejected.Count);

        // A rejected entry is still there, only unreadable for now: its totals stay so its counters resume where they were.
        foreach (var rejected in snapshot.Rejected)
        {
            _totals.Take(rejected.Uuid ?? string.Empty);
        }

        foreach (var observation in snapshot.Gateways)
        {
            MapGateway(observation, snapshot);
        }

        _totals.Commit(snapshot.StartedAt);
        _families.SealResources();
    }

    private void MapGateway(GatewayObservation observation, PollSnapshot snapshot)
    {
        var labels = new GatewayLabels(observation.Uuid, observation.Gateway.Name, _notes);
        var tunnels = GatewayTunnel.Of(observation, labels);
        var plan = PlanOf(observation, snapshot, labels);
        _topology.Map(observation, labels, tunnels, plan);
        var totals = _totals.Take(observation.Uuid);
        if (observation.Metrics is not { } metrics)
        {
            return;
        }

        _nodes.Map(labels, metrics, plan, totals, observation.ObservedAt);
        if (observation.ConnectionsError is null)
        {
            _ipsec.Map(observation, labels, tunnels, metrics, totals);
        }
    }

    /// <summary>The gateway's plan; one the plans list does not know is noted, unless no plans could be read at all.</summary>
    private static UpCloud.Api.Models.GatewayPlan? PlanOf(GatewayObservation observation, PollSnapshot snapshot, GatewayLabels labels)
    {
        if (observation.Gateway.Plan is not { Length: > 0 } name || snapshot.Plans.Count == 0)
        {
            return null;
        }

        if (snapshot.Plans.TryGetValue(name, out var plan))
        {
            return plan;
        }

        labels.UnknownPlan(name);
        return null;
    }

    /// <summary>A count as exported: a negative reading, which no count can be, is read as zero and noted.</summary>
    internal static long Count(GatewayLabels labels, long reading, string field)
    {
        if (reading >= 0)
        {
            return reading;
        }

        labels.Negative(field);
        return 0;
    }
}
