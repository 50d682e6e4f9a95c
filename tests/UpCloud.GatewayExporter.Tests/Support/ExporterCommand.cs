using UpCloud.GatewayExporter.Hosting;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Runs the exporter in-process the way the shell would, for invocations that end by themselves (<c>--once</c>, bad configuration).</summary>
internal static class ExporterCommand
{
    public static async Task<CommandResult> RunAsync(params string[] args)
    {
        var stdout = new CapturedText();
        var stderr = new CapturedText();
        var exitCode = await Task.Run(() => ExporterApplication.RunAsync(args, stdout, stderr)).WaitAsync(Eventually.Patience);
        return new CommandResult(string.Join(' ', ["upcloud-gateway-exporter", .. args]), exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs <c>--once</c>. The poll interval sets the API call timeouts, so a ten-second one gives each call seconds of
    /// margin on a loaded machine, where the one-second interval of the running tests would allow one second.
    /// </summary>
    public static Task<CommandResult> RunOnceAsync(params string[] args) => RunAsync([.. args, "--UPCLOUD_POLL_INTERVAL", "10s", "--once"]);
}
