using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.ApiClient;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>One account's part in every poll: the reader of its fleet, the log of its failures and its client's call statistics.</summary>
/// <param name="Account">The account.</param>
/// <param name="Reader">Reads the account's gateways through its own API client.</param>
/// <param name="Failures">Logs the account's failures as they start and end.</param>
/// <param name="ApiCalls">What the account's API client did, taken into each snapshot.</param>
internal sealed record AccountPoll(ApiAccount Account, FleetReader Reader, PollFailureLog Failures, ApiAttemptLog ApiCalls);
