namespace UpCloud.GatewayExporter.Web;

/// <summary>The parsed <c>EXPORTER_WEB_CONFIG</c> file: TLS and basic auth for every endpoint but the health checks, in the spirit of Prometheus's exporter-toolkit.</summary>
/// <param name="Tls">The TLS server settings; null serves plain HTTP.</param>
/// <param name="BasicAuthUsers">User names and their bcrypt hashes; empty for no authentication.</param>
internal sealed record WebConfig(WebTls? Tls, IReadOnlyDictionary<string, string> BasicAuthUsers);
