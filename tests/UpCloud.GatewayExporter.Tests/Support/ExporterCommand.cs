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
        return new CommandResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
