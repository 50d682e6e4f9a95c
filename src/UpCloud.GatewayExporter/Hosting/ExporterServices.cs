using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Http;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>Registers the exporter's pipeline: per account a client, reader, failure log and mapper, keyed by the account; then the poller, the mapper of the fleet and the cache.</summary>
internal static class ExporterServices
{
    /// <summary>Adds every object the exporter runs on; the container owns and disposes them.</summary>
    public static IServiceCollection AddExporter(this IServiceCollection services, ExporterOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ExporterRegistry>();
        services.AddSingleton<ExpositionCache>();
        foreach (var account in options.Accounts)
        {
            services.AddKeyedSingleton<ApiCallStatistics>(account);
            services.AddUpCloudApiClient(account, options.PollInterval, BuildVersion.Current);
            services.AddKeyedSingleton(account, (provider, _) => new FleetReader(
                provider.GetRequiredKeyedService<UpCloudClient>(account),
                new GatewaySelection(options.Gateways, options.Shard, options.GatewayLabel),
                options.MaxConcurrency,
                provider.GetRequiredService<TimeProvider>()));
            services.AddKeyedSingleton(account, (provider, _) => new AccountPoll(
                account,
                provider.GetRequiredKeyedService<FleetReader>(account),
                new PollFailureLog(provider.GetRequiredService<ILogger<PollFailureLog>>(), account),
                provider.GetRequiredKeyedService<ApiCallStatistics>(account)));
            services.AddKeyedSingleton(account, (provider, _) => new SnapshotMapper(
                new MetricFamilies(provider.GetRequiredService<ExporterRegistry>(), BuildVersion.Current, options.PollInterval, account.Name),
                provider.GetRequiredService<ILogger<SnapshotMapper>>()));
        }

        services.AddSingleton(provider => new FleetMapper([.. options.Accounts.Select(provider.GetRequiredKeyedService<SnapshotMapper>)]));
        services.AddSingleton<IPollSink, PollPublisher>();
        services.AddSingleton(provider => new Poller(
            [.. options.Accounts.Select(provider.GetRequiredKeyedService<AccountPoll>)],
            provider.GetRequiredService<IPollSink>(),
            options.PollInterval,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<Poller>>()));
        return services;
    }
}
