namespace UpCloud.Simulator.Fleet;

/// <summary>The simulated gateways behind the API; thread-safe under one lock that the HTTP handlers also take.</summary>
/// <remarks>
/// Longer than most files on purpose: it is the fleet's whole surface for tests, each change a few lines under the one
/// lock the handlers take, and keeping every holder of that lock in one place is what makes its use checkable.
/// </remarks>
public sealed class SimulatedFleet
{
    private readonly object _sync = new();
    private readonly List<SimGateway> _gateways = [];
    private readonly Dictionary<string, SimGateway> _byUuid = new(StringComparer.Ordinal);
    private readonly GatewayFactory _factory;
    private readonly TimeProvider _time;
    private readonly SimulatorOptions _options;
    private string? _deleteBetweenPages;

    internal SimulatedFleet(SimulatorOptions options)
    {
        _options = options;
        _time = options.TimeProvider;
        _factory = new GatewayFactory(options);
        AuditLog = new SimAuditLog(_sync, options.AuditLogForbidden, _time);
        var now = _time.GetUtcNow();
        var blueprints = options.UsesDemoFleet
            ? DemoFleet.Blueprints
            : Enumerable.Range(0, options.Gateways).Select(_ => _factory.Generate(name: null)).ToList();
        foreach (var blueprint in blueprints)
        {
            Add(_factory.Create(blueprint, now));
        }

        if (options.UsesDemoFleet)
        {
            DemoFleet.Stage(_gateways, Plans, AuditLog, now);
        }
    }

    /// <summary>The plan table <c>GET /1.3/gateway/plans</c> serves, the recorded one to start with; edit it like the gateways.</summary>
    public List<SimPlan> Plans { get; } = GatewayPlans.Recorded();

    /// <summary>The account's audit log: the changes below record themselves in it as made from the API, and tests may add any event.</summary>
    public SimAuditLog AuditLog { get; }

    /// <summary>The live gateways in list order; read or mutate them between requests, or inside <see cref="Update"/>.</summary>
    public IReadOnlyList<SimGateway> Gateways => _gateways;

    /// <summary>The lock the HTTP handlers hold while they read the fleet.</summary>
    public object SyncRoot => _sync;

    /// <summary>Runs a change of several properties atomically with respect to requests.</summary>
    public void Update(Action change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_sync)
        {
            change();
        }
    }

    /// <summary>Adds a generated gateway at the end of the list, shaped by the options' per-gateway counts.</summary>
    public SimGateway AddGateway(string? name = null)
    {
        lock (_sync)
        {
            var gateway = Add(_factory.Create(_factory.Generate(name), _time.GetUtcNow()));
            AuditLog.Record(gateway.Uuid, "create", "api", _time.GetUtcNow());
            return gateway;
        }
    }

    /// <summary>Removes a gateway; false if there is none with this UUID.</summary>
    public bool RemoveGateway(string uuid)
    {
        lock (_sync)
        {
            if (Find(uuid) is not { } gateway)
            {
                return false;
            }

            _byUuid.Remove(uuid);
            AuditLog.Record(uuid, "delete", "api", _time.GetUtcNow());
            return _gateways.Remove(gateway);
        }
    }

    /// <summary>
    /// Deletes a gateway the way the real API can surprise a pager: right after the next list page that holds it is
    /// served, when another page follows. That page shifts back by one, so the gateway that led it is missed by that
    /// listing. <see cref="Gateways"/> no longer holds the gateway once it has happened.
    /// </summary>
    public void DeleteBetweenPages(string uuid)
    {
        lock (_sync)
        {
            _deleteBetweenPages = uuid;
        }
    }

    /// <summary>Removes a connection and its tunnels; false if the gateway or connection does not exist.</summary>
    public bool RemoveConnection(string gatewayUuid, string connectionUuid)
    {
        lock (_sync)
        {
            return Changed(gatewayUuid, Find(gatewayUuid)?.Connections.RemoveAll(c => c.Uuid == connectionUuid) > 0);
        }
    }

    /// <summary>Removes a tunnel; false if the gateway, connection or tunnel does not exist.</summary>
    public bool RemoveTunnel(string gatewayUuid, string connectionUuid, string tunnelUuid)
    {
        lock (_sync)
        {
            return Changed(gatewayUuid, Find(gatewayUuid)?.Connections.Find(c => c.Uuid == connectionUuid)?.Tunnels.RemoveAll(t => t.Uuid == tunnelUuid) > 0);
        }
    }

    /// <summary>Replaces the tunnel's child SAs with new ones (new unique ids and SPIs, counters from zero).</summary>
    public void Rekey(string tunnelUuid)
    {
        lock (_sync)
        {
            var (gateway, tunnel, now) = AdvancedTunnel(tunnelUuid);
            if (tunnel.IkeSa is { } ikeSa)
            {
                Negotiation.Rekey(gateway, tunnel, ikeSa, now);
            }
        }
    }

    /// <summary>Restarts a gateway node: its NAT totals and active connections start again from zero.</summary>
    public void RestartNode(string gatewayUuid, string nodeName)
    {
        lock (_sync)
        {
            var gateway = Find(gatewayUuid) ?? throw new KeyNotFoundException($"No gateway {gatewayUuid}.");
            var node = gateway.NatNodes.Find(n => n.Name == nodeName) ?? throw new KeyNotFoundException($"No node {nodeName} on gateway {gatewayUuid}.");
            var now = Advance(gateway);
            GatewayClock.Restart(gateway, node, now);
        }
    }

    /// <summary>Sets a tunnel's state, any string; <c>established</c> brings up an IKE SA with child SAs, anything else leaves an entry that never established.</summary>
    public void SetTunnelState(string tunnelUuid, string state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_sync)
        {
            var (gateway, tunnel, now) = AdvancedTunnel(tunnelUuid);
            Negotiation.SetState(gateway, tunnel, state, now);
        }
    }

    /// <summary>Accrues traffic and, when live, applies random evolution for every gateway up to the clock's now.</summary>
    public void Advance()
    {
        lock (_sync)
        {
            _gateways.ForEach(gateway => Advance(gateway));
        }
    }

    // The HTTP handlers advance only the gateways they serve; evolution is per gateway and independent of
    // how often it is advanced, so this serves exactly what a fleet-wide advance would, at a fraction of the cost.
    internal SimGateway? Serve(string uuid, DateTimeOffset now)
    {
        var gateway = Find(uuid);
        if (gateway is not null)
        {
            GatewayClock.Advance(gateway, now, _options.Live);
        }

        return gateway;
    }

    internal List<SimGateway> ServePage(int offset, int limit, IReadOnlyList<LabelFilter> labels, DateTimeOffset now)
    {
        var page = _gateways.Where(g => _options.IgnoresLabelFilter || labels.All(label => label.Matches(g))).Skip(offset).Take(limit).ToList();
        page.ForEach(gateway => GatewayClock.Advance(gateway, now, _options.Live));
        if (page.Count == limit && page.Find(g => g.Uuid == _deleteBetweenPages) is { } deleted)
        {
            _byUuid.Remove(deleted.Uuid);
            _gateways.Remove(deleted);
            _deleteBetweenPages = null;
            AuditLog.Record(deleted.Uuid, "delete", "api", now);
        }

        return page;
    }

    internal DateTimeOffset Now() => _time.GetUtcNow();

    // A connection or tunnel is part of its gateway's configuration, so removing one is an update of the gateway.
    private bool Changed(string gatewayUuid, bool removed)
    {
        if (removed)
        {
            AuditLog.Record(gatewayUuid, "update", "api", _time.GetUtcNow());
        }

        return removed;
    }

    private SimGateway Add(SimGateway gateway)
    {
        _gateways.Add(gateway);
        _byUuid[gateway.Uuid] = gateway;
        return gateway;
    }

    // Returns the gateway's time after advancing, so a change made next lands after everything already accrued.
    private DateTimeOffset Advance(SimGateway gateway)
    {
        GatewayClock.Advance(gateway, _time.GetUtcNow(), _options.Live);
        return gateway.AdvancedTo;
    }

    // Tests may change a gateway's UUID in place, so a stale index entry triggers a rebuild rather than a wrong answer.
    private SimGateway? Find(string uuid)
    {
        if (_byUuid.TryGetValue(uuid, out var gateway) && gateway.Uuid == uuid)
        {
            return gateway;
        }

        _byUuid.Clear();
        _gateways.ForEach(g => _byUuid[g.Uuid] = g);
        return _byUuid.GetValueOrDefault(uuid);
    }

    private (SimGateway Gateway, SimTunnel Tunnel, DateTimeOffset Now) AdvancedTunnel(string tunnelUuid)
    {
        foreach (var gateway in _gateways)
        {
            var tunnel = gateway.Connections.SelectMany(c => c.Tunnels).FirstOrDefault(t => t.Uuid == tunnelUuid);
            if (tunnel is not null)
            {
                return (gateway, tunnel, Advance(gateway));
            }
        }

        throw new KeyNotFoundException($"No tunnel {tunnelUuid}.");
    }
}
