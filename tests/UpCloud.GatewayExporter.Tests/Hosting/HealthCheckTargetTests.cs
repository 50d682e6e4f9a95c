using Microsoft.Extensions.Configuration;
using UpCloud.GatewayExporter.Hosting;

namespace UpCloud.GatewayExporter.Tests.Hosting;

public sealed class HealthCheckTargetTests
{
    [Theory]
    [InlineData(null, "http://127.0.0.1:9877/healthz")]
    [InlineData(":9100", "http://127.0.0.1:9100/healthz")]
    [InlineData("0.0.0.0:9100", "http://127.0.0.1:9100/healthz")]
    [InlineData("[::]:9100", "http://[::1]:9100/healthz")]
    [InlineData("10.0.0.5:9100,127.0.0.1:9200", "http://10.0.0.5:9100/healthz")]
    public void Without_a_URL_the_probe_goes_to_the_first_listen_address_on_loopback(string? listen, string expected)
    {
        var settings = new Dictionary<string, string?> { ["EXPORTER_WEB_LISTEN_ADDRESS"] = listen };

        Assert.Equal(new Uri(expected), HealthCheckTarget.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("https://+:8443;http://127.0.0.1:8080", "https://127.0.0.1:8443/healthz")]
    public void ASP_NET_Core_URLs_give_the_scheme_and_port_of_the_first(string urls, string expected)
    {
        var settings = new Dictionary<string, string?> { ["urls"] = urls };

        Assert.Equal(new Uri(expected), HealthCheckTarget.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
    }
}
