using System.Text.Json;
using UpCloud.Api.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>
/// Reads one page of the gateway list from its bytes: first one pass that finds each entry and counts its JSON, so a
/// page with more entries than asked for, or more structure than its budget, fails before anything is built; then
/// each entry is deserialized alone, so an entry that does not parse, or holds more than one gateway's worth of JSON,
/// is rejected alone.
/// </summary>
internal static class GatewayPage
{
    public static GatewayList Read(ReadOnlySpan<byte> page, int asked, ResponseLimits limits)
    {
        var entries = Split(page, asked, limits.GatewayListPage.Budget, limits.GatewayListEntry);
        var gateways = new List<Gateway>(entries.Count);
        var rejected = new List<RejectedGateway>();
        foreach (var (range, excess) in entries)
        {
            var entry = page[range];
            if (excess is not null)
            {
                rejected.Add(new RejectedGateway(EntryIdentity.UuidOf(entry), null, $"the entry holds {excess}"));
                continue;
            }

            try
            {
                gateways.Add(JsonSerializer.Deserialize(entry, UpCloudJsonContext.Default.Gateway) ?? throw new JsonException("the entry is JSON null"));
            }
            catch (JsonException ex)
            {
                rejected.Add(new RejectedGateway(EntryIdentity.UuidOf(entry), EntryIdentity.LabelsOf(entry), ex.Path is null ? ex.Message : $"unreadable at {JsonFailure.PathOf(ex)}"));
            }
        }

        return new GatewayList(gateways, rejected);
    }

    /// <summary>Each entry's bytes, with what it holds beyond <paramref name="entryBudget"/> when it does.</summary>
    private static List<(Range Range, string? Excess)> Split(ReadOnlySpan<byte> page, int asked, JsonBudget pageBudget, JsonBudget entryBudget)
    {
        var reader = new Utf8JsonReader(page, JsonTally.ReaderOptions);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new UpCloudApiException(UpCloudFailure.InvalidResponse, UpCloudRoutes.Gateways, UpCloudRoutes.Gateways,
                $"expected a JSON array of gateways, found {Kind(reader.TokenType)}", 200);
        }

        var total = default(JsonTally);
        total.Add(reader.TokenType);
        var entries = new List<(Range, string?)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (entries.Count == asked)
            {
                throw new ResponseTooLargeException($"the page holds more than the {asked} entries asked for");
            }

            var start = (int)reader.TokenStartIndex;
            var entry = default(JsonTally);
            var depth = reader.CurrentDepth;
            var more = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
            do
            {
                entry.Add(reader.TokenType);
                total.Add(reader.TokenType);
                total.ThrowIfOver(pageBudget, "the response body");
            }
            while (more && reader.Read() && !(reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth));

            entries.Add((start..(int)reader.BytesConsumed, entry.Within(entryBudget) ? null : entry.Excess(entryBudget)));
        }

        // Past the closing bracket only whitespace may follow; the reader fails on anything else.
        reader.Read();
        return entries;
    }

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "Object",
        JsonTokenType.StartArray => "Array",
        _ => token.ToString(),
    };
}
