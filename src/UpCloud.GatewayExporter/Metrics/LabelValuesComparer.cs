namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Compares label value arrays element by element, so any value, separators included, identifies its series exactly.</summary>
internal sealed class LabelValuesComparer : IEqualityComparer<string[]>
{
    /// <summary>The shared instance.</summary>
    public static LabelValuesComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(string[]? x, string[]? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    /// <inheritdoc />
    public int GetHashCode(string[] values)
    {
        var hash = new HashCode();
        foreach (var value in values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
