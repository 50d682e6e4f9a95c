using System.Net.Http.Headers;
using System.Text;

namespace UpCloud.Testing;

/// <summary>
/// The one set of API credentials the simulator demands and the clients present. Each value is distinctive, so a test
/// that searches logs, metrics and errors for it finds a leak and nothing else.
/// </summary>
public static class TestCredentials
{
    public const string Username = "exporter-api-user";
    public const string Password = "Pa55-w0rd-never-log-me";
    public const string Token = "ucat_01JTESTTOKENNEVERLOGME0000";

    /// <summary>A pre-shared key the API should never return: the JSON fixtures carry it and tests plant it in the simulator, to show it goes nowhere.</summary>
    public const string Psk = "never-log-this-psk-7f3a9c";

    /// <summary>The user name and password as they travel in an HTTP Basic Authorization header, itself a secret.</summary>
    public static string BasicForm { get; } = Encode(Username, Password);

    /// <summary>Every form of the credentials that must never appear in a log line, a metric or an error message.</summary>
    public static IReadOnlyList<string> Secrets { get; } = [Password, Token, BasicForm];

    /// <summary>An HTTP Basic header for any pair, for tests that present wrong or rotated credentials.</summary>
    public static AuthenticationHeaderValue Basic(string username, string password) => new("Basic", Encode(username, password));

    private static string Encode(string username, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
}
