using UpCloud.GatewayExporter.Tests.Support;

namespace UpCloud.GatewayExporter.Tests.Web;

public sealed class BadWebConfigTests : IDisposable
{
    private const string PlaintextPassword = "plaintext-Leak-Canary";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("web-bad-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("an unknown key", "unknown key 'http_server_config'")]
    [InlineData("a password where a bcrypt hash belongs", "basic_auth_users.prometheus is not a bcrypt hash")]
    [InlineData("a certificate file that does not exist", "missing.crt' does not exist")]
    [InlineData("a certificate file of garbage PEM", "cannot load the TLS certificate")]
    [InlineData("the key of another certificate", "cannot load the TLS certificate")]
    [InlineData("no web config file at all", "web.yml' does not exist")]
    public async Task A_bad_web_config_stops_start_up_with_exit_code_2_and_one_line_naming_EXPORTER_WEB_CONFIG(string problem, string message)
    {
        var config = Path.Combine(_directory.FullName, "web.yml");
        using var certificate = TestCertificate.Create(_directory.FullName);
        using var other = TestCertificate.Create(_directory.FullName, "other");
        var yaml = problem switch
        {
            "an unknown key" => "http_server_config: {http2: true}",
            "a password where a bcrypt hash belongs" => $"basic_auth_users: {{prometheus: {PlaintextPassword}}}",
            "a certificate file that does not exist" => "tls_server_config: {cert_file: missing.crt, key_file: server.key}",
            "a certificate file of garbage PEM" => Garbage("garbage.crt"),
            "the key of another certificate" => "tls_server_config: {cert_file: server.crt, key_file: other.key}",
            "no web config file at all" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "no such case"),
        };
        if (yaml is not null)
        {
            File.WriteAllText(config, yaml);
        }

        var run = await ExporterCommand.RunAsync(
            "--UPCLOUD_API_URL", "http://127.0.0.1:9/", "--UPCLOUD_USERNAME", TestCredentials.Username, "--UPCLOUD_PASSWORD", TestCredentials.Password,
            "--EXPORTER_WEB_CONFIG", config, "--urls", "https://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("upcloud-gateway-exporter: configuration error: EXPORTER_WEB_CONFIG: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain(PlaintextPassword, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Password, run.Stderr, StringComparison.Ordinal);
    }

    private string Garbage(string name)
    {
        File.WriteAllText(Path.Combine(_directory.FullName, name), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        return $"tls_server_config: {{cert_file: {name}, key_file: server.key}}";
    }
}
