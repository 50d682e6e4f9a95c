using System.Net.Http.Headers;
using System.Text;

namespace UpCloud.Api;

/// <summary>API credentials: a user name and password (HTTP Basic) or an API token (Bearer), never both.</summary>
public sealed class UpCloudCredentials
{
    private readonly AuthenticationHeaderValue _header;
    private readonly string _description;
    private readonly string[] _secrets;

    private UpCloudCredentials(AuthenticationHeaderValue header, string description, params string[] secrets)
    {
        _header = header;
        _description = description;
        _secrets = secrets;
    }

    /// <summary>Creates HTTP Basic credentials for an API user.</summary>
    public static UpCloudCredentials Basic(string username, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
        return new UpCloudCredentials(new AuthenticationHeaderValue("Basic", encoded), $"Basic(username={username}, password=***)", password, encoded);
    }

    /// <summary>Creates Bearer credentials for an API token.</summary>
    public static UpCloudCredentials Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new UpCloudCredentials(new AuthenticationHeaderValue("Bearer", token), "Bearer(token=***)", token);
    }

    /// <summary>The Authorization header value to send; only the client reads it.</summary>
    internal AuthenticationHeaderValue Header => _header;

    /// <summary>Replaces the secret wherever it appears in text the API sent back, in case a proxy or server echoes it.</summary>
    internal string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Describes the credentials with the secret redacted.</summary>
    public override string ToString() => _description;
}
