using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests;

/// <summary>A started simulator on a fake clock plus an HttpClient pointed at it.</summary>
public sealed class RunningSimulator : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private RunningSimulator(UpCloudSimulator simulator, FakeTimeProvider time)
    {
        Simulator = simulator;
        Time = time;
        Http = new HttpClient { BaseAddress = simulator.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public UpCloudSimulator Simulator { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public SimulatedFleet Fleet => Simulator.Fleet;

    public static async Task<RunningSimulator> StartAsync(Action<SimulatorOptions>? configure = null, SimulatorOptions? options = null)
    {
        var time = new FakeTimeProvider(Start);
        options ??= new SimulatorOptions { Live = false };
        options.TimeProvider = time;
        configure?.Invoke(options);
        return new RunningSimulator(await UpCloudSimulator.StartAsync(options), time);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path.TrimStart('/'));

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {path}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public Task<string> GetBodyAsync(string path) => Http.GetStringAsync(path.TrimStart('/'));

    public static AuthenticationHeaderValue Basic(string username, string password)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
