namespace UpCloud.Simulator.Fleet;

/// <summary>A key/value label on a simulated gateway, served as <c>{"key","value"}</c>.</summary>
public sealed class SimLabel
{
    /// <summary>The label key, matched by the <c>label</c> list filter.</summary>
    public required string Key { get; set; }

    /// <summary>The label value.</summary>
    public required string Value { get; set; }
}
