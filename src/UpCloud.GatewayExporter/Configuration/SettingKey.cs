namespace UpCloud.GatewayExporter.Configuration;

/// <summary>A setting's configuration key and the name messages call it by, which differ for nested keys such as an account's.</summary>
/// <param name="Key">The configuration key, with <c>:</c> between sections.</param>
/// <param name="Name">The setting as an environment variable, with <c>__</c> between sections.</param>
internal sealed record SettingKey(string Key, string Name)
{
    /// <summary>A top-level setting, whose key and name are the same.</summary>
    public static implicit operator SettingKey(string name) => new(name, name);

    /// <summary>The setting's trimmed text, or null when it is unset or blank.</summary>
    public string? Text(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        configuration[Key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
