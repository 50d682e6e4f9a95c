using System.Globalization;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Families;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes a tunnel's SA detail: when its IKE SA was established and is due to rekey and reauthenticate, its version, and its child SAs' states and next expiry.</summary>
internal sealed class SaDetailMapper(IpsecFamilies families)
{
    /// <summary>Maps the tunnel's current IKE SA, if any, and all its child SAs; <c>rekey_time</c> and its kin are seconds from when the metrics were read.</summary>
    public void Map(TunnelLabels labels, DateTimeOffset observedAt, IkeSa? current, List<ChildSa> childSas)
    {
        var series = labels.Values();
        var now = observedAt.ToUnixTimeSeconds();
        if (current?.Established is { } established && established >= 0)
        {
            families.IkeSaEstablished.Series(series).Set(now - established);
        }

        if (current is not null)
        {
            families.IkeSaInfo.Series(labels.With(
                current.Version?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                current.Initiator is { } initiator ? (initiator ? "true" : "false") : string.Empty)).Set(1);
        }

        if (current?.RekeyTime is > 0 and var rekey)
        {
            families.IkeSaRekey.Series(series).Set(now + rekey);
        }

        if (current?.ReauthTime is > 0 and var reauth)
        {
            families.IkeSaReauth.Series(series).Set(now + reauth);
        }

        foreach (var (state, count) in ChildSaStates.Count(childSas))
        {
            families.ChildSaStates.Series(labels.With(state)).Set(count);
        }

        if (childSas.Where(child => child.LifeTime > 0).Select(child => child.LifeTime!.Value).DefaultIfEmpty().Min() is > 0 and var expiry)
        {
            families.ChildSaExpiry.Series(series).Set(now + expiry);
        }
    }
}
