namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>The running totals of every exported gateway, by UUID.</summary>
internal sealed class RunningTotals
{
    private readonly Dictionary<string, GatewayTotals> _gateways = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns a gateway's totals, created on its first observation.</summary>
    public GatewayTotals For(string gatewayUuid)
    {
        if (!_gateways.TryGetValue(gatewayUuid, out var totals))
        {
            totals = new GatewayTotals();
            _gateways[gatewayUuid] = totals;
        }

        return totals;
    }

    /// <summary>Forgets gateways that a successful list no longer contains.</summary>
    public void RetainOnly(IReadOnlySet<string> gatewayUuids)
    {
        foreach (var uuid in _gateways.Keys.Where(uuid => !gatewayUuids.Contains(uuid)).ToList())
        {
            _gateways.Remove(uuid);
        }
    }
}
