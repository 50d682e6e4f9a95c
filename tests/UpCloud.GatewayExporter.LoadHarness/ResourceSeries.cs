using System.Text;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// The resource series of an exposition: every family but the exporter's own <c>upcloud_gateway_exporter_*</c>
/// metrics, which describe the exporter process and have no counterpart in a Pushgateway (it has its own).
/// </summary>
internal static class ResourceSeries
{
    private const string OwnPrefix = "upcloud_gateway_exporter_";

    /// <summary>The exposition text without the exporter's own families, HELP and TYPE lines included.</summary>
    public static byte[] Of(string exposition)
    {
        var kept = new StringBuilder(exposition.Length);
        foreach (var line in exposition.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || IsOwn(line))
            {
                continue;
            }

            kept.Append(line).Append('\n');
        }

        return Encoding.UTF8.GetBytes(kept.ToString());
    }

    /// <summary>Counts the sample lines of an exposition.</summary>
    public static int Count(ReadOnlySpan<char> exposition)
    {
        var count = 0;
        foreach (var line in exposition.EnumerateLines())
        {
            if (!line.IsEmpty && line[0] != '#')
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsOwn(ReadOnlySpan<char> line) =>
        line.StartsWith(OwnPrefix, StringComparison.Ordinal)
        || ((line.StartsWith("# HELP ", StringComparison.Ordinal) || line.StartsWith("# TYPE ", StringComparison.Ordinal))
            && line[7..].StartsWith(OwnPrefix, StringComparison.Ordinal));
}
