namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Turns one gateway's API text into label values, noting each value that had to be cut or cleaned.</summary>
internal sealed class GatewayLabels
{
    private readonly string _rawUuid;
    private readonly string _rawName;
    private readonly GatewayWarnings _warnings;

    /// <summary>Creates the labeller of one gateway and its own two label values.</summary>
    public GatewayLabels(string uuid, string? name, GatewayWarnings warnings)
    {
        (_rawUuid, _rawName, _warnings) = (uuid, name ?? string.Empty, warnings);
        Uuid = Value(uuid, "UUID");
        Name = Value(_rawName, "name");
    }

    /// <summary>The <c>gateway_uuid</c> label value.</summary>
    public string Uuid { get; }

    /// <summary>The <c>gateway</c> label value.</summary>
    public string Name { get; }

    /// <summary>The label value of a text of this gateway; <paramref name="what"/> names it in the log line if it had to change.</summary>
    public string Value(string? text, string what)
    {
        var raw = text ?? string.Empty;
        var value = DisplayText.Label(raw);
        if (!ReferenceEquals(value, raw))
        {
            _warnings.Shortened(_rawUuid, _rawName, what, raw.Length);
        }

        return value;
    }

    /// <summary>The label value of one of the gateway's open-vocabulary states, <c>unknown</c> when the API sent none.</summary>
    public string State(string? text, string what) => string.IsNullOrWhiteSpace(text) ? "unknown" : Value(text, what);

    /// <summary>Notes that a second tunnel or node has the same label values as an earlier one.</summary>
    public void Duplicate(string what, string labels) => _warnings.Duplicate(_rawUuid, _rawName, what, labels);

    /// <summary>A count of this gateway as exported: a negative reading, which no count can be, is read as zero and noted.</summary>
    public long Count(long reading, string field)
    {
        if (reading >= 0)
        {
            return reading;
        }

        _warnings.Negative(_rawUuid, _rawName, field);
        return 0;
    }

    /// <summary>Notes a plan the plans list does not know.</summary>
    public void UnknownPlan(string plan) => _warnings.UnknownPlan(_rawUuid, _rawName, plan);

    /// <summary>Notes an IKE SA that matches no tunnel.</summary>
    public void Unmatched(string saName) => _warnings.Unmatched(_rawUuid, _rawName, saName);
}
