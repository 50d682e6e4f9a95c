using System.Security.Authentication;
using UpCloud.GatewayExporter.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UpCloud.GatewayExporter.Web;

/// <summary>
/// Reads a web config file of Prometheus's exporter-toolkit shape (<c>tls_server_config</c>, <c>basic_auth_users</c>) by
/// walking YAML nodes, which needs no reflection, and rejects anything it does not understand rather than ignoring it.
/// </summary>
internal static class WebConfigReader
{
    /// <summary>Reads and validates the file; every problem is a <see cref="ConfigurationException"/> naming <c>EXPORTER_WEB_CONFIG</c>.</summary>
    public static WebConfig Read(string path)
    {
        var root = Load(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        WebTls? tls = null;
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            switch (Scalar(key))
            {
                case "tls_server_config":
                    tls = ReadTls(Mapping(value, "tls_server_config"), directory);
                    break;
                case "basic_auth_users":
                    foreach (var (user, hash) in Mapping(value, "basic_auth_users").Children)
                    {
                        users[Scalar(user)] = ValidHash(Scalar(user), Scalar(hash));
                    }

                    break;
                case var other:
                    throw Invalid($"unknown key '{other}'; supported: tls_server_config, basic_auth_users");
            }
        }

        return new WebConfig(tls, users);
    }

    private static YamlMappingNode Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            return stream.Documents.Count == 0 ? new YamlMappingNode() : Mapping(stream.Documents[0].RootNode, "the document");
        }
        catch (YamlException ex)
        {
            throw Invalid($"'{path}' is not valid YAML at line {ex.Start.Line}: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw Invalid($"cannot read '{path}': {ex.GetType().Name}");
        }
    }

    private static WebTls ReadTls(YamlMappingNode node, string directory)
    {
        string? cert = null, key = null;
        var protocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        foreach (var (name, value) in node.Children)
        {
            switch (Scalar(name))
            {
                case "cert_file": cert = ExistingFile(Scalar(value), directory); break;
                case "key_file": key = ExistingFile(Scalar(value), directory); break;
                case "min_version":
                    protocols = Scalar(value) switch
                    {
                        "TLS12" => SslProtocols.Tls12 | SslProtocols.Tls13,
                        "TLS13" => SslProtocols.Tls13,
                        var version => throw Invalid($"tls_server_config.min_version '{version}' is not supported: use TLS12 or TLS13"),
                    };
                    break;
                case var other:
                    throw Invalid($"unknown key 'tls_server_config.{other}'; supported: cert_file, key_file, min_version");
            }
        }

        return cert is not null && key is not null
            ? new WebTls(cert, key, protocols)
            : throw Invalid("tls_server_config needs both cert_file and key_file");
    }

    private static string ValidHash(string user, string hash)
    {
        try
        {
            BCrypt.Net.BCrypt.Verify(string.Empty, hash);
            return hash;
        }
        catch (Exception ex) when (ex is BCrypt.Net.SaltParseException or ArgumentException)
        {
            throw Invalid($"basic_auth_users.{user} is not a bcrypt hash");
        }
    }

    private static string ExistingFile(string file, string directory)
    {
        var full = Path.Combine(directory, file);
        return File.Exists(full) ? full : throw Invalid($"'{full}' does not exist");
    }

    private static YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Invalid($"{what} must be a mapping");

    private static string Scalar(YamlNode node) =>
        (node as YamlScalarNode)?.Value ?? throw Invalid($"expected a plain value at line {node.Start.Line}");

    private static ConfigurationException Invalid(string problem) => new(SettingsTable.WebConfig.Name, problem);
}
