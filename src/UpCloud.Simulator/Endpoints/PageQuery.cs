using System.Globalization;
using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Fleet;
using UpCloud.Simulator.Wire;

namespace UpCloud.Simulator.Endpoints;

/// <summary>The gateway list's <c>limit</c>, <c>offset</c> and <c>label</c> parameters, or why they are invalid.</summary>
internal sealed record PageQuery(int Limit, int Offset, IReadOnlyList<LabelFilter> Labels, IReadOnlyList<InvalidParam> Invalid)
{
    private const int DefaultLimit = 10;
    private const int MaxLimit = 100;

    public static PageQuery Parse(IQueryCollection query)
    {
        List<InvalidParam> invalid = [];
        var limit = Number(query, "limit", DefaultLimit, MaxLimit, invalid);
        var offset = Number(query, "offset", 0, int.MaxValue, invalid);
        var labels = query["label"].Select(filter => LabelFilter.Parse(filter ?? "")).ToList();
        return new PageQuery(limit, offset, labels, invalid);
    }

    /// <summary>A whole-number parameter from 0 to <paramref name="max"/>, <paramref name="fallback"/> when absent; noted in <paramref name="invalid"/> when not.</summary>
    public static int Number(IQueryCollection query, string name, int fallback, int max, List<InvalidParam> invalid)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > max)
        {
            invalid.Add(new InvalidParam(name, $"must be an integer between 0 and {max}"));
        }

        return value;
    }
}
