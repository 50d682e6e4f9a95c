namespace UpCloud.Simulator.Fleet;

/// <summary>Moves one gateway forward in time: traffic accrual and, when live, its scheduled random events.</summary>
internal static class GatewayClock
{
    // Events are applied in time order, each drawing from the gateway's own random stream, so the
    // state at time T is the same however many advances it took to get there. A frozen gateway stays
    // where it is; once thawed, the next advance catches up on everything it missed, in order.
    public static void Advance(SimGateway gateway, DateTimeOffset to, bool live)
    {
        if (to <= gateway.AdvancedTo || gateway.MetricsFrozenAt is not null)
        {
            return;
        }

        while (live && Earliest(gateway, to) is { } due)
        {
            Accrue(gateway, due.At);
            Apply(gateway, due);
        }

        Accrue(gateway, to);
        if (live)
        {
            gateway.NatNodes.ForEach(node => node.Sway(to));
        }
    }

    public static void Restart(SimGateway gateway, SimNatNode node, DateTimeOffset at)
    {
        node.StartedAt = at;
        node.TotalAccepted = 0;
        node.TotalRejected = 0;
        node.ActiveConnections = 0;
        gateway.UpdatedAt = at;
    }

    private static void Accrue(SimGateway gateway, DateTimeOffset to)
    {
        var from = gateway.AdvancedTo;
        foreach (var node in gateway.NatNodes)
        {
            node.Accrue(from, to);
        }

        foreach (var connection in gateway.Connections)
        {
            foreach (var tunnel in connection.Tunnels)
            {
                tunnel.IkeSa?.ChildSas.ForEach(childSa => childSa.Accrue(from, to));
                tunnel.AccrueBadEvents(from, to);
            }
        }

        gateway.AdvancedTo = to;
    }

    private static DueEvent? Earliest(SimGateway gateway, DateTimeOffset horizon)
    {
        DueEvent? earliest = null;
        foreach (var node in gateway.NatNodes)
        {
            Consider(ref earliest, new DueEvent(node.NextRestartAt, null, null, node), horizon);
        }

        foreach (var connection in gateway.Connections)
        {
            foreach (var tunnel in connection.Tunnels)
            {
                if (tunnel.Flaps)
                {
                    Consider(ref earliest, new DueEvent(tunnel.NextFlapAt, tunnel, null, null), horizon);
                }

                foreach (var childSa in tunnel.IkeSa?.ChildSas ?? Enumerable.Empty<SimChildSa>())
                {
                    Consider(ref earliest, new DueEvent(childSa.RekeyAt, tunnel, childSa, null), horizon);
                }
            }
        }

        return earliest;
    }

    private static void Consider(ref DueEvent? earliest, DueEvent candidate, DateTimeOffset horizon)
    {
        if (candidate.At <= horizon && (earliest is null || candidate.At < earliest.Value.At))
        {
            earliest = candidate;
        }
    }

    private static void Apply(SimGateway gateway, DueEvent due)
    {
        if (due.Node is { } node)
        {
            Restart(gateway, node, due.At);
            node.NextRestartAt = due.At + Negotiation.NodeUptime(gateway);
        }
        else if (due.ChildSa is { } childSa)
        {
            Negotiation.RekeyOne(gateway, due.Tunnel!, childSa, due.At);
        }
        else
        {
            Negotiation.Flap(gateway, due.Tunnel!, due.At);
        }
    }
}
