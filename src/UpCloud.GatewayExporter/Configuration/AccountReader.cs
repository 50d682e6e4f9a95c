using System.Text.RegularExpressions;
using UpCloud.Api;
using static UpCloud.GatewayExporter.Configuration.SettingsTable;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>Reads the accounts to poll: the top-level credentials, or the named credential sets under <c>UPCLOUD_ACCOUNTS</c>.</summary>
internal static partial class AccountReader
{
    /// <summary>Reads the accounts; <paramref name="demoCredentials"/> replaces the credential settings in <c>--demo</c> mode.</summary>
    /// <exception cref="ConfigurationException">A credential setting is missing, unreadable or contradicts another.</exception>
    public static IReadOnlyList<ApiAccount> Read(IConfiguration configuration, UpCloudCredentials? demoCredentials)
    {
        var apiUrl = ApiUrl.Read(configuration, ParseApiUrl);
        if (demoCredentials is not null)
        {
            return [new ApiAccount(null, demoCredentials, apiUrl)];
        }

        if (Accounts.Text(configuration) is not null)
        {
            throw new ConfigurationException(Accounts.Key,
                $"is not a list of names: set each account's credentials as {InAccount(Token, "NAME").Name} (or __{AccountKey(Username)} and __{AccountKey(Password)})");
        }

        // Only the environment turns __ into a section separator; elsewhere such a key would be silently ignored.
        if (configuration.AsEnumerable().FirstOrDefault(setting => setting.Key.StartsWith(Accounts.Key + "__", StringComparison.OrdinalIgnoreCase)) is { Key: { } flat })
        {
            throw new ConfigurationException(flat, $"the __ form works only as an environment variable: on the command line or in appsettings.json write {Accounts.Key}:NAME:SETTING");
        }

        // An account whose settings are all empty is not configured, as an empty top-level setting is not set.
        var names = configuration.GetSection(Accounts.Key).GetChildren()
            .Where(account => !string.IsNullOrWhiteSpace(account.Value) || account.GetChildren().Any(setting => !string.IsNullOrWhiteSpace(setting.Value)))
            .Select(account => account.Key)
            .ToList();
        if (names.Count == 0)
        {
            return [new ApiAccount(null, ReadCredentials(configuration, account: null), apiUrl)];
        }

        if (Credentials.FirstOrDefault(setting => setting.Text(configuration) is not null) is { } stray)
        {
            throw new ConfigurationException(stray.Name, $"set credentials either per account under {Accounts.Key} or at the top level, not both");
        }

        return [.. names.Select(name => ReadAccount(configuration, name, apiUrl))];
    }

    private static ApiAccount ReadAccount(IConfiguration configuration, string name, Uri defaultApiUrl)
    {
        var section = AccountSection(name);
        if (!AccountName().IsMatch(name))
        {
            throw new ConfigurationException(section.Name, "an account name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        if (section.Text(configuration) is not null)
        {
            throw new ConfigurationException(section.Name,
                $"is a value, not a group of settings: set {InAccount(Token, name).Name} (or {InAccount(Username, name).Name} and {InAccount(Password, name).Name})");
        }

        var apiUrl = InAccount(ApiUrl, name).ReadIfSet(configuration, ParseApiUrl) ?? defaultApiUrl;
        return new ApiAccount(name, ReadCredentials(configuration, name), apiUrl);
    }

    /// <summary>Reads the credentials of a named account, or with <paramref name="account"/> null the top-level ones.</summary>
    private static UpCloudCredentials ReadCredentials(IConfiguration configuration, string? account)
    {
        Setting Own(Setting setting) => account is null ? setting : InAccount(setting, account);
        var (username, password, passwordFile, token, tokenFile) = (Own(Username), Own(Password), Own(PasswordFile), Own(Token), Own(TokenFile));
        var user = username.Text(configuration);
        var secret = Secret(configuration, password, passwordFile);
        var bearer = Secret(configuration, token, tokenFile);
        if (bearer is not null)
        {
            return user is null && secret is null
                ? UpCloudCredentials.Bearer(bearer)
                : throw new ConfigurationException(token.Name, $"set either a token or {username.Name} and {password.Name}, not both");
        }

        return (user, secret) switch
        {
            (null, null) => throw new ConfigurationException(username.Name,
                $"no credentials: set {username.Name} and {password.Name}, or {token.Name}{(account is null ? " (or run with --demo)" : "")}"),
            (null, _) => throw new ConfigurationException(username.Name, $"{password.Name} is set but {username.Name} is not"),
            (_, null) => throw new ConfigurationException(password.Name, $"{username.Name} is set but neither {password.Name} nor {passwordFile.Name} is"),
            _ => UpCloudCredentials.Basic(user, secret),
        };
    }

    /// <summary>The secret as given, which unlike other settings is not trimmed, or else its file's contents without the trailing newline.</summary>
    private static string? Secret(IConfiguration configuration, Setting setting, Setting fileSetting)
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

    private static Uri ParseApiUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(url.UserInfo) && string.IsNullOrEmpty(url.Query)
            ? url
            : throw new FormatException("is not an absolute http(s) URL without credentials or query, e.g. https://api.upcloud.com");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex AccountName();
}
