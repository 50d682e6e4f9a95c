namespace UpCloud.Api;

/// <summary>Limits the client applies to every call.</summary>
public sealed class UpCloudClientOptions
{
    /// <summary>The largest response body read, in bytes; larger ones fail with <see cref="UpCloudFailure.ResponseTooLarge"/>. Default 32 MiB.</summary>
    public long MaxResponseBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>The most gateway list pages read in one listing, a guard against a server that never ends the list. Default 1000 (100,000 gateways).</summary>
    public int MaxListPages { get; set; } = 1000;
}
