using System.Globalization;

namespace UpCloud.Simulator.Fleet;

/// <summary>The IPsec state changes of a tunnel: establishing, rekeying and taking it down.</summary>
internal static class Negotiation
{
    private static readonly string[] DownMessages =
    [
        "peer not responding: DPD timeout", "IKE_SA_INIT: NO_PROPOSAL_CHOSEN", "IKE_AUTH: AUTHENTICATION_FAILED",
        "giving up after 5 retransmits", "CREATE_CHILD_SA: TS_UNACCEPTABLE",
    ];

    public static void SetState(SimGateway gateway, SimTunnel tunnel, string state, DateTimeOffset at, string? downMessage = null)
    {
        var wasUp = tunnel.IsUp;
        tunnel.OperationalState = state;
        tunnel.UpdatedAt = at;
        if (tunnel.IsUp)
        {
            if (tunnel.IkeSa is not { ChildSas.Count: > 0 })
            {
                Establish(gateway, tunnel, at);
            }

            tunnel.UpEvents += wasUp ? 0 : 1;
        }
        else
        {
            // A down tunnel keeps an entry that never established, so its heuristic state can still say why it is down.
            if (wasUp || tunnel.IkeSa?.OperationalState != state)
            {
                tunnel.IkeSa = Unestablished(gateway, tunnel, state, at);
            }

            if (wasUp)
            {
                tunnel.DownEvents++;
                tunnel.LastDownMessage = downMessage ?? DownMessage(gateway.Chance);
                tunnel.LastDownMessageAt = at;
                tunnel.DownSince = at;
            }
        }

        tunnel.TunnelUp = tunnel.TunnelUp is null ? null : tunnel.IsUp;
        tunnel.TunnelHealthy = tunnel.TunnelHealthy is null ? null : tunnel.IsUp;
    }

    public static void Establish(SimGateway gateway, SimTunnel tunnel, DateTimeOffset at)
    {
        var ikeSa = new SimIkeSa
        {
            UniqueId = gateway.NextUniqueId(),
            TunnelId = tunnel.TunnelId,
            CreatedAt = at,
            EstablishedAt = at,
            Initiator = tunnel.IkeSa?.Initiator ?? true,
        };
        for (var i = 0; i < tunnel.ChildSaCount; i++)
        {
            ikeSa.ChildSas.Add(NewChildSa(gateway, tunnel, at, predecessor: null));
        }

        tunnel.IkeSa = ikeSa;
    }

    public static void Flap(SimGateway gateway, SimTunnel tunnel, DateTimeOffset at)
    {
        if (tunnel.IsUp)
        {
            var state = gateway.Chance.Next(2) == 0 ? TunnelStates.Idle : TunnelStates.Connecting;
            SetState(gateway, tunnel, state, at);
            tunnel.NextFlapAt = at + Seconds(gateway, 20, 120);
        }
        else
        {
            SetState(gateway, tunnel, TunnelStates.Established, at);
            tunnel.NextFlapAt = at + UpTime(gateway);
        }
    }

    public static void Rekey(SimGateway gateway, SimTunnel tunnel, SimIkeSa ikeSa, DateTimeOffset at)
    {
        for (var i = 0; i < ikeSa.ChildSas.Count; i++)
        {
            ikeSa.ChildSas[i] = NewChildSa(gateway, tunnel, at, ikeSa.ChildSas[i]);
        }
    }

    public static void RekeyOne(SimGateway gateway, SimTunnel tunnel, SimChildSa childSa, DateTimeOffset at)
    {
        var childSas = tunnel.IkeSa!.ChildSas;
        childSas[childSas.IndexOf(childSa)] = NewChildSa(gateway, tunnel, at, childSa);
    }

    public static string DownMessage(Random chance) => DownMessages[chance.Next(DownMessages.Length)];

    public static TimeSpan UpTime(SimGateway gateway) => Seconds(gateway, 900, 2700);

    public static TimeSpan NodeUptime(SimGateway gateway) => Seconds(gateway, 3600, 14400);

    private static SimIkeSa Unestablished(SimGateway gateway, SimTunnel tunnel, string state, DateTimeOffset at) => new()
    {
        UniqueId = gateway.NextUniqueId(),
        TunnelId = tunnel.TunnelId,
        CreatedAt = at,
        OperationalState = state,
        InternalState = state == TunnelStates.Idle ? TunnelStates.Created : state,
        Initiator = tunnel.IkeSa?.Initiator ?? true,
    };

    // A rekeyed SA carries the same flows as its predecessor, so it keeps the rates; only a fresh one draws new ones.
    // Like strongSwan, it rekeys up to 10 % before child_rekey_time and expires 10 % after it.
    private static SimChildSa NewChildSa(SimGateway gateway, SimTunnel tunnel, DateTimeOffset at, SimChildSa? predecessor)
    {
        var chance = gateway.Chance;
        var lifetime = Math.Max(1, tunnel.Ipsec.ChildRekeyTime);
        double bytesIn = chance.Next(2_000, 400_000), bytesOut = chance.Next(1_000, 200_000);
        return new SimChildSa
        {
            UniqueId = gateway.NextUniqueId(),
            SpiIn = Spi(chance),
            SpiOut = Spi(chance),
            InstalledAt = at,
            RekeyAt = at + TimeSpan.FromSeconds(lifetime - chance.Next((lifetime / 10) + 1)),
            ExpiresAt = at + TimeSpan.FromSeconds(lifetime * 1.1),
            BytesInPerSecond = predecessor?.BytesInPerSecond ?? bytesIn,
            BytesOutPerSecond = predecessor?.BytesOutPerSecond ?? bytesOut,
            PacketsInPerSecond = predecessor?.PacketsInPerSecond ?? Math.Max(1, Math.Floor(bytesIn / chance.Next(400, 1200))),
            PacketsOutPerSecond = predecessor?.PacketsOutPerSecond ?? Math.Max(1, Math.Floor(bytesOut / chance.Next(400, 1200))),
        };
    }

    private static string Spi(Random chance)
        => chance.NextInt64(0xc000_0000, 0x1_0000_0000).ToString("x8", CultureInfo.InvariantCulture);

    private static TimeSpan Seconds(SimGateway gateway, int min, int max) => TimeSpan.FromSeconds(gateway.Chance.Next(min, max));
}
