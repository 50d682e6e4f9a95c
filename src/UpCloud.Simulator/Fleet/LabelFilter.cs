namespace UpCloud.Simulator.Fleet;

/// <summary>One <c>label</c> query filter: <c>key=value</c> matches that pair, a bare <c>key</c> matches any value.</summary>
internal sealed record LabelFilter(string Key, string? Value)
{
    public static LabelFilter Parse(string filter)
    {
        var equals = filter.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? new LabelFilter(filter, null) : new LabelFilter(filter[..equals], filter[(equals + 1)..]);
    }

    public bool Matches(SimGateway gateway)
        => gateway.Labels.Exists(label => label.Key == Key && (Value is null || label.Value == Value));
}
