using Microsoft.Extensions.Logging;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Totals;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes a poll snapshot into the metric families: sets what the poll read, keeps counters monotonic, removes what is gone.</summary>
internal sealed class SnapshotMapper
{
    private readonly MetricFamilies _families;
    private readonly MappingNotes _notes;
    private readonly IpsecMapper _ipsec;
    private readonly RunningTotals _totals = new();

    /// <summary>Creates the mapper of one account's families.</summary>
    public SnapshotMapper(MetricFamilies families, ILogger<SnapshotMapper> logger)
    {
        _families = families;
        _notes = new MappingNotes(logger);
        _ipsec = new IpsecMapper(families);
    }

    /// <summary>Applies one snapshot; not thread-safe, the caller serialises polls.</summary>
    public void Apply(PollSnapshot snapshot)
    {
        _families.Polls.Inc();
        _families.LastPollDuration.Set(snapshot.Duration.TotalSeconds);
        ApiCallMapper.Apply(_families, snapshot.ApiCalls);
        if (!snapshot.ListSucceeded)
        {
            _families.ExporterUp.Set(0);
            _families.PollFailures.Inc();
            _families.SealResources();
            return;
        }

        _families.ExporterUp.Set(1);
        _families.LastPollSuccess.Set((snapshot.StartedAt + snapshot.Duration).ToUnixTimeMilliseconds() / 1000.0);
        _families.RejectedGateways.Set(snapshot.Rejected.Count);

        // A rejected entry is still there, only unreadable for now: its totals stay so its counters resume where they were.
        var present = snapshot.Gateways.Select(g => g.Uuid).Concat(snapshot.Rejected.Select(r => r.Uuid ?? string.Empty));
        _totals.RetainOnly(present.ToHashSet(StringComparer.OrdinalIgnoreCase));
        foreach (var observation in snapshot.Gateways)
        {
            MapGateway(observation);
        }

        _families.SealResources();
    }

    private void MapGateway(GatewayObservation observation)
    {
        var gateway = observation.Gateway;
        var labels = new GatewayLabels(observation.Uuid, gateway.Name, _notes);
        var (uuid, name) = (labels.Uuid, labels.Name);
        _families.GatewayInfo.Series(uuid, name, labels.Value(gateway.Zone, "zone"), labels.Value(gateway.Plan, "plan")).Set(1);
        var state = string.IsNullOrWhiteSpace(gateway.OperationalState) ? "unknown" : labels.Value(gateway.OperationalState, "operational state");
        _families.GatewayOperationalState.Series(uuid, name, state).Set(1);
        _families.GatewayMetricsUp.Series(uuid, name).Set(observation.Metrics is null ? 0 : 1);

        var tunnels = GatewayTunnel.Of(observation, labels);
        foreach (var tunnel in tunnels)
        {
            MapTunnelConfiguration(gateway, labels, tunnel);
        }

        if (observation.Metrics is not { } metrics)
        {
            return;
        }

        var totals = _totals.For(observation.Uuid);
        MapNat(labels, metrics, totals);
        if (observation.ConnectionsError is null)
        {
            _ipsec.Map(observation, labels, tunnels, metrics, totals);
        }
    }

    private void MapTunnelConfiguration(Gateway gateway, GatewayLabels labels, GatewayTunnel configured)
    {
        var tunnel = configured.Tunnel;
        var localName = tunnel.LocalAddress?.Name;
        var localAddress = gateway.Addresses?.FirstOrDefault(a => a.Name == localName)?.Address ?? localName;
        _families.TunnelInfo.Series(configured.Labels.With(
            labels.Value(tunnel.Uuid, "tunnel UUID"),
            labels.Value(localAddress, "tunnel local address"),
            labels.Value(tunnel.RemoteAddress?.Address, "tunnel remote address"))).Set(1);
        var state = TunnelStates.Normalize(tunnel.OperationalState);
        foreach (var candidate in TunnelStates.All)
        {
            _families.TunnelState.Series(configured.Labels.With(candidate)).Set(candidate == state ? 1 : 0);
        }
    }

    private void MapNat(GatewayLabels labels, GatewayMetrics metrics, GatewayTotals totals)
    {
        var position = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in metrics.Nodes ?? [])
        {
            var name = string.IsNullOrEmpty(node.Name) ? $"node-{position}" : labels.Value(node.Name, "node name");
            position++;
            if (!seen.Add(name))
            {
                labels.Duplicate("node", name);
                continue;
            }

            var nodeTotals = totals.Nodes.Take(name);
            if (node.ActiveConnections is { } active)
            {
                _families.NatActiveConnections.Series(labels.Uuid, labels.Name, name).Set(Count(labels, active, "active_connections"));
            }

            if (node.TotalAcceptedConnections is { } accepted)
            {
                _families.NatAcceptedConnections.Series(labels.Uuid, labels.Name, name).IncTo(nodeTotals.Accepted.Observe(Count(labels, accepted, "total_accepted_connections")));
            }

            if (node.TotalRejected is { } rejected)
            {
                _families.NatRejectedConnections.Series(labels.Uuid, labels.Name, name).IncTo(nodeTotals.Rejected.Observe(Count(labels, rejected, "total_rejected_sessions")));
            }
        }

        totals.Nodes.Commit();
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
