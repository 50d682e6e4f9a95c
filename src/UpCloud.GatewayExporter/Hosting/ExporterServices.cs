using Prometheus;
using UpCloud.Api;
using UpCloud.GatewayExporter.ApiClient;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Exposition;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Polling;
using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>Registers the exporter's pipeline: per account a client, reader (with its audit log reader unless turned off), failure log and mapper, keyed by the account; then the poller, the publisher and the cache.</summary>
internal static class ExporterServices
{
    /// <summary>Adds every object the exporter runs on, on the clock <paramref name="time"/>; the container owns and disposes them.</summary>
    public static IServiceCollection AddExporter(this IServiceCollection services, ExporterOptions options, TimeProvider time)
    {
        services.AddSingleton(options);
        services.AddSingleton(time);
        services.AddSingleton(Prometheus.Metrics.NewCustomRegistry());
        services.AddSingleton<ExpositionCache>();
        foreach (var account in options.Accounts)
        {
            services.AddKeyedSingleton<ApiAttemptLog>(account);
            services.AddUpCloudApiClient(account, options.PollInterval, BuildVersion.Current);
            services.AddKeyedSingleton(account, (provider, _) => new FleetReader(
                provider.GetRequiredKeyedService<UpCloudClient>(account),
                new GatewaySelection(options.Gateways, options.Shard, options.GatewayLabel),
                options.MaxConcurrency,
                provider.GetRequiredService<TimeProvider>(),
                options.AuditLog
                    ? new AuditLogReader(
                        provider.GetRequiredKeyedService<UpCloudClient>(account),
                        provider.GetRequiredService<TimeProvider>(),
                        new AuditLogLog(provider.GetRequiredService<ILogger<AuditLogReader>>()))
                    : null));
            services.AddKeyedSingleton(account, (provider, _) => new AccountPoller(
                account,
                provider.GetRequiredKeyedService<FleetReader>(account),
                new PollFailureLog(provider.GetRequiredService<ILogger<PollFailureLog>>(), account),
                provider.GetRequiredKeyedService<ApiAttemptLog>(account),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<AccountPoller>>()));
            services.AddKeyedSingleton(account, (provider, _) => new SnapshotMapper(
                account.Name,
                new ExporterFamilies(provider.GetRequiredService<CollectorRegistry>(), account.Name, BuildVersion.Current, options.PollInterval),
                provider.GetRequiredService<ILogger<SnapshotMapper>>()));
        }

        services.AddSingleton(provider => new ExpositionPublisher(
            [.. options.Accounts.Select(provider.GetRequiredKeyedService<SnapshotMapper>)],
            provider.GetRequiredService<CollectorRegistry>(),
            provider.GetRequiredService<ExpositionCache>()));
        services.AddSingleton(provider => new Poller(
            [.. options.Accounts.Select(provider.GetRequiredKeyedService<AccountPoller>)],
            provider.GetRequiredService<ExpositionPublisher>(),
            options.PollInterval,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<Poller>>()));
        return services;
    }
}
