namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// Logs what the mapper had to change about the API's data (a cut label, a duplicate, a negative count) once per gateway
/// and kind, not at every poll, remembering at most <see cref="MaxRemembered"/> notes so a hostile fleet cannot grow it.
/// </summary>
internal sealed partial class GatewayWarnings(ILogger logger)
{
    private const int MaxRemembered = 10_000;

    private readonly HashSet<string> _logged = new(StringComparer.Ordinal);

    /// <summary>A label value was cut or had characters replaced.</summary>
    public void Shortened(string gatewayUuid, string gateway, string label, int length)
    {
        if (First($"{gatewayUuid}\0label\0{label}"))
        {
            LogShortened(DisplayText.Log(gateway), DisplayText.Log(gatewayUuid), label, length, DisplayText.MaxLength);
        }
    }

    /// <summary>Two tunnels or nodes of one gateway have the same label values; only the first is exported.</summary>
    public void Duplicate(string gatewayUuid, string gateway, string what, string labels)
    {
        if (First($"{gatewayUuid}\0duplicate\0{what}\0{labels}"))
        {
            LogDuplicate(DisplayText.Log(gateway), DisplayText.Log(gatewayUuid), what, DisplayText.Log(labels));
        }
    }

    /// <summary>A count below zero was read as zero.</summary>
    public void Negative(string gatewayUuid, string gateway, string field)
    {
        if (First($"{gatewayUuid}\0negative\0{field}"))
        {
            LogNegative(DisplayText.Log(gateway), DisplayText.Log(gatewayUuid), field);
        }
    }

    /// <summary>A gateway's plan is missing from the plans list, so its capacity series are withheld.</summary>
    public void UnknownPlan(string gatewayUuid, string gateway, string plan)
    {
        if (First($"{gatewayUuid}\0plan\0{plan}"))
        {
            LogUnknownPlan(DisplayText.Log(gateway), DisplayText.Log(gatewayUuid), DisplayText.Log(plan));
        }
    }

    /// <summary>An IKE SA names no configured tunnel, so its traffic has no series to go to.</summary>
    public void Unmatched(string gatewayUuid, string gateway, string saName)
    {
        if (First($"{gatewayUuid}\0sa\0{saName}"))
        {
            LogUnmatchedSa(DisplayText.Log(saName), DisplayText.Log(gateway));
        }
    }

    private bool First(string key) => _logged.Count < MaxRemembered && _logged.Add(key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {Gateway} ({Uuid}): its {Label} is {Length} characters long or holds control characters; the label shows at most {Max}, cut with a marker, control characters replaced")]
    private partial void LogShortened(string gateway, string uuid, string label, int length, int max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {Gateway} ({Uuid}) has more than one {What} labelled {Labels}; only the first is exported")]
    private partial void LogDuplicate(string gateway, string uuid, string what, string labels);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {Gateway} ({Uuid}) reported a negative {Field}; it is read as 0")]
    private partial void LogNegative(string gateway, string uuid, string field);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {Gateway} ({Uuid}) has the plan {Plan}, which GET /1.3/gateway/plans does not list; its capacity series are withheld")]
    private partial void LogUnknownPlan(string gateway, string uuid, string plan);

    [LoggerMessage(Level = LogLevel.Debug, Message = "IKE SA {SaName} on gateway {Gateway} matches no configured tunnel; its traffic is not exported")]
    private partial void LogUnmatchedSa(string saName, string gateway);
}
