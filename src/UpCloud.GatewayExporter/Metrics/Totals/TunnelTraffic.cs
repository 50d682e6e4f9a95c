using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Metrics.Totals;

/// <summary>
/// A tunnel's traffic totals summed over its child SAs. Each child SA is followed by its <c>unique_id</c>: a new id is
/// a rekeyed SA whose counters started from zero, so its reading is added whole; a known id adds only its increase.
/// </summary>
internal sealed class TunnelTraffic
{
    private Dictionary<string, ChildSaReading> _last = [];

    /// <summary>Bytes received, in total.</summary>
    public double BytesIn { get; private set; }

    /// <summary>Bytes sent, in total.</summary>
    public double BytesOut { get; private set; }

    /// <summary>Packets received, in total.</summary>
    public double PacketsIn { get; private set; }

    /// <summary>Packets sent, in total.</summary>
    public double PacketsOut { get; private set; }

    /// <summary>Adds this poll's child SAs of the tunnel; SAs not seen again are forgotten.</summary>
    public void Observe(IEnumerable<ChildSa> childSas)
    {
        var next = new Dictionary<string, ChildSaReading>();
        var position = 0;
        foreach (var child in childSas)
        {
            // Each repeat gets this position's suffix, so even thousands of SAs with one id cost one lookup more each.
            var id = child.UniqueId ?? child.SpiIn ?? $"#{position}";
            while (next.ContainsKey(id))
            {
                id = $"{id}#{position}";
            }

            var reading = new ChildSaReading(
                Math.Max(0, child.BytesIn ?? 0),
                Math.Max(0, child.BytesOut ?? 0),
                Math.Max(0, child.PacketsIn ?? 0),
                Math.Max(0, child.PacketsOut ?? 0));
            var previous = _last.TryGetValue(id, out var known) ? known : (ChildSaReading?)null;
            BytesIn += Increase(previous?.BytesIn, reading.BytesIn);
            BytesOut += Increase(previous?.BytesOut, reading.BytesOut);
            PacketsIn += Increase(previous?.PacketsIn, reading.PacketsIn);
            PacketsOut += Increase(previous?.PacketsOut, reading.PacketsOut);
            next[id] = reading;
            position++;
        }

        _last = next;
    }

    private static long Increase(long? previous, long current) =>
        previous is { } last && current >= last ? current - last : current;
}
