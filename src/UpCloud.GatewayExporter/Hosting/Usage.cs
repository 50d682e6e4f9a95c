using System.Text;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>The text <c>--help</c> prints, written from the flags and the settings table so it cannot drift from them.</summary>
internal static class Usage
{
    public static string Text()
    {
        var text = new StringBuilder()
            .AppendLine("Usage: upcloud-gateway-exporter [--demo] [--once] [--NAME value ...]")
            .AppendLine()
            .AppendLine("Prometheus exporter for UpCloud network gateways: NAT, IPsec tunnels and IKE SAs.")
            .AppendLine();
        foreach (var (flag, help) in CommandLine.Flags)
        {
            text.AppendLine($"  {flag,-22} {help}");
        }

        text.AppendLine()
            .AppendLine("Settings come from the environment, appsettings.json next to the binary, or --NAME value arguments:");
        foreach (var setting in SettingsTable.All)
        {
            var switches = setting.Switches.Where(s => !setting.Name.Contains(s, StringComparison.Ordinal)).ToList();
            text.AppendLine($"  {setting.Name}{(switches.Count > 0 ? $" ({string.Join(", ", switches)})" : "")}")
                .AppendLine($"      {setting.Help}; default {setting.Shown}");
        }

        return text.AppendLine()
            .Append("Invalid settings stop start-up with exit code 2 and one line naming the setting.")
            .ToString();
    }
}
