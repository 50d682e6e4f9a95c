using System.Diagnostics;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>How to start the exporter: a Native AOT binary, or a dll under <c>dotnet</c>; publishes or builds it when not given.</summary>
/// <param name="FileName">The program to run.</param>
/// <param name="Prefix">Arguments before the exporter's own, e.g. the dll's path for <c>dotnet</c>.</param>
/// <param name="Kind">What runs: "aot" or "jit".</param>
/// <param name="Path">The exporter binary or dll.</param>
internal sealed record ExporterBinary(string FileName, IReadOnlyList<string> Prefix, string Kind, string Path)
{
    public static async Task<ExporterBinary> ResolveAsync(HarnessOptions options, TextWriter log)
    {
        if (options.Exporter is { } given)
        {
            if (!File.Exists(given))
            {
                throw new ArgumentException($"--exporter: {given} does not exist");
            }

            return given.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                ? new ExporterBinary("dotnet", [given], "jit", given)
                : new ExporterBinary(given, [], "aot", given);
        }

        var root = RepositoryFile.Root;
        var project = System.IO.Path.Combine(root, "src", "UpCloud.GatewayExporter");
        if (options.Jit)
        {
            await log.WriteLineAsync("building the daemon (Release) ...");
            await RunAsync("dotnet", ["build", project, "-c", "Release", "-nologo", "-clp:ErrorsOnly", "-v", "quiet"], root);
            var dll = System.IO.Path.Combine(project, "bin", "Release", "net10.0", "upcloud-gateway-exporter.dll");
            return new ExporterBinary("dotnet", [dll], "jit", dll);
        }

        var output = System.IO.Path.Combine(root, "artifacts", "loadharness", "aot");
        await log.WriteLineAsync($"publishing the Native AOT build into {System.IO.Path.GetRelativePath(root, output)} ...");
        await RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", output, "-nologo", "-clp:ErrorsOnly", "-v", "quiet"], root);
        var binary = System.IO.Path.Combine(output, "upcloud-gateway-exporter");
        return new ExporterBinary(binary, [], "aot", binary);
    }

    private static async Task RunAsync(string fileName, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}");
        }
    }
}
