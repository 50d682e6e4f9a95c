using System.Globalization;

namespace UpCloud.GatewayExporter.Configuration;

/// <summary>One address to serve on, as exporter-toolkit's <c>--web.listen-address</c> writes it: <c>[host]:port</c>.</summary>
/// <param name="Host">The host or IP; empty for every IPv4 address.</param>
/// <param name="Port">The TCP port.</param>
internal sealed record ListenAddress(string Host, int Port)
{
    /// <summary>Parses <c>:9877</c>, <c>127.0.0.1:9877</c>, <c>[::1]:9877</c> or <c>localhost:9877</c>.</summary>
    /// <exception cref="FormatException">The text is none of them.</exception>
    public static ListenAddress Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw Malformed(text);
        }

        var host = text[..colon];
        var bracketed = host.StartsWith('[') && host.EndsWith(']');
        return host.Length == 0 || bracketed || (!host.Contains(':', StringComparison.Ordinal) && Uri.CheckHostName(host) != UriHostNameType.Unknown)
            ? new ListenAddress(host, port)
            : throw Malformed(text);
    }

    /// <summary>The address as a Kestrel URL.</summary>
    public string Url(bool tls) => $"{(tls ? "https" : "http")}://{(Host.Length == 0 ? "0.0.0.0" : Host)}:{Port.ToString(CultureInfo.InvariantCulture)}";

    public override string ToString() => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    private static FormatException Malformed(string text) => new($"'{text}' is not [host]:port, e.g. :9877 or 127.0.0.1:9877");
}
