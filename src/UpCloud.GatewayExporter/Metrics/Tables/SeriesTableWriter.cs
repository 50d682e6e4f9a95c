using System.Runtime.CompilerServices;
using UpCloud.GatewayExporter.Metrics.Families;

namespace UpCloud.GatewayExporter.Metrics.Tables;

/// <summary>
/// Collects one account's series while a poll is mapped, then seals them into a <see cref="SeriesTable"/> and starts
/// the next poll empty. A series written twice in a poll keeps its first place and its last value.
/// </summary>
internal sealed class SeriesTableWriter
{
    private readonly string? _account;
    private readonly byte[] _accountLabel;
    private readonly LabelText _labels = new();
    private readonly List<ResourceSample>?[] _samples;
    private readonly Dictionary<(byte[] Identity, byte[] Extra), int>?[] _positions;

    // Each family's count in the last table, so the next poll's lists start at the size they will need.
    private readonly int[] _lastCounts;

    /// <summary>Creates the writer of <paramref name="account"/>'s tables (null: the unnamed account, whose series carry no account label).</summary>
    public SeriesTableWriter(string? account)
    {
        var families = ResourceFamilies.Catalogue.InOrder.Count;
        (_account, _samples, _positions, _lastCounts) = (account, new List<ResourceSample>?[families], new Dictionary<(byte[], byte[]), int>?[families], new int[families]);
        _accountLabel = account is null ? [] : new LabelText().Encode(["account"], [account], leadingComma: true);
    }

    /// <summary>Sets the series of <paramref name="family"/> with these label values to <paramref name="value"/>.</summary>
    public void Set(ResourceFamily family, double value, params ReadOnlySpan<string> labelValues)
    {
        var identity = _labels.Encode(family.LabelNames.AsSpan(0, family.IdentityLabels), labelValues[..family.IdentityLabels], leadingComma: false);
        var extra = labelValues.Length == family.IdentityLabels ? [] : _labels.Encode(family.LabelNames.AsSpan(family.IdentityLabels), labelValues[family.IdentityLabels..], leadingComma: true);
        var samples = _samples[family.Index] ??= new List<ResourceSample>(_lastCounts[family.Index]);
        var positions = _positions[family.Index] ??= new Dictionary<(byte[], byte[]), int>(_lastCounts[family.Index], SampleKeyComparer.Instance);
        if (positions.TryGetValue((identity, extra), out var position))
        {
            samples[position] = new ResourceSample(identity, extra, value);
            return;
        }

        positions.Add((identity, extra), samples.Count);
        samples.Add(new ResourceSample(identity, extra, value));
    }

    /// <summary>Ends the poll: returns what it wrote and starts the next poll empty.</summary>
    public SeriesTable Seal()
    {
        var sealedSamples = new ResourceSample[_samples.Length][];
        for (var i = 0; i < _samples.Length; i++)
        {
            sealedSamples[i] = _samples[i]?.ToArray() ?? [];
            (_samples[i], _positions[i], _lastCounts[i]) = (null, null, sealedSamples[i].Length);
        }

        _labels.Reset();
        return new SeriesTable(_account, _accountLabel, sealedSamples);
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
