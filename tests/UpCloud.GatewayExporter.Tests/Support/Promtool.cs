using System.Diagnostics;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Runs <c>promtool check metrics</c>, Prometheus's own linter of the exposition format.</summary>
internal static class Promtool
{
    /// <summary>Fails the test, quoting promtool, unless promtool accepts the exposition without a single complaint.</summary>
    public static async Task AssertAcceptsAsync(string exposition)
    {
        var path = ExecutablePath.Find("promtool");
        Assert.True(path is not null, "promtool is not on PATH (apt-get install prometheus, or the release tarball's promtool)");
        var start = new ProcessStartInfo(path, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(exposition);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(Eventually.Patience);
        var said = (await output + await errors).Trim();
        Assert.True(process.ExitCode == 0 && said.Length == 0, $"promtool check metrics exited {process.ExitCode}: {said}");
    }
}
