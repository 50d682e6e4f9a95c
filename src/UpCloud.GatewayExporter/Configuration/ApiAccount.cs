using UpCloud.Api;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>One set of UpCloud API credentials the exporter polls with.</summary>
/// <param name="Name">The value of the <c>account</c> label on this account's series; null for the unnamed account of <c>UPCLOUD_USERNAME</c>/<c>UPCLOUD_TOKEN</c>, whose series carry no <c>account</c> label.</param>
/// <param name="Credentials">The account's credentials.</param>
/// <param name="ApiUrl">The API base URL this account is polled at.</param>
internal sealed record ApiAccount(string? Name, UpCloudCredentials Credentials, Uri ApiUrl)
{
    /// <summary>How log lines name this account's gateway list.</summary>
    public string GatewayList => Name is null ? "the gateway list" : $"the gateway list of account {Name}";
}
