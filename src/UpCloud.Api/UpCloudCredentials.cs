using System.Net.Http.Headers;
using System.Text;

namespace UpCloud.Api;

/// <summary>API credentials: a user name and password (HTTP Basic) or an API token (Bearer), never both.</summary>
public sealed class UpCloudCredentials
{
    private readonly AuthenticationHeaderValue _header;
    private readonly string _description;

    private UpCloudCredentials(AuthenticationHeaderValue header, string description)
    {
        _header = header;
        _description = description;
    }

    /// <summary>Creates HTTP Basic credentials for an API user.</summary>
    public static UpCloudCredentials Basic(string username, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
        return new UpCloudCredentials(new AuthenticationHeaderValue("Basic", encoded), $"Basic(username={username}, password=***)");
    }

    /// <summary>Creates Bearer credentials for an API token.</summary>
    public static UpCloudCredentials Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new UpCloudCredentials(new AuthenticationHeaderValue("Bearer", token), "Bearer(token=***)");
    }

    /// <summary>The Authorization header value to send; only the client reads it.</summary>
    internal AuthenticationHeaderValue Header => _header;

    /// <summary>Describes the credentials with the secret redacted.</summary>
    public override string ToString() => _description;
}
