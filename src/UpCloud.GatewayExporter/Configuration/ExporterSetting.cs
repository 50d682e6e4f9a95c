using Microsoft.Extensions.Configuration;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>
/// One row of the settings table: the setting's configuration key, the command-line switches that set it too, its
/// default (the only place it is written), what an unset setting without a default means, and what it does. The reader,
/// <c>--help</c> and the README check all read these rows.
/// </summary>
/// <param name="Name">The key, as environment variable, appsettings.json key and <c>--NAME value</c> argument.</param>
/// <param name="Switches">Friendlier command-line spellings; secrets have none, since <c>ps</c> would show them.</param>
/// <param name="Default">The default as text, parsed like a value the user gives; null when there is none.</param>
/// <param name="WhenUnset">What leaving it unset means when there is no default, such as <c>all</c>.</param>
/// <param name="Help">What it does, in one line.</param>
/// <param name="DisplayName">How the documentation names it, when not by <paramref name="Name"/>.</param>
internal record ExporterSetting(string Name, string[] Switches, string? Default, string WhenUnset, string Help, string? DisplayName = null)
{
    /// <summary>How the documentation names the setting.</summary>
    public string Label => DisplayName ?? Name;

    /// <summary>The default or, without one, what unset means, as <c>--help</c> and the README show it.</summary>
    public string Shown => Default ?? WhenUnset;

    /// <summary>The setting's trimmed text, or null when it is unset or blank.</summary>
    public string? Text(IConfiguration configuration) => ((SettingKey)Name).Text(configuration);
}
