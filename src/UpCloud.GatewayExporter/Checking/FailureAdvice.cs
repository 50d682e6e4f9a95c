using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Checking;

/// <summary>Turns a failed API call into what it most likely means and what to change, naming the account's own settings.</summary>
internal static class FailureAdvice
{
    /// <summary>The check's line for <paramref name="failure"/>, a call made for <paramref name="what"/> on behalf of <paramref name="account"/>.</summary>
    public static CheckLine For(string what, UpCloudApiException failure, ApiAccount account, CheckOutcome outcome = CheckOutcome.Failed)
    {
        var (meaning, fix) = (failure.Failure, failure.StatusCode) switch
        {
            (UpCloudFailure.HttpStatus, 401) => ("wrong credentials: the API does not accept this user and password or token",
                $"check {Names(account, SettingsTable.Credentials)}; the user must be allowed API access in the UpCloud control panel"),
            (UpCloudFailure.HttpStatus, 403) => ("a missing permission: the credentials are valid, but this user may not read this",
                "give the API user read access to the account's network gateways, and allow API connections from this host's address if the user has an IP allow-list; see README, Running it against your account"),
            (UpCloudFailure.HttpStatus, 404) => ("not found: this is not UpCloud's API 1.3, or not this endpoint",
                $"check {Name(account, SettingsTable.ApiUrl)} (the default is {SettingsTable.ApiUrl.Default})"),
            (UpCloudFailure.HttpStatus, >= 300 and < 400) => ("a redirect, which the exporter never follows so that the credentials go nowhere else",
                $"set {Name(account, SettingsTable.ApiUrl)} to the URL the API answers at, with https://"),
            (UpCloudFailure.HttpStatus, 429 or >= 500) => ("the API is busy or failing right now",
                "try again in a minute; the exporter itself retries and shows this in upcloud_gateway_exporter_up"),
            (UpCloudFailure.NoResponse, _) => ("an unreachable API URL: no answer came",
                $"check {Name(account, SettingsTable.ApiUrl)}, DNS, and any firewall or proxy between this host and it"),
            _ => ("an answer that is not the API's documented JSON",
                $"check that {Name(account, SettingsTable.ApiUrl)} points at UpCloud's API"),
        };
        return new CheckLine(outcome, $"{what}: {failure.Message} — {meaning}", fix);
    }

    /// <summary>How the account's copy of a setting is named, such as <c>UPCLOUD_ACCOUNTS__prod__API_URL</c>.</summary>
    public static string Name(ApiAccount account, Setting setting) =>
        account.Name is { } name ? SettingsTable.InAccount(setting, name).Name : setting.Name;

    private static string Names(ApiAccount account, IEnumerable<Setting> settings) => string.Join(", ", settings.Select(setting => Name(account, setting)));
}
