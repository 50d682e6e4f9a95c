using System.Security.Authentication;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Web;

namespace UpCloud.GatewayExporter.Tests.Web;

public sealed class WebConfigReaderTests : IDisposable
{
    // bcrypt of "correct horse", cost 4 to keep the tests fast.
    private static readonly string Hash = BCrypt.Net.BCrypt.HashPassword("correct horse", 4);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("web-config-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string Write(string yaml)
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "server.crt"), "cert");
        File.WriteAllText(Path.Combine(_directory.FullName, "server.key"), "key");
        var path = Path.Combine(_directory.FullName, "web.yml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void A_full_config_resolves_files_next_to_it_and_keeps_the_bcrypt_hashes()
    {
        var config = WebConfigReader.Read(Write($"""
            tls_server_config:
              cert_file: server.crt
              key_file: server.key
              min_version: TLS13
            basic_auth_users:
              prometheus: '{Hash}'
            """));

        Assert.Equal(Path.Combine(_directory.FullName, "server.crt"), config.Tls!.CertFile);
        Assert.Equal(Path.Combine(_directory.FullName, "server.key"), config.Tls.KeyFile);
        Assert.Equal(SslProtocols.Tls13, config.Tls.Protocols);
        Assert.Equal(Hash, config.BasicAuthUsers["prometheus"]);
    }

    [Fact]
    public void Tls_defaults_to_TLS_1_2_and_up()
    {
        var config = WebConfigReader.Read(Write("tls_server_config: {cert_file: server.crt, key_file: server.key}"));

        Assert.Equal(SslProtocols.Tls12 | SslProtocols.Tls13, config.Tls!.Protocols);
        Assert.Empty(config.BasicAuthUsers);
    }

    [Theory]
    [InlineData("http_server_config: {}", "unknown key 'http_server_config'")]
    [InlineData("tls_server_config: {cert_file: server.crt}", "needs both cert_file and key_file")]
    [InlineData("tls_server_config: {cert_file: missing.crt, key_file: server.key}", "does not exist")]
    [InlineData("tls_server_config: {cert_file: server.crt, key_file: server.key, min_version: TLS10}", "min_version 'TLS10' is not supported")]
    [InlineData("basic_auth_users: {alice: plaintext-password}", "basic_auth_users.alice is not a bcrypt hash")]
    [InlineData("basic_auth_users: [alice]", "basic_auth_users must be a mapping")]
    [InlineData("tls_server_config: [unclosed", "is not valid YAML")]
    public void A_bad_web_config_is_rejected_naming_the_setting_and_the_problem(string yaml, string problem)
    {
        var ex = Assert.Throws<ConfigurationException>(() => WebConfigReader.Read(Write(yaml)));

        Assert.Equal("EXPORTER_WEB_CONFIG", ex.Setting);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("plaintext-password", ex.Message, StringComparison.Ordinal);
    }
}
