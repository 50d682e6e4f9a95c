using UpCloud.GatewayExporter.Hosting;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Runs the exporter in-process the way the shell would, for invocations that end by themselves (<c>--once</c>, bad configuration).</summary>
internal static class ExporterCommand
{
    public static Task<CommandResult> RunAsync(params string[] args) => RunAsync(null, args);

    private static async Task<CommandResult> RunAsync(TimeProvider? time, string[] args)
    {
        var stdout = new CapturedText();
        var stderr = new CapturedText();
        var exitCode = await Task.Run(() => ExporterApplication.RunAsync(args, stdout, stderr, CancellationToken.None, time)).WaitAsync(Eventually.Patience);
        return new CommandResult(string.Join(' ', ["upcloud-gateway-exporter", .. args]), exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs <c>--once</c>. The poll interval sets the API call timeouts, so a ten-second one gives each call seconds of
    /// margin on a loaded machine, where the one-second interval of the running tests would allow one second.
    /// </summary>
    public static Task<CommandResult> RunOnceAsync(params string[] args) => RunOnceAsync(null, args);

    /// <summary>
    /// Runs <c>--once</c> on <paramref name="time"/>, the clock of the simulator it polls, so that the audit log's first
    /// read, which asks for the last 24 hours of the exporter's clock, sees the events that simulator dated by its own.
    /// </summary>
    public static Task<CommandResult> RunOnceAsync(TimeProvider? time, params string[] args) => RunAsync(time, [.. args, "--UPCLOUD_POLL_INTERVAL", "10s", "--once"]);
}
