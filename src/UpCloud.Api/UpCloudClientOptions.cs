namespace UpCloud.Api;

/// <summary>Limits the client applies to every call.</summary>
public sealed class UpCloudClientOptions
{
    /// <summary>How much of each endpoint's answers is read; larger ones fail with <see cref="UpCloudFailure.ResponseTooLarge"/>. Default <see cref="ResponseLimits.Default"/>.</summary>
    public ResponseLimits Limits { get; set; } = ResponseLimits.Default;

    /// <summary>The most gateway list pages read in one listing, a guard against a server that never ends the list. Default 1000 (100,000 gateways).</summary>
    public int MaxListPages { get; set; } = 1000;
}
