using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prometheus;
using Serilog;
using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Hosting;
using UpCloud.GatewayExporter.Http;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Polling;
using UpCloud.GatewayExporter.Web;
using UpCloud.Simulator;

var commandLine = CommandLine.Parse(args);
var version = typeof(Poller).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
if (commandLine.Help || commandLine.Version)
{
    Console.WriteLine(commandLine.Help ? CommandLine.Usage : version);
    return 0;
}

if (commandLine.HealthCheck is { } healthCheck)
{
    return await HealthCheckProbe.RunAsync(healthCheck);
}

// The demo simulator outlives the host: it is disposed only after the exporter has stopped polling it.
await using var demo = commandLine.Demo ? await UpCloudSimulator.StartAsync(DemoFleet.Options()) : null;
var builder = WebApplication.CreateSlimBuilder(commandLine.Remaining);
builder.Configuration.AddCommandLine(commandLine.Remaining, Settings.CommandLineSwitches);
if (demo is not null)
{
    builder.Configuration[Settings.ApiUrl] = demo.BaseAddress.AbsoluteUri;
    builder.Configuration[Settings.PollInterval] ??= DemoFleet.PollInterval;
}

ExporterOptions options;
try
{
    options = ExporterOptionsReader.Read(builder.Configuration, demo is null ? null : UpCloudCredentials.Bearer(DemoFleet.Token));
}
catch (ConfigurationException ex)
{
    await Console.Error.WriteLineAsync($"upcloud-gateway-exporter: configuration error: {ex.Message}");
    return 2;
}

builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://0.0.0.0:9877");
builder.Logging.ClearProviders();
builder.Services.AddSerilog(ExporterLogging.Create(options, toStandardError: commandLine.Once), dispose: true);
builder.Services.AddSingleton(options);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(Metrics.NewCustomRegistry());
builder.Services.AddSingleton(provider => new MetricFamilies(provider.GetRequiredService<CollectorRegistry>(), version));
builder.Services.AddSingleton<SnapshotMapper>();
builder.Services.AddSingleton<ExpositionPublisher>();
builder.Services.AddSingleton<PollFailureLog>();
builder.Services.AddUpCloudApiClient(options, version);
builder.Services.AddSingleton(provider => new FleetReader(
    provider.GetRequiredService<UpCloudClient>(),
    new GatewaySelection(options.Gateways, options.Shard),
    options.GatewayLabel,
    options.MaxConcurrency,
    provider.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton(provider => new Poller(
    provider.GetRequiredService<FleetReader>(),
    provider.GetRequiredService<ExpositionPublisher>(),
    provider.GetRequiredService<PollFailureLog>(),
    options.PollInterval,
    provider.GetRequiredService<TimeProvider>(),
    provider.GetRequiredService<ILogger<Poller>>()));
if (!commandLine.Once)
{
    builder.Services.AddHostedService(provider => provider.GetRequiredService<Poller>());
}

await using var app = builder.Build();
app.Services.GetRequiredService<MetricFamilies>().PollInterval.Set(options.PollInterval.TotalSeconds);
var publisher = app.Services.GetRequiredService<ExpositionPublisher>();
if (commandLine.Once)
{
    var snapshot = await app.Services.GetRequiredService<Poller>().PollOnceAsync(CancellationToken.None);
    var rendered = await publisher.GetAsync(ExpositionFormat.PrometheusText, CancellationToken.None);
    await using var stdout = Console.OpenStandardOutput();
    await stdout.WriteAsync(rendered!.Plain);
    return snapshot.Complete ? 0 : 1;
}

await publisher.RenderInitialAsync(CancellationToken.None);
app.MapGet("/metrics", context => MetricsEndpoint.ServeAsync(context, publisher));
app.MapGet("/healthz", HealthEndpoints.LiveAsync);
app.MapGet("/readyz", context => HealthEndpoints.ReadyAsync(context, publisher));
app.MapGet("/", context => LandingPage.ServeAsync(context, version));
await app.RunAsync();
return 0;
