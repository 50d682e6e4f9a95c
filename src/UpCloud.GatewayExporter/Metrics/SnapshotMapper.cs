using Microsoft.Extensions.Logging;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Totals;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes a poll snapshot into the metric families: sets what the poll read, keeps counters monotonic, removes what is gone.</summary>
internal sealed partial class SnapshotMapper(MetricFamilies families, ILogger<SnapshotMapper> logger)
{
    private const int MaxRememberedUnmatchedSas = 10_000;

    private readonly RunningTotals _totals = new();
    private readonly HashSet<string> _unmatchedSasLogged = [];

    /// <summary>Applies one snapshot; not thread-safe, the caller serialises polls.</summary>
    public void Apply(PollSnapshot snapshot)
    {
        families.Polls.Inc();
        families.LastPollDuration.Set(snapshot.Duration.TotalSeconds);
        if (!snapshot.ListSucceeded)
        {
            families.ExporterUp.Set(0);
            families.PollFailures.Inc();
            families.SealResources();
            return;
        }

        families.ExporterUp.Set(1);
        families.LastPollSuccess.Set((snapshot.StartedAt + snapshot.Duration).ToUnixTimeMilliseconds() / 1000.0);
        families.RejectedGateways.Set(snapshot.RejectedGateways);
        _totals.RetainOnly(snapshot.Gateways.Select(g => g.Uuid).ToHashSet(StringComparer.OrdinalIgnoreCase));
        foreach (var observation in snapshot.Gateways)
        {
            MapGateway(observation);
        }

        families.SealResources();
    }

    private void MapGateway(GatewayObservation observation)
    {
        var gateway = observation.Gateway;
        var (uuid, name) = (observation.Uuid, gateway.Name ?? string.Empty);
        families.GatewayInfo.Series(uuid, name, gateway.Zone ?? string.Empty, gateway.Plan ?? string.Empty).Set(1);
        families.GatewayOperationalState.Series(uuid, name, string.IsNullOrWhiteSpace(gateway.OperationalState) ? "unknown" : gateway.OperationalState).Set(1);
        families.GatewayMetricsUp.Series(uuid, name).Set(observation.Metrics is null ? 0 : 1);

        var tunnels = TunnelsOf(observation).ToList();
        foreach (var (tunnelLabels, tunnel) in tunnels)
        {
            MapTunnelConfiguration(gateway, tunnelLabels, tunnel);
        }

        if (observation.Metrics is not { } metrics)
        {
            return;
        }

        var totals = _totals.For(observation.Uuid);
        MapNat(uuid, name, metrics, totals);
        if (observation.ConnectionsError is null)
        {
            MapIpsec(observation, tunnels, metrics, totals);
        }
    }

    private static IEnumerable<(TunnelLabels Labels, Tunnel Tunnel)> TunnelsOf(GatewayObservation observation)
    {
        foreach (var connection in observation.Connections)
        {
            foreach (var tunnel in connection.Tunnels ?? [])
            {
                yield return (new TunnelLabels(
                    observation.Uuid,
                    observation.Gateway.Name ?? string.Empty,
                    connection.Name ?? connection.Uuid ?? string.Empty,
                    tunnel.Name ?? tunnel.Uuid ?? string.Empty), tunnel);
            }
        }
    }

    private void MapTunnelConfiguration(Gateway gateway, TunnelLabels labels, Tunnel tunnel)
    {
        var localName = tunnel.LocalAddress?.Name;
        var localAddress = gateway.Addresses?.FirstOrDefault(a => a.Name == localName)?.Address ?? localName ?? string.Empty;
        families.TunnelInfo.Series(labels.With(tunnel.Uuid ?? string.Empty, localAddress, tunnel.RemoteAddress?.Address ?? string.Empty)).Set(1);
        var state = TunnelStates.Normalize(tunnel.OperationalState);
        foreach (var candidate in TunnelStates.All)
        {
            families.TunnelState.Series(labels.With(candidate)).Set(candidate == state ? 1 : 0);
        }
    }

    private void MapNat(string uuid, string gatewayName, GatewayMetrics metrics, GatewayTotals totals)
    {
        var position = 0;
        foreach (var node in metrics.Nodes ?? [])
        {
            var name = string.IsNullOrEmpty(node.Name) ? $"node-{position}" : node.Name;
            position++;
            var nodeTotals = totals.Nodes.Take(name);
            if (node.ActiveConnections is { } active)
            {
                families.NatActiveConnections.Series(uuid, gatewayName, name).Set(Math.Max(0, active));
            }

            if (node.TotalAcceptedConnections is { } accepted)
            {
                families.NatAcceptedConnections.Series(uuid, gatewayName, name).IncTo(nodeTotals.Accepted.Observe(accepted));
            }

            if (node.TotalRejected is { } rejected)
            {
                families.NatRejectedConnections.Series(uuid, gatewayName, name).IncTo(nodeTotals.Rejected.Observe(rejected));
            }
        }

        totals.Nodes.Commit();
    }

    private void MapIpsec(GatewayObservation observation, List<(TunnelLabels Labels, Tunnel Tunnel)> tunnels, GatewayMetrics metrics, GatewayTotals totals)
    {
        var sasByName = (metrics.Ipsec?.IkeSas ?? [])
            .GroupBy(sa => sa.Name ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (labels, tunnel) in tunnels)
        {
            var sas = sasByName.Remove(labels.IkeSaName, out var matched) ? matched : [];
            MapTunnelIpsec(observation, labels, tunnel, sas, totals.Tunnels.Take((labels.Connection, labels.Tunnel)));
        }

        totals.Tunnels.Commit();
        foreach (var unmatched in sasByName.Keys)
        {
            if (_unmatchedSasLogged.Count < MaxRememberedUnmatchedSas && _unmatchedSasLogged.Add($"{observation.Uuid}/{unmatched}"))
            {
                LogUnmatchedSa(unmatched, observation.Gateway.Name ?? observation.Uuid);
            }
        }
    }

    private void MapTunnelIpsec(GatewayObservation observation, TunnelLabels labels, Tunnel tunnel, List<IkeSa> sas, TunnelTotals totals)
    {
        var series = labels.Values();
        var childSas = sas.SelectMany(sa => sa.ChildSas ?? []).ToList();
        totals.Traffic.Observe(childSas);
        families.ReceiveBytes.Series(series).IncTo(totals.Traffic.BytesIn);
        families.TransmitBytes.Series(series).IncTo(totals.Traffic.BytesOut);
        families.ReceivePackets.Series(series).IncTo(totals.Traffic.PacketsIn);
        families.TransmitPackets.Series(series).IncTo(totals.Traffic.PacketsOut);
        families.ChildSas.Series(series).Set(childSas.Count);

        var current = sas
            .OrderByDescending(sa => IsEstablished(sa))
            .ThenBy(sa => sa.Established ?? long.MaxValue)
            .FirstOrDefault();
        if (current?.Established is { } established && established >= 0)
        {
            families.IkeSaEstablished.Series(series).Set(observation.ObservedAt.ToUnixTimeSeconds() - established);
        }

        var heuristic = current?.HeuristicState ?? sas.Select(sa => sa.HeuristicState).FirstOrDefault(h => h is not null);
        var noSa = sas.Count == 0 ? false : (bool?)null;
        if ((heuristic?.TunnelUp ?? tunnel.TunnelUp ?? noSa) is { } up)
        {
            families.TunnelUp.Series(series).Set(up ? 1 : 0);
        }

        if ((heuristic?.TunnelHealthy ?? tunnel.TunnelHealthy ?? noSa) is { } healthy)
        {
            families.TunnelHealthy.Series(series).Set(healthy ? 1 : 0);
        }

        if (heuristic?.UpEvents is { } upEvents)
        {
            (totals.UpEvents ??= new RunningTotal()).Observe(upEvents);
        }

        if (heuristic?.DownEvents is { } downEvents)
        {
            (totals.DownEvents ??= new RunningTotal()).Observe(downEvents);
        }

        if (totals.UpEvents is { } upTotal)
        {
            families.TunnelUpEvents.Series(series).IncTo(upTotal.Total);
        }

        if (totals.DownEvents is { } downTotal)
        {
            families.TunnelDownEvents.Series(series).IncTo(downTotal.Total);
        }
    }

    private static bool IsEstablished(IkeSa sa) =>
        string.Equals(sa.OperationalState, "established", StringComparison.OrdinalIgnoreCase)
        || string.Equals(sa.InternalState, "established", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Debug, Message = "IKE SA {SaName} on gateway {Gateway} matches no configured tunnel; its traffic is not exported")]
    private partial void LogUnmatchedSa(string saName, string gateway);
}
