using System.Globalization;
using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Fleet;
using UpCloud.Simulator.Wire;

namespace UpCloud.Simulator.Endpoints;

/// <summary>
/// The audit log's query: the repeated-key filters <c>resource_types</c>, <c>actions</c> and <c>origins</c>, the inclusive
/// window <c>created_after</c>/<c>created_before</c>, <c>limit</c> (at most 100, default 50) and <c>offset</c>, which
/// the simulator reads as an item offset; or why the query is invalid.
/// </summary>
internal sealed record AuditLogFilter(
    IReadOnlyList<string> ResourceTypes,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Origins,
    DateTimeOffset? CreatedAfter,
    DateTimeOffset? CreatedBefore,
    int Limit,
    int Offset,
    IReadOnlyList<InvalidParam> Invalid)
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 100;

    public static AuditLogFilter Parse(IQueryCollection query)
    {
        List<InvalidParam> invalid = [];
        return new AuditLogFilter(
            Values(query, "resource_types"),
            Values(query, "actions"),
            Values(query, "origins"),
            Instant(query, "created_after", invalid),
            Instant(query, "created_before", invalid),
            PageQuery.Number(query, "limit", DefaultLimit, MaxLimit, invalid),
            PageQuery.Number(query, "offset", 0, int.MaxValue, invalid),
            invalid);
    }

    public bool Selects(SimAuditEvent entry) =>
        (ResourceTypes.Count == 0 || ResourceTypes.Contains(entry.ResourceType))
        && (Actions.Count == 0 || Actions.Contains(entry.Action))
        && (Origins.Count == 0 || Origins.Contains(entry.Origin))
        && (CreatedAfter is not { } after || entry.Time >= after)
        && (CreatedBefore is not { } before || entry.Time <= before);

    private static List<string> Values(IQueryCollection query, string name) => [.. query[name].OfType<string>().Where(value => value.Length > 0)];

    private static DateTimeOffset? Instant(IQueryCollection query, string name, List<InvalidParam> invalid)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        invalid.Add(new InvalidParam(name, "must be an RFC 3339 timestamp"));
        return null;
    }
}
