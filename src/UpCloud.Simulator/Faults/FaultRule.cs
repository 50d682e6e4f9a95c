namespace UpCloud.Simulator.Faults;

/// <summary>Which requests a fault hits and how; faults apply after authentication, before the normal body.</summary>
public sealed record FaultRule
{
    /// <summary>The route template to hit (see <see cref="Endpoints.RouteTemplates"/>), or null for every route.</summary>
    public string? Route { get; init; }

    /// <summary>The gateway UUID to hit, or null for every gateway; routes without a gateway never match a set value.</summary>
    public string? GatewayUuid { get; init; }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; init; }

    /// <summary>The status code of <see cref="FaultKind.Status"/> and <see cref="FaultKind.LegacyStatus"/>.</summary>
    public int StatusCode { get; init; } = 500;

    /// <summary>The wait a <see cref="FaultKind.TooManyRequests"/> answer asks for, sent in whole seconds.</summary>
    public TimeSpan RetryAfter { get; init; }

    /// <summary>The <c>Retry-After</c> header of <see cref="FaultKind.TooManyRequests"/> verbatim, for an HTTP date or garbage; when set it replaces <see cref="RetryAfter"/>.</summary>
    public string? RetryAfterHeader { get; init; }

    /// <summary>Where a <see cref="FaultKind.Redirect"/> answer points.</summary>
    public Uri? Location { get; init; }

    /// <summary>The delay of <see cref="FaultKind.Latency"/>.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The body of <see cref="FaultKind.CustomBody"/>, sent as UTF-8.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The body size of the streamed faults (<see cref="FaultKind.OversizedBody"/>, <see cref="FaultKind.OversizedError"/>, <see cref="FaultKind.DeepNesting"/>, <see cref="FaultKind.HugeString"/>, <see cref="FaultKind.TinyItems"/>, <see cref="FaultKind.DuplicateEntries"/>), in bytes.</summary>
    public long Size { get; init; } = 64 * 1024 * 1024;

    /// <summary>Whether a streamed fault's body states its length in Content-Length; otherwise it is sent chunked.</summary>
    public bool DeclareLength { get; init; }

    /// <summary>How many requests the fault hits before it retires, or null until removed.</summary>
    public int? Times { get; init; }

    /// <summary>The chance that a matching request is hit, drawn from a seeded random stream.</summary>
    public double Probability { get; init; } = 1.0;
}
