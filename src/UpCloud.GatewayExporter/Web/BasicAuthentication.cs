using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace UpCloud.GatewayExporter.Web;

/// <summary>
/// Checks HTTP Basic credentials against bcrypt hashes on every path but the <paramref name="anonymous"/> ones. A bcrypt
/// check costs tens of milliseconds, so successful checks are remembered by a digest of the credentials, never the
/// password itself.
/// </summary>
/// <param name="users">User names and their bcrypt hashes.</param>
/// <param name="anonymous">The paths answered without credentials.</param>
internal sealed class BasicAuthentication(IReadOnlyDictionary<string, string> users, IReadOnlySet<string> anonymous)
{
    private const int MaxRemembered = 1024;
    private const string Challenge = "Basic realm=\"upcloud-gateway-exporter\", charset=\"UTF-8\"";

    // Verified for unknown users too, so a response's timing does not tell which user names exist.
    private static readonly string UnknownUserHash = BCrypt.Net.BCrypt.HashPassword(Guid.NewGuid().ToString(), 10);

    private readonly ConcurrentDictionary<string, bool> _verified = new(StringComparer.Ordinal);

    /// <summary>Lets the request through when it is authenticated or exempt, else answers 401.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (anonymous.Contains(context.Request.Path.Value ?? string.Empty) || IsAuthorized(context.Request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = Challenge;
    }

    private bool IsAuthorized(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null
            || Decode(header.Parameter) is not { } credentials)
        {
            return false;
        }

        var colon = credentials.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        var user = credentials[..colon];
        var password = credentials[(colon + 1)..];
        var hash = users.GetValueOrDefault(user);
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{user}\0{password}\0{hash}")));
        if (_verified.ContainsKey(digest))
        {
            return true;
        }

        var valid = BCrypt.Net.BCrypt.Verify(password, hash ?? UnknownUserHash) && hash is not null;
        if (valid && _verified.Count < MaxRemembered)
        {
            _verified[digest] = true;
        }

        return valid;
    }

    private static string? Decode(string parameter)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
