using System.Globalization;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes a tunnel's SA detail: when its IKE SA was established and is due to rekey and reauthenticate, its version, and its child SAs' states and next expiry.</summary>
internal sealed class SaDetailMapper(IpsecFamilies families, SeriesTableWriter table)
{
    /// <summary>Maps the tunnel's current IKE SA, if any, and all its child SAs; <c>rekey_time</c> and its kin are seconds from when the metrics were read.</summary>
    public void Map(TunnelLabels labels, DateTimeOffset observedAt, IkeSa? current, List<ChildSa> childSas)
    {
        var series = labels.Values();
        var now = observedAt.ToUnixTimeSeconds();
        if (current?.Established is { } established && established >= 0)
        {
            table.Set(families.IkeSaEstablished, now - established, series);
        }

        if (current is not null)
        {
            table.Set(families.IkeSaInfo, 1, labels.With(
                current.Version?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                current.Initiator is { } initiator ? (initiator ? "true" : "false") : string.Empty));
        }

        if (current?.RekeyTime is > 0 and var rekey)
        {
            table.Set(families.IkeSaRekey, now + rekey, series);
        }

        if (current?.ReauthTime is > 0 and var reauth)
        {
            table.Set(families.IkeSaReauth, now + reauth, series);
        }

        foreach (var (state, count) in ChildSaStates.Count(childSas))
        {
            table.Set(families.ChildSaStates, count, labels.With(state));
        }

        if (childSas.Where(child => child.LifeTime > 0).Select(child => child.LifeTime!.Value).DefaultIfEmpty().Min() is > 0 and var expiry)
        {
            table.Set(families.ChildSaExpiry, now + expiry, series);
        }
    }
}
