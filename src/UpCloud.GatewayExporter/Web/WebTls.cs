using System.Security.Authentication;

namespace UpCloud.GatewayExporter.Web;

/// <summary>TLS server settings.</summary>
/// <param name="CertFile">The PEM certificate (chain) file, resolved against the web config's folder.</param>
/// <param name="KeyFile">The PEM private key file, resolved likewise.</param>
/// <param name="Protocols">The TLS versions accepted, from <c>min_version</c> up.</param>
internal sealed record WebTls(string CertFile, string KeyFile, SslProtocols Protocols);
