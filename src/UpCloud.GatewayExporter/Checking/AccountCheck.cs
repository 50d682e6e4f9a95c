using UpCloud.Api;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Polling;
using UpCloud.GatewayExporter.Polling.Audit;

namespace UpCloud.GatewayExporter.Checking;

/// <summary>
/// Asks the API once for each thing the exporter needs of one account: the gateway list (every page), then one selected
/// gateway's metrics, then the plans, then the audit log where it is on. A call that fails says what it most likely means; nothing printed holds a secret.
/// </summary>
internal sealed class AccountCheck(ApiAccount account, UpCloudClient client, GatewaySelection selection, ExporterOptions options, TimeProvider time)
{
    /// <summary>Runs the checks in order and returns a line for each; when the list cannot be read, the rest would only repeat why.</summary>
    public async Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        var lines = new List<CheckLine>();
        if (await CheckListAsync(lines, cancellationToken).ConfigureAwait(false) is not { } selected)
        {
            return lines;
        }

        if (selected.Count > 0)
        {
            lines.Add(await CheckMetricsAsync(selected[0], cancellationToken).ConfigureAwait(false));
        }

        lines.Add(await CheckPlansAsync(cancellationToken).ConfigureAwait(false));
        if (options.AuditLog)
        {
            lines.Add(await CheckAuditLogAsync(cancellationToken).ConfigureAwait(false));
        }

        return lines;
    }

    private async Task<List<Gateway>?> CheckListAsync(List<CheckLine> lines, CancellationToken cancellationToken)
    {
        var listed = new List<Gateway>();
        var rejected = 0;
        try
        {
            await foreach (var page in client.Gateways.ListPagesAsync(selection.Label?.ToString(), cancellationToken).ConfigureAwait(false))
            {
                listed.AddRange(page.Gateways);
                rejected += page.Rejected.Count;
            }
        }
        catch (UpCloudApiException ex)
        {
            lines.Add(FailureAdvice.For($"gateway list at {account.ApiUrl}", ex, account));
            return null;
        }

        var selected = listed.Where(selection.Includes).ToList();
        var unreadable = rejected == 0 ? string.Empty : $", {rejected} more unreadable (see upcloud_gateway_exporter_rejected_gateways)";
        var found = $"gateway list at {account.ApiUrl}: {listed.Count} gateways{unreadable}, {selected.Count} of them selected";
        lines.Add(selected.Count > 0 ? new CheckLine(CheckOutcome.Passed, found)
            : listed.Count == 0 && !Filtered ? new CheckLine(CheckOutcome.Warning, found + "; the account has no gateway to export")
            : new CheckLine(CheckOutcome.Failed, found + "; the selection leaves nothing to export", $"check {SelectionSettings()}"));
        return selected;
    }

    private async Task<CheckLine> CheckMetricsAsync(Gateway gateway, CancellationToken cancellationToken)
    {
        var what = $"metrics of gateway {DisplayText.Log(gateway.Name ?? gateway.Uuid ?? string.Empty)}";
        try
        {
            var metrics = await client.Metrics.GetAsync(gateway.Uuid!, cancellationToken).ConfigureAwait(false);
            return new CheckLine(CheckOutcome.Passed, $"{what}: {metrics.Nodes?.Count ?? 0} nodes, {metrics.Ipsec?.IkeSas?.Count ?? 0} IKE SAs");
        }
        catch (UpCloudApiException ex)
        {
            return FailureAdvice.For(what, ex, account);
        }
    }

    private async Task<CheckLine> CheckPlansAsync(CancellationToken cancellationToken)
    {
        try
        {
            var plans = await client.Plans.ListAsync(cancellationToken).ConfigureAwait(false);
            return new CheckLine(CheckOutcome.Passed, $"gateway plans: {plans.Count} plans");
        }
        catch (UpCloudApiException ex)
        {
            // Without the plans the capacity series are missing, but everything else is exported.
            return FailureAdvice.For("gateway plans", ex, account, CheckOutcome.Warning);
        }
    }

    private async Task<CheckLine> CheckAuditLogAsync(CancellationToken cancellationToken)
    {
        const string What = "audit log";
        try
        {
            var events = await client.AuditLogs.ListAsync(new AuditLogQuery(AuditLogPages.GatewayResource, time.GetUtcNow() - AuditLogReader.Interval, null, 1), cancellationToken)
                .ConfigureAwait(false);
            return new CheckLine(CheckOutcome.Passed, $"{What}: readable ({(events.Count == 0 ? "no gateway event" : "gateway events")} in the last minute)");
        }
        catch (UpCloudApiException ex) when (AuditLogAccess.Refuses(ex))
        {
            // Without the audit log only the change and maintenance series are missing, as in the running exporter.
            return new CheckLine(CheckOutcome.Warning, $"{What}: {ex.Message} — {AuditLogAccess.WhyRefused(ex)}");
        }
        catch (UpCloudApiException ex)
        {
            return FailureAdvice.For(What, ex, account, CheckOutcome.Warning);
        }
    }

    private bool Filtered => options.Gateways.Count > 0 || options.GatewayLabel is not null || options.Shard.Count > 1;

    private string SelectionSettings() =>
        $"{SettingsTable.Gateways.Name}, {SettingsTable.GatewayLabel.Name} and {SettingsTable.Shard.Name}"
        + $" (now: {(options.Gateways.Count == 0 ? "all" : string.Join(',', options.Gateways))}, {options.GatewayLabel?.ToString() ?? "all"}, {options.Shard})";
}
