namespace UpCloud.GatewayExporter.Configuration;

/// <summary>A setting that is missing, malformed or contradicts another; start-up ends with exit code 2 and this message.</summary>
/// <param name="setting">The setting's name as the user writes it, e.g. <c>UPCLOUD_POLL_INTERVAL</c>.</param>
/// <param name="problem">What is wrong, never including a secret's value.</param>
internal sealed class ConfigurationException(string setting, string problem) : Exception($"{setting}: {problem}")
{
    public string Setting { get; } = setting;
}
