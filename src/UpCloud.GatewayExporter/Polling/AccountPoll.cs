using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Metrics;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>One account's part in every poll: the reader of its fleet, the log of its failures and the mapper of its series.</summary>
/// <param name="Account">The account.</param>
/// <param name="Reader">Reads the account's gateways through its own API client.</param>
/// <param name="Failures">Logs the account's failures as they start and end.</param>
/// <param name="Mapper">Writes the account's snapshot into its own metric families.</param>
internal sealed record AccountPoll(ApiAccount Account, FleetReader Reader, PollFailureLog Failures, SnapshotMapper Mapper);
