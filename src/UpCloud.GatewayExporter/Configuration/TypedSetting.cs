using Microsoft.Extensions.Configuration;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>A setting read into a value: its text or else its default goes through one parser, whose <see cref="FormatException"/> names the problem.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Name">The key.</param>
/// <param name="Switches">Friendlier command-line spellings.</param>
/// <param name="Default">The default as text; null when there is none.</param>
/// <param name="WhenUnset">What unset means when there is no default.</param>
/// <param name="Help">What it does.</param>
/// <param name="Parse">Reads a text; throws <see cref="FormatException"/> with a message that never quotes a secret.</param>
/// <param name="Unset">The value when the setting is unset and has no default.</param>
internal sealed record TypedSetting<T>(string Name, string[] Switches, string? Default, string WhenUnset, string Help, Func<string, T> Parse, T Unset)
    : ExporterSetting(Name, Switches, Default, WhenUnset, Help)
{
    /// <summary>Reads the setting; a malformed value stops start-up with a <see cref="ConfigurationException"/> naming it.</summary>
    public T Read(IConfiguration configuration) => ReadAs(Text(configuration), Name);

    /// <summary>Reads a text given under another key, such as an account's own <c>API_URL</c>, falling back to this setting's default.</summary>
    public T ReadAs(string? text, string name)
    {
        if ((text ?? Default) is not { } value)
        {
            return Unset;
        }

        try
        {
            return Parse(value);
        }
        catch (FormatException ex)
        {
            throw new ConfigurationException(name, ex.Message);
        }
    }
}
