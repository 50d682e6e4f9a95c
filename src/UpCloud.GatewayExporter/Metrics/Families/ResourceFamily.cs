using System.Text;

namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>
/// What one resource metric is: its name, HELP text, type and labels, and the bytes every rendering writes for them.
/// The series themselves are not here: each poll writes them into a <see cref="Tables.SeriesTable"/> of its own.
/// </summary>
internal sealed class ResourceFamily
{
    /// <summary>Describes the family at <paramref name="index"/> of the catalogue; the first <paramref name="identityLabels"/> of <paramref name="labelNames"/> name the resource.</summary>
    public ResourceFamily(int index, string name, string help, bool counter, string[] labelNames, int identityLabels)
    {
        (Index, Name, Help, IsCounter, LabelNames, IdentityLabels) = (index, name, help, counter, labelNames, identityLabels);
        var type = counter ? "counter" : "gauge";
        var openMetricsName = counter && name.EndsWith("_total", StringComparison.Ordinal) ? name[..^6] : name;
        NameBytes = Encoding.UTF8.GetBytes(name);

        // prometheus-net writes HELP text as it is given, unescaped; so does this, to stay byte-for-byte the same.
        TextHeader = Encoding.UTF8.GetBytes($"# HELP {name} {help}\n# TYPE {name} {type}\n");
        OpenMetricsHeader = Encoding.UTF8.GetBytes($"# HELP {openMetricsName} {help}\n# TYPE {openMetricsName} {type}\n");
    }

    /// <summary>Its place in the exposition, and in every table's samples.</summary>
    public int Index { get; }

    public string Name { get; }

    public string Help { get; }

    public bool IsCounter { get; }

    /// <summary>Its label names, in exposition order.</summary>
    public string[] LabelNames { get; }

    /// <summary>How many of the first labels name the resource (gateway, node or tunnel) rather than the series.</summary>
    public int IdentityLabels { get; }

    public byte[] NameBytes { get; }

    /// <summary>The HELP and TYPE lines in the Prometheus text format.</summary>
    public byte[] TextHeader { get; }

    /// <summary>The HELP and TYPE lines in OpenMetrics, where a counter's family name has no <c>_total</c>.</summary>
    public byte[] OpenMetricsHeader { get; }
}
