using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator;

/// <summary>How a simulator is started: fleet size and seed, credentials, listen address, time and behaviour.</summary>
public sealed class SimulatorOptions
{
    /// <summary>How many gateways the generated fleet has.</summary>
    public int Gateways { get; set; } = 3;

    /// <summary>How many IPsec connections each generated gateway has.</summary>
    public int ConnectionsPerGateway { get; set; } = 2;

    /// <summary>How many tunnels each generated connection has.</summary>
    public int TunnelsPerConnection { get; set; } = 2;

    /// <summary>How many gateway nodes (metrics <c>gateways[]</c> entries) each generated gateway has.</summary>
    public int NatNodesPerGateway { get; set; } = 2;

    /// <summary>The seed of everything random: the same seed yields the same fleet, rates and evolution.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The accepted HTTP Basic user name; when it, <see cref="Password"/> and <see cref="Token"/> are all null, auth is not checked.</summary>
    public string? Username { get; set; }

    /// <summary>The accepted HTTP Basic password.</summary>
    public string? Password { get; set; }

    /// <summary>The accepted Bearer token.</summary>
    public string? Token { get; set; }

    /// <summary>The IP address to listen on.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>The port to listen on; 0 picks an ephemeral port.</summary>
    public int Port { get; set; }

    /// <summary>Real time added to every request.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The clock that drives the fleet's evolution; a fake one that never moves freezes the fleet.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Whether random rekeys, tunnel flaps and node restarts happen; traffic accrues either way.</summary>
    public bool Live { get; set; } = true;

    /// <summary>Whether gateways mix the documented JSON variants; false serves the canonical shape everywhere.</summary>
    public bool WireVariants { get; set; } = true;

    /// <summary>
    /// Whether the gateway list ignores its <c>label</c> query parameter and lists every gateway, as an API that implements
    /// only the <c>limit</c> and <c>offset</c> of UpCloud's OpenAPI spec would.
    /// </summary>
    public bool IgnoresLabelFilter { get; set; }

    /// <summary>Whether the API user may not read the audit log: <c>GET /1.3/audit-logs</c> answers 403, as for a user without its permission.</summary>
    public bool AuditLogForbidden { get; set; }

    internal bool UsesDemoFleet { get; private init; }

    /// <summary>
    /// The <c>--demo</c> fleet: five named gateways (one NAT-only near its plan's limit, one with stale metrics and more
    /// tunnels than its plan allows, one stopped on purpose), two tunnels always down, one with weak crypto, one one-way,
    /// one without a child SA, and an audit log with a recent maintenance and changes; live, no auth.
    /// </summary>
    public static SimulatorOptions Demo() => new() { Gateways = DemoFleet.Blueprints.Count, UsesDemoFleet = true };
}
