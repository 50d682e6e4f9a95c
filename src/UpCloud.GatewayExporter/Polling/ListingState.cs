using UpCloud.Api;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>What a poll's listing has found so far, shared between the list reader and the gateway workers.</summary>
internal sealed class ListingState
{
    private volatile PollError? _error;

    /// <summary>Why the list could not be read; null while it is being read or was read.</summary>
    public PollError? Error
    {
        get => _error;
        set => _error = value;
    }

    /// <summary>Selected list entries dropped because they did not match the documented shape; only the list reader writes it.</summary>
    public List<RejectedGateway> Rejected { get; } = [];

    /// <summary>UUIDs listed more than once; only the list reader writes it.</summary>
    public List<string> DuplicateUuids { get; } = [];
}
