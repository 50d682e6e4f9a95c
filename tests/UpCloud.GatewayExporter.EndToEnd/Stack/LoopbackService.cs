using System.Diagnostics;

namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>A server program from PATH listening on a free loopback port, with a temporary directory for its data; ready once a path answers 2xx.</summary>
internal sealed class LoopbackService : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly ChildProcess child;
    private readonly string directory;

    private LoopbackService(string program, ChildProcess child, string directory, int port)
    {
        Program = program;
        this.child = child;
        this.directory = directory;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public string Program { get; }

    public Uri BaseAddress { get; }

    public string Output => child.Output;

    /// <summary>Starts <paramref name="program"/> with the arguments made from its port and directory, and returns once <paramref name="readyPath"/> answers.</summary>
    public static async Task<LoopbackService> StartAsync(string program, Func<int, string, IEnumerable<string>> arguments, string readyPath, HttpClient http)
    {
        var directory = Directory.CreateTempSubdirectory($"upcloud-gateway-e2e-{program}-").FullName;
        var port = FreePort.Pick();
        var startInfo = new ProcessStartInfo(program) { WorkingDirectory = directory };
        foreach (var argument in arguments(port, directory))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var service = new LoopbackService(program, ChildProcess.Start(startInfo), directory, port);
        try
        {
            if (!await Eventually.HoldsAsync(() => service.IsReadyAsync(readyPath, http), StartLimit))
            {
                throw new InvalidOperationException($"{program} was not ready within {StartLimit.TotalSeconds}s:\n{service.Output}");
            }

            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await child.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private async Task<bool> IsReadyAsync(string readyPath, HttpClient http)
    {
        if (child.HasExited)
        {
            throw new InvalidOperationException($"{Program} exited during start-up:\n{child.Output}");
        }

        try
        {
            using var response = await http.GetAsync(new Uri(BaseAddress, readyPath));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
