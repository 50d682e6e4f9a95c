using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Text;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Web;

public sealed class ProtectedMetricsTests : IDisposable
{
    private const string User = "prometheus";
    private const string Password = "scrape-Secret-4711";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("web-tls-");
    private readonly TestCertificate _certificate;

    public ProtectedMetricsTests() => _certificate = TestCertificate.Create(_directory.FullName);

    public void Dispose()
    {
        _certificate.Dispose();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task With_TLS_and_basic_auth_metrics_need_the_right_password_over_HTTPS_while_the_health_checks_need_none()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        await using var exporter = await StartAsync(cloud, "TLS12");

        using var anonymous = new HttpClient(_certificate.TrustingHandler()) { BaseAddress = exporter.BaseAddress };
        using (var challenged = await anonymous.GetAsync("metrics"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, challenged.StatusCode);
            Assert.Equal("Basic", Assert.Single(challenged.Headers.WwwAuthenticate).Scheme);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(exporter.Http, "metrics", Basic(User, "wrong password")));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(exporter.Http, "metrics", Basic("someone-else", Password)));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, "", authorization: null));

        exporter.Http.DefaultRequestHeaders.Authorization = Basic(User, Password);
        var text = await exporter.WaitUntilAsync(scrape => scrape.Value(ExporterUp) == 1, "an authenticated scrape showed a successful poll");
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(exporter.Http, "", authorization: null));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, "healthz", authorization: null));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, "readyz", authorization: null));

        // TLS 1.2 is allowed by default; a client that does not trust the certificate and one that speaks plain HTTP get nowhere.
        using (var tls12 = new HttpClient(_certificate.TrustingHandler(SslProtocols.Tls12)) { BaseAddress = exporter.BaseAddress })
        {
            Assert.Equal(HttpStatusCode.OK, (await tls12.GetAsync("healthz")).StatusCode);
        }

        using (var untrusting = new HttpClient { BaseAddress = exporter.BaseAddress })
        {
            var untrusted = await Assert.ThrowsAsync<HttpRequestException>(() => untrusting.GetAsync("healthz"));
            Assert.IsType<AuthenticationException>(untrusted.InnerException);
        }

        using var plain = new HttpClient { BaseAddress = new UriBuilder(exporter.BaseAddress) { Scheme = Uri.UriSchemeHttp }.Uri };
        await Assert.ThrowsAsync<HttpRequestException>(() => plain.GetAsync("metrics"));

        Assert.DoesNotContain(Password, exporter.Stdout + exporter.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_min_version_of_TLS13_turns_away_a_client_that_speaks_only_TLS_1_2()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        await using var exporter = await StartAsync(cloud, "TLS13");

        using var tls12 = new HttpClient(_certificate.TrustingHandler(SslProtocols.Tls12)) { BaseAddress = exporter.BaseAddress };
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => tls12.GetAsync("healthz"));
        Assert.IsType<AuthenticationException>(refused.InnerException);

        using var tls13 = new HttpClient(_certificate.TrustingHandler(SslProtocols.Tls13)) { BaseAddress = exporter.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await tls13.GetAsync("healthz")).StatusCode);
    }

    [Fact]
    public async Task Exporter_toolkit_flags_set_the_listen_address_the_web_config_file_and_the_telemetry_path()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        var config = WriteConfig("TLS12");
        await using var exporter = await RunningExporter.StartWithListenAddressAsync(Uri.UriSchemeHttps, () => _certificate.TrustingHandler(),
            cloud.ExporterArgs(extra: ["--web.config.file", config, "--web.telemetry-path=/probe"]));
        exporter.Http.DefaultRequestHeaders.Authorization = Basic(User, Password);

        await Eventually.UntilAsync(() => exporter.Http.GetStringAsync("probe"), text => text.Contains("upcloud_gateway_exporter_up 1", StringComparison.Ordinal), "the metrics were served at /probe");

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(exporter.Http, "metrics", Basic(User, Password)));
        using var anonymous = new HttpClient(_certificate.TrustingHandler()) { BaseAddress = exporter.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, "probe", authorization: null));
        Assert.Contains("<a href=\"probe\">/probe</a>", await exporter.Http.GetStringAsync(""), StringComparison.Ordinal);
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Information, "starting:"), line => line.Contains($"metrics at /probe on https://127.0.0.1:{exporter.BaseAddress.Port}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_check_without_a_URL_probes_over_https_where_the_TLS_settings_say_the_exporter_serves()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        var config = WriteConfig("TLS12");
        await using var exporter = await RunningExporter.StartWithListenAddressAsync(Uri.UriSchemeHttps, () => _certificate.TrustingHandler(), cloud.ExporterArgs(extra: ["--EXPORTER_WEB_CONFIG", config]));
        string[] settings = ["--EXPORTER_WEB_CONFIG", config, $"--web.listen-address=127.0.0.1:{exporter.BaseAddress.Port}"];

        var derived = await ExporterCommand.RunAsync(["--health-check", .. settings]);
        var plain = await ExporterCommand.RunAsync(["--health-check", $"http://127.0.0.1:{exporter.BaseAddress.Port}/healthz"]);

        Assert.Equal((0, string.Empty), (derived.ExitCode, derived.Stderr));
        Assert.Equal(1, plain.ExitCode);
        Assert.StartsWith($"health check of http://127.0.0.1:{exporter.BaseAddress.Port}/healthz failed:", plain.Stderr, StringComparison.Ordinal);
    }

    private Task<RunningExporter> StartAsync(SimulatedCloud cloud, string minVersion) =>
        RunningExporter.StartAsync(Uri.UriSchemeHttps, () => _certificate.TrustingHandler(), cloud.ExporterArgs(extra: ["--EXPORTER_WEB_CONFIG", WriteConfig(minVersion)]));

    private string WriteConfig(string minVersion)
    {
        var config = Path.Combine(_directory.FullName, "web.yml");
        File.WriteAllText(config, $"""
            tls_server_config:
              cert_file: {Path.GetFileName(_certificate.CertFile)}
              key_file: {Path.GetFileName(_certificate.KeyFile)}
              min_version: {minVersion}
            basic_auth_users:
              {User}: '{BCrypt.Net.BCrypt.HashPassword(Password, 4)}'
            """);
        return config;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
