namespace UpCloud.GatewayExporter.Configuration;

/// <summary>
/// One row of the settings table: a setting's key, the command-line switches that set it too, its default (the only place
/// it is written) and what it does. The readers, <c>--help</c> and the README check all read these rows.
/// </summary>
internal sealed record Setting
{
    /// <summary>The configuration key: environment variable, appsettings.json key and <c>--KEY value</c> argument, with <c>:</c> between sections.</summary>
    public required string Key { get; init; }

    /// <summary>How messages, <c>--help</c> and the README name the setting: by default its environment variable, which writes <c>__</c> between sections.</summary>
    public string Name
    {
        get => field ?? Key.Replace(":", "__", StringComparison.Ordinal);
        init;
    }

    /// <summary>What it does, in one line.</summary>
    public required string Help { get; init; }

    /// <summary>Friendlier command-line spellings; secrets have none, since <c>ps</c> would show them.</summary>
    public IReadOnlyList<string> Switches { get; init; } = [];

    /// <summary>The default as text, parsed like a value the user gives; null when there is none.</summary>
    public string? Default { get; init; }

    /// <summary>What leaving a setting without a default unset means, such as <c>all</c>.</summary>
    public string WhenUnset { get; init; } = "—";

    /// <summary>The default or, without one, what unset means, as <c>--help</c> and the README show it.</summary>
    public string Shown => Default ?? WhenUnset;

    /// <summary>The trimmed text, or null when the setting is unset or blank: an empty setting counts as unset.</summary>
    public string? Text(IConfiguration configuration) =>
        configuration[Key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Parses the text or else the default; a <see cref="FormatException"/> becomes a <see cref="ConfigurationException"/> naming the setting.</summary>
    public T Read<T>(IConfiguration configuration, Func<string, T> parse) =>
        Parse(Text(configuration) ?? Default ?? throw new InvalidOperationException($"{Key} has no default: read it with {nameof(ReadIfSet)}"), parse);

    /// <summary>Parses the text of a setting without a default as <see cref="Read{T}"/> does, or returns null when it is unset.</summary>
    public T? ReadIfSet<T>(IConfiguration configuration, Func<string, T> parse)
        where T : class =>
        Text(configuration) is { } text ? Parse(text, parse) : null;

    private T Parse<T>(string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException ex)
        {
            throw new ConfigurationException(Name, ex.Message);
        }
    }
}
