using UpCloud.Api;
using UpCloud.GatewayExporter.ApiClient;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Checking;

/// <summary>
/// <c>--check</c>, the first thing to run when something is wrong: with the configuration already read, it asks the
/// API once for each thing the exporter needs, account by account, and prints a line for each with what to fix.
/// </summary>
internal static class ApiCheck
{
    // Long enough for a slow API, short enough that a black-holed address is reported within a minute.
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Runs every check and returns the exit code: 0 only if the exporter would work.</summary>
    public static async Task<int> RunAsync(ExporterOptions options, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        var selection = new GatewaySelection(options.Gateways, options.Shard, options.GatewayLabel);
        var failed = false;
        foreach (var account in options.Accounts)
        {
            // No retries here, unlike the poller's client: each thing is asked for once, and the answer is the finding.
            using var http = new HttpClient(UpCloudHttpClientRegistration.PrimaryHandler()) { BaseAddress = account.ApiUrl, Timeout = CallTimeout };
            http.DefaultRequestHeaders.UserAgent.ParseAdd(UpCloudHttpClientRegistration.UserAgent(BuildVersion.Current));
            var lines = await new AccountCheck(account, new UpCloudClient(http, account.Credentials), selection, options, time).RunAsync(cancellationToken).ConfigureAwait(false);
            foreach (var line in lines)
            {
                await output.WriteLineAsync(account.Name is { } name ? $"[{name}] {line}" : line.ToString()).ConfigureAwait(false);
                failed |= line.Outcome == CheckOutcome.Failed;
            }
        }

        await output.WriteLineAsync(failed ? "The exporter would not work: fix the lines marked FAIL." : "The exporter would work.").ConfigureAwait(false);
        return failed ? 1 : 0;
    }
}
