using System.Text.Json;

namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>The generated prometheus.yml: scrape (and evaluate) every second so rate windows fill within seconds.</summary>
internal static class PrometheusConfig
{
    /// <summary>The scrape job's name, the one <c>UpcloudGatewayExporterDown</c> matches.</summary>
    public const string Job = "upcloud-gateway";

    /// <summary>Renders the configuration; paths and the target are JSON strings, which YAML reads as they are.</summary>
    public static string Render(string exporterTarget, IEnumerable<string> ruleFiles) => $"""
        global:
          scrape_interval: 1s
          scrape_timeout: 1s
          evaluation_interval: 1s
        rule_files:
        {string.Join('\n', ruleFiles.Select(file => $"  - {JsonSerializer.Serialize(file)}"))}
        scrape_configs:
          - job_name: {Job}
            static_configs:
              - targets: [{JsonSerializer.Serialize(exporterTarget)}]

        """;

    /// <summary>Renders an agent's configuration: the exporters as one job, every sample forwarded to <paramref name="remoteWrite"/> within a second.</summary>
    public static string RenderAgent(IEnumerable<string> exporterTargets, Uri remoteWrite) => $"""
        global:
          scrape_interval: 1s
          scrape_timeout: 1s
        scrape_configs:
          - job_name: {Job}
            static_configs:
              - targets: [{string.Join(", ", exporterTargets.Select(target => JsonSerializer.Serialize(target)))}]
        remote_write:
          - url: {JsonSerializer.Serialize(remoteWrite.AbsoluteUri)}
            queue_config:
              batch_send_deadline: 1s

        """;
}
