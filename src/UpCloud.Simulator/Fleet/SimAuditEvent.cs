namespace UpCloud.Simulator.Fleet;

/// <summary>
/// One entry of the simulated audit log, with every field the real API sends, the personal and sensitive ones
/// included, so a client's handling of them can be tested; tests may set any of them, secrets included.
/// </summary>
public sealed class SimAuditEvent
{
    /// <summary>The event's unique id, a ULID.</summary>
    public required string CloudEventId { get; set; }

    /// <summary>When the event happened.</summary>
    public required DateTimeOffset Time { get; set; }

    /// <summary>What happened, such as <c>update</c> or <c>maintenance-start</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The kind of resource, such as <c>network-gateway</c>.</summary>
    public required string ResourceType { get; set; }

    /// <summary>The resource's id: a gateway's UUID; null omits it, as the API may for sensitive resources.</summary>
    public string? ResourceId { get; set; }

    /// <summary>Where it came from: <c>api</c>, <c>gui</c> or <c>upcloud_internal</c>.</summary>
    public required string Origin { get; set; }

    /// <summary>Who acted; personal.</summary>
    public string AccountUsername { get; set; } = "";

    /// <summary>How they authenticated, such as <c>basic</c> or <c>token</c>.</summary>
    public string AuthType { get; set; } = "";

    /// <summary>Where they acted from; personal.</summary>
    public string IpAddress { get; set; } = "";

    /// <summary>UpCloud's id of the request that caused the event.</summary>
    public string CorrelationId { get; set; } = "";

    /// <summary>The resource after the change, served as a JSON object of strings; may hold anything, secrets included.</summary>
    public Dictionary<string, string> CurrentState { get; set; } = [];

    /// <summary>The resource before the change, likewise.</summary>
    public Dictionary<string, string> PreviousState { get; set; } = [];
}
