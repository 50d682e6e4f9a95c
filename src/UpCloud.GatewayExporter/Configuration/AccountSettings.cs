namespace UpCloud.GatewayExporter.Configuration;

/// <summary>The names of one account's settings: the top-level <c>UPCLOUD_*</c> ones of the unnamed account, or those of a named account under <c>UPCLOUD_ACCOUNTS</c>.</summary>
/// <param name="KeyPrefix">The configuration key prefix, <c>UPCLOUD_</c> or <c>UPCLOUD_ACCOUNTS:NAME:</c>.</param>
/// <param name="NamePrefix">The same prefix as an environment variable, used in messages: <c>UPCLOUD_</c> or <c>UPCLOUD_ACCOUNTS__NAME__</c>.</param>
internal sealed record AccountSettings(string KeyPrefix, string NamePrefix)
{
    /// <summary>The top-level settings of the contract.</summary>
    public static readonly AccountSettings TopLevel = new("UPCLOUD_", "UPCLOUD_");

    /// <summary>The settings of the account <paramref name="name"/> under <c>UPCLOUD_ACCOUNTS</c>.</summary>
    public static AccountSettings Account(string name) =>
        new($"{ExporterSettings.Accounts.Name}:{name}:", $"{ExporterSettings.Accounts.Name}__{name}__");

    /// <summary>The account's section itself, <c>UPCLOUD_ACCOUNTS__NAME</c>: a value there is a mistake, and messages about the whole account name it.</summary>
    public SettingKey Section => new(KeyPrefix[..^1], NamePrefix[..^2]);

    /// <summary>The username setting.</summary>
    public SettingKey Username => For("USERNAME");

    /// <summary>The password setting.</summary>
    public SettingKey Password => For("PASSWORD");

    /// <summary>The password file setting.</summary>
    public SettingKey PasswordFile => For("PASSWORD_FILE");

    /// <summary>The token setting.</summary>
    public SettingKey Token => For("TOKEN");

    /// <summary>The token file setting.</summary>
    public SettingKey TokenFile => For("TOKEN_FILE");

    /// <summary>The API URL setting; a named account's defaults to the top-level <c>UPCLOUD_API_URL</c>.</summary>
    public SettingKey ApiUrl => For("API_URL");

    private SettingKey For(string suffix) => new(KeyPrefix + suffix, NamePrefix + suffix);
}
