using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>
/// A tunnel's state in the words of UpCloud's Go SDK v8, which are strongSwan's IKE SA states, for the gateways whose
/// <see cref="WireVariant.SdkTunnelStates"/> is set: a new or idle tunnel is <c>uninitialized</c>, as the API sent in
/// 2024, and an established IKEv2 tunnel passes through <c>rekeying</c> and <c>rekeyed</c> at each IKE rekey.
/// </summary>
internal static class SdkTunnelStates
{
    // How long each rekey phase shows; long enough for a poll at a short interval to see it now and then.
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(10);

    /// <summary>The wire value of <paramref name="state"/>, a state of the model, for <paramref name="tunnel"/> at <paramref name="at"/>.</summary>
    public static string Of(string state, SimTunnel tunnel, DateTimeOffset at) => state switch
    {
        TunnelStates.Idle => "uninitialized",
        TunnelStates.Established => RekeyPhase(tunnel, at),
        "destroying" => "deleting",
        _ => state,
    };

    // IKEv2 rekeys the IKE SA in place every rekey_time after it was established (IkeSaJson counts rekey_time the same
    // way); IKEv1 reauthenticates instead, which strongSwan does not show as a rekey.
    private static string RekeyPhase(SimTunnel tunnel, DateTimeOffset at)
    {
        if (tunnel.IkeVersion != 2 || tunnel.IkeSa?.EstablishedAt is not { } establishedAt || at < establishedAt)
        {
            return TunnelStates.Established;
        }

        var period = TimeSpan.FromSeconds(Math.Max(1, tunnel.Ipsec.RekeyTime));
        var elapsed = at - establishedAt;
        var intoCycle = TimeSpan.FromTicks(elapsed.Ticks % period.Ticks);
        return elapsed < period ? TunnelStates.Established
            : intoCycle < Phase ? "rekeying"
            : intoCycle < 2 * Phase ? "rekeyed"
            : TunnelStates.Established;
    }
}
