using System.Runtime.CompilerServices;
using System.Text;

namespace UpCloud.GatewayExporter.Metrics.Resources;

/// <summary>
/// A resource metric whose series live only while a poll writes them. Each poll builds them afresh as samples, which
/// <see cref="Seal"/> hands over as an immutable array, so nothing of a poll survives the next one but its output.
/// </summary>
internal sealed class ResourceFamily
{
    private readonly LabelText _labels;
    private readonly int _identityLabels;
    private int _lastCount;
    private List<ResourceSample>? _samples;
    private Dictionary<(byte[] Identity, byte[] Extra), int>? _positions;

    /// <summary>Describes a family; the first <paramref name="identityLabels"/> of <paramref name="labelNames"/> name the resource.</summary>
    public ResourceFamily(string name, string help, bool counter, string[] labelNames, int identityLabels, LabelText labels)
    {
        (Name, IsCounter, LabelNames, _identityLabels, _labels) = (name, counter, labelNames, identityLabels, labels);
        var type = counter ? "counter" : "gauge";
        var openMetricsName = counter && name.EndsWith("_total", StringComparison.Ordinal) ? name[..^6] : name;
        NameBytes = Encoding.UTF8.GetBytes(name);

        // prometheus-net writes HELP text as it is given, unescaped; so does this, to stay byte-for-byte the same.
        TextHeader = Encoding.UTF8.GetBytes($"# HELP {name} {help}\n# TYPE {name} {type}\n");
        OpenMetricsHeader = Encoding.UTF8.GetBytes($"# HELP {openMetricsName} {help}\n# TYPE {openMetricsName} {type}\n");
    }

    /// <summary>The metric's name.</summary>
    public string Name { get; }

    /// <summary>Whether it is a counter rather than a gauge.</summary>
    public bool IsCounter { get; }

    /// <summary>Its label names, in exposition order.</summary>
    public string[] LabelNames { get; }

    /// <summary>The name, UTF-8.</summary>
    public byte[] NameBytes { get; }

    /// <summary>The HELP and TYPE lines in the Prometheus text format.</summary>
    public byte[] TextHeader { get; }

    /// <summary>The HELP and TYPE lines in OpenMetrics, where a counter's family name has no <c>_total</c>.</summary>
    public byte[] OpenMetricsHeader { get; }

    /// <summary>Returns this poll's series for these label values, created at 0 on first use as prometheus-net creates a child.</summary>
    public ResourceSeries Series(params ReadOnlySpan<string> labelValues)
    {
        var identity = _labels.Encode(LabelNames.AsSpan(0, _identityLabels), labelValues[.._identityLabels], leadingComma: false);
        var extra = labelValues.Length == _identityLabels ? [] : _labels.Encode(LabelNames.AsSpan(_identityLabels), labelValues[_identityLabels..], leadingComma: true);

        // Sized like the last poll, and only once this poll writes: between polls a family holds nothing but its output.
        _samples ??= new List<ResourceSample>(_lastCount);
        _positions ??= new Dictionary<(byte[], byte[]), int>(_lastCount, SampleKeyComparer.Instance);
        if (!_positions.TryGetValue((identity, extra), out var position))
        {
            position = _samples.Count;
            _positions.Add((identity, extra), position);
            _samples.Add(new ResourceSample(identity, extra, 0));
        }

        return new ResourceSeries(this, position);
    }

    /// <summary>Ends the poll: returns the series it wrote, in the order it first wrote them, and starts the next poll empty.</summary>
    public ResourceSample[] Seal()
    {
        var samples = _samples?.ToArray() ?? [];
        (_samples, _positions, _lastCount) = (null, null, samples.Length);
        return samples;
    }

    /// <summary>Sets a series' value; a counter only ever rises, as prometheus-net's <c>IncTo</c> does.</summary>
    internal void Write(int position, double value, bool rise)
    {
        var sample = _samples![position];
        _samples[position] = sample with { Value = rise ? Math.Max(sample.Value, value) : value };
    }

    /// <summary>Label texts are shared per poll, so two series are the same exactly when their arrays are.</summary>
    private sealed class SampleKeyComparer : IEqualityComparer<(byte[] Identity, byte[] Extra)>
    {
        public static readonly SampleKeyComparer Instance = new();

        public bool Equals((byte[] Identity, byte[] Extra) x, (byte[] Identity, byte[] Extra) y) =>
            ReferenceEquals(x.Identity, y.Identity) && ReferenceEquals(x.Extra, y.Extra);

        public int GetHashCode((byte[] Identity, byte[] Extra) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Identity), RuntimeHelpers.GetHashCode(key.Extra));
    }
}
