using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using UpCloud.Simulator.Auth;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator;

/// <summary>A fake UpCloud API serving the 1.3 network-gateway endpoints from a simulated fleet over HTTP.</summary>
public sealed class UpCloudSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;

    private UpCloudSimulator(WebApplication app, CancellationTokenSource stopping, SimulatedFleet fleet, SimulatorCredentials credentials, FaultInjector faults, RequestLog requests)
    {
        _app = app;
        _stopping = stopping;
        Fleet = fleet;
        Credentials = credentials;
        Faults = faults;
        Requests = requests;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>The simulator's root, e.g. <c>http://127.0.0.1:41234/</c>; the <c>/1.3/…</c> paths go under it.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The simulated gateways being served.</summary>
    public SimulatedFleet Fleet { get; }

    /// <summary>The active fault rules.</summary>
    public FaultInjector Faults { get; }

    /// <summary>The credentials accepted right now.</summary>
    public SimulatorCredentials Credentials { get; }

    /// <summary>The requests received so far.</summary>
    public RequestLog Requests { get; }

    /// <summary>Builds the fleet and starts serving it on the configured loopback address and port.</summary>
    public static async Task<UpCloudSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The empty builder reads no appsettings.json, environment or ASPNETCORE_URLS: a simulator hosted
        // inside the exporter must not pick up the exporter's own web configuration.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Parse(options.ListenAddress), options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();

        var stopping = new CancellationTokenSource();
        var fleet = new SimulatedFleet(options);
        var credentials = new SimulatorCredentials(options);
        var faults = new FaultInjector(options.Seed);
        var requests = new RequestLog();
        ApiRoutes.Map(app, new RequestFlow(fleet, credentials, faults, requests, options.Latency, stopping.Token));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            stopping.Dispose();
            throw;
        }

        return new UpCloudSimulator(app, stopping, fleet, credentials, faults, requests);
    }

    /// <summary>Ends hanging requests, stops the server and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
