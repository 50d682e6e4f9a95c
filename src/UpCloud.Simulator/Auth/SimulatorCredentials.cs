using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.Simulator.Auth;

/// <summary>The credentials the simulator accepts right now; tests rotate, revoke or forbid them mid-run.</summary>
public sealed class SimulatorCredentials
{
    private readonly object _sync = new();
    private string? _username;
    private string? _password;
    private string? _token;
    private bool _revoked;
    private bool _forbidden;

    internal SimulatorCredentials(SimulatorOptions options)
    {
        _username = options.Username;
        _password = options.Password;
        _token = options.Token;
    }

    /// <summary>The accepted HTTP Basic user name; with <see cref="Password"/> and <see cref="Token"/> all null, auth is not checked.</summary>
    public string? Username { get => Read(() => _username); set => Change(() => _username = value); }

    /// <summary>The accepted HTTP Basic password.</summary>
    public string? Password { get => Read(() => _password); set => Change(() => _password = value); }

    /// <summary>The accepted Bearer token.</summary>
    public string? Token { get => Read(() => _token); set => Change(() => _token = value); }

    /// <summary>When true every request is answered 401, whatever it carries, as after revoking an API user or token.</summary>
    public bool Revoked { get => Read(() => _revoked); set => Change(() => _revoked = value); }

    /// <summary>When true authenticated requests are answered 403, as for an API user without access to gateways.</summary>
    public bool Forbidden { get => Read(() => _forbidden); set => Change(() => _forbidden = value); }

    internal ResponseBody? Deny(StringValues authorization)
    {
        var presented = authorization.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (presented.Count > 1)
        {
            return ResponseBody.Problem(StatusCodes.Status400BadRequest, "Send either HTTP Basic or Bearer authentication, not both.");
        }

        lock (_sync)
        {
            var open = _username is null && _password is null && _token is null;
            if (_revoked || !(open || Accepts(presented.FirstOrDefault())))
            {
                return ResponseBody.Problem(StatusCodes.Status401Unauthorized, "Authentication failed using the given credentials.");
            }

            return _forbidden ? ResponseBody.Problem(StatusCodes.Status403Forbidden, "You do not have access to this resource.") : null;
        }
    }

    private bool Accepts(string? credential)
    {
        var space = credential?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (space < 0)
        {
            return false;
        }

        var scheme = credential![..space];
        var parameter = credential[(space + 1)..].Trim();
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return _token is not null && parameter == _token;
        }

        return scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && _username is not null
            && DecodeBasic(parameter) == $"{_username}:{_password}";
    }

    private static string? DecodeBasic(string parameter)
    {
        Span<byte> bytes = stackalloc byte[parameter.Length];
        return Convert.TryFromBase64String(parameter, bytes, out var length) ? Encoding.UTF8.GetString(bytes[..length]) : null;
    }

    private T Read<T>(Func<T> read)
    {
        lock (_sync)
        {
            return read();
        }
    }

    private void Change(Action change)
    {
        lock (_sync)
        {
            change();
        }
    }
}
