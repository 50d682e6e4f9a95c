using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>Reads the accounts to poll: the top-level credentials, or the named credential sets under <c>UPCLOUD_ACCOUNTS</c>.</summary>
internal static partial class AccountReader
{
    private static readonly string Accounts = ExporterSettings.Accounts.Name;

    /// <summary>Reads the accounts; <paramref name="demoCredentials"/> replaces the credential settings in <c>--demo</c> mode.</summary>
    /// <exception cref="ConfigurationException">A credential setting is missing, unreadable or contradicts another.</exception>
    public static IReadOnlyList<ApiAccount> Read(IConfiguration configuration, UpCloudCredentials? demoCredentials)
    {
        var topLevel = AccountSettings.TopLevel;
        var apiUrl = ExporterSettings.ApiUrl.Read(configuration);
        if (demoCredentials is not null)
        {
            return [new ApiAccount(null, demoCredentials, apiUrl)];
        }

        if (ExporterSettings.Accounts.Text(configuration) is not null)
        {
            throw new ConfigurationException(Accounts, $"is not a list of names: set each account's credentials as {Accounts}__NAME__TOKEN (or __USERNAME and __PASSWORD)");
        }

        // Only the environment turns __ into a section separator; elsewhere such a key would be silently ignored.
        if (configuration.AsEnumerable().FirstOrDefault(setting => setting.Key.StartsWith(Accounts + "__", StringComparison.OrdinalIgnoreCase)) is { Key: { } flat })
        {
            throw new ConfigurationException(flat, $"the __ form works only as an environment variable: on the command line or in appsettings.json write {Accounts}:NAME:SETTING");
        }

        // An account whose settings are all empty is not configured, as an empty top-level setting is not set.
        var names = configuration.GetSection(Accounts).GetChildren()
            .Where(account => !string.IsNullOrWhiteSpace(account.Value) || account.GetChildren().Any(setting => !string.IsNullOrWhiteSpace(setting.Value)))
            .Select(account => account.Key)
            .ToList();
        if (names.Count == 0)
        {
            return [new ApiAccount(null, ReadCredentials(configuration, topLevel), apiUrl)];
        }

        if (new[] { topLevel.Username, topLevel.Password, topLevel.PasswordFile, topLevel.Token, topLevel.TokenFile }.FirstOrDefault(s => s.Text(configuration) is not null) is { } stray)
        {
            throw new ConfigurationException(stray.Name, $"set credentials either per account under {Accounts} or at the top level, not both");
        }

        return [.. names.Select(name => ReadAccount(configuration, name, apiUrl))];
    }

    private static ApiAccount ReadAccount(IConfiguration configuration, string name, Uri defaultApiUrl)
    {
        var settings = AccountSettings.Account(name);
        if (!AccountName().IsMatch(name))
        {
            throw new ConfigurationException(settings.Section.Name, "an account name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        if (settings.Section.Text(configuration) is not null)
        {
            throw new ConfigurationException(settings.Section.Name, $"is a value, not a group of settings: set {settings.Token.Name} (or {settings.Username.Name} and {settings.Password.Name})");
        }

        var apiUrl = settings.ApiUrl.Text(configuration) is { } own ? ExporterSettings.ApiUrl.ReadAs(own, settings.ApiUrl.Name) : defaultApiUrl;
        return new ApiAccount(name, ReadCredentials(configuration, settings), apiUrl);
    }

    private static UpCloudCredentials ReadCredentials(IConfiguration configuration, AccountSettings settings)
    {
        var username = settings.Username.Text(configuration);
        var password = Secret(configuration, settings.Password, settings.PasswordFile);
        var token = Secret(configuration, settings.Token, settings.TokenFile);
        if (token is not null)
        {
            return username is null && password is null
                ? UpCloudCredentials.Bearer(token)
                : throw new ConfigurationException(settings.Token.Name, $"set either a token or {settings.Username.Name} and {settings.Password.Name}, not both");
        }

        return (username, password) switch
        {
            (null, null) => throw new ConfigurationException(settings.Username.Name,
                $"no credentials: set {settings.Username.Name} and {settings.Password.Name}, or {settings.Token.Name}{(settings == AccountSettings.TopLevel ? " (or run with --demo)" : "")}"),
            (null, _) => throw new ConfigurationException(settings.Username.Name, $"{settings.Password.Name} is set but {settings.Username.Name} is not"),
            (_, null) => throw new ConfigurationException(settings.Password.Name, $"{settings.Username.Name} is set but neither {settings.Password.Name} nor {settings.PasswordFile.Name} is"),
            _ => UpCloudCredentials.Basic(username, password),
        };
    }

    private static string? Secret(IConfiguration configuration, SettingKey setting, SettingKey fileSetting)
    {
        var value = string.IsNullOrEmpty(configuration[setting.Key]) ? null : configuration[setting.Key];
        var path = fileSetting.Text(configuration);
        if (path is null)
        {
            return value;
        }

        if (value is not null)
        {
            throw new ConfigurationException(fileSetting.Name, $"set {setting.Name} or {fileSetting.Name}, not both");
        }

        string contents;
        try
        {
            contents = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ConfigurationException(fileSetting.Name, $"cannot read '{path}': {ex.GetType().Name}");
        }

        var secret = contents.TrimEnd('\r', '\n');
        return secret.Length > 0 ? secret : throw new ConfigurationException(fileSetting.Name, $"'{path}' is empty");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex AccountName();
}
