using System.Text.Json;

namespace UpCloud.Api.Json;

/// <summary>Counts the objects, arrays and values a reader passes, to hold a body to its <see cref="JsonBudget"/> before anything of it is built.</summary>
internal struct JsonTally
{
    /// <summary>The reader options of every pass over a body: the depth limit of the deserializer, so both read the same JSON.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = UpCloudJsonContext.MaxDepth };

    public int Containers { get; private set; }

    public int Values { get; private set; }

    /// <summary>
    /// Fails with the excess when <paramref name="json"/> holds more than <paramref name="budget"/> allows. A body that
    /// is not JSON passes, for the deserializer to report where it breaks.
    /// </summary>
    public static void Check(ReadOnlySpan<byte> json, JsonBudget budget)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var tally = default(JsonTally);
        try
        {
            while (reader.Read())
            {
                tally.Add(reader.TokenType);
                tally.ThrowIfOver(budget, "the response body");
            }
        }
        catch (JsonException)
        {
            // Not JSON: the deserializer fails on it with the path of the break.
        }
    }

    /// <summary>Counts one token: ends of objects and arrays and property names are not values.</summary>
    public void Add(JsonTokenType token)
    {
        if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            Containers++;
        }

        if (token is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName or JsonTokenType.Comment))
        {
            Values++;
        }
    }

    public readonly bool Within(JsonBudget budget) => Containers <= budget.MaxContainers && Values <= budget.MaxValues;

    /// <summary>What was exceeded, such as <c>more than 1000 JSON objects and arrays</c>.</summary>
    public readonly string Excess(JsonBudget budget) =>
        Containers > budget.MaxContainers ? $"more than {budget.MaxContainers} JSON objects and arrays" : $"more than {budget.MaxValues} JSON values";

    public readonly void ThrowIfOver(JsonBudget budget, string what)
    {
        if (!Within(budget))
        {
            throw new ResponseTooLargeException($"{what} holds {Excess(budget)}");
        }
    }
}
