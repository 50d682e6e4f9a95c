using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>The parts of Prometheus's HTTP API the tests use (VictoriaMetrics and vmalert serve the same shapes).</summary>
internal sealed class PrometheusClient(HttpClient http, Uri baseAddress)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>An instant query at the current time; a parse or execution error is an outcome, not an exception.</summary>
    public async Task<QueryOutcome> QueryAsync(string expression)
    {
        var answer = await PostQueryAsync(expression);
        if (!answer.Succeeded || answer.Data is null)
        {
            return QueryOutcome.Invalid($"{answer.ErrorType}: {answer.Error}");
        }

        return new QueryOutcome(null, SeriesOf(answer.Data));
    }

    /// <summary>The samples of an instant vector query at the current time; anything else is an error.</summary>
    public async Task<IReadOnlyList<VectorSample>> QueryVectorAsync(string expression)
    {
        var answer = await PostQueryAsync(expression);
        if (answer is not { Succeeded: true, Data: { ResultType: "vector" } data })
        {
            throw new InvalidOperationException($"{expression}: not an instant vector: {answer.ErrorType}: {answer.Error}");
        }

        return [.. data.Result.EnumerateArray().Select(sample => new VectorSample(
            sample.GetProperty("metric").Deserialize<Dictionary<string, string>>(Json)!,
            double.Parse(sample.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))];
    }

    public async Task<IReadOnlyList<RuleGroupStatus>> GetRuleGroupsAsync() => (await GetAsync<RulesData>("api/v1/rules")).Groups;

    public async Task<IReadOnlyList<AlertStatus>> GetAlertsAsync() => (await GetAsync<AlertsData>("api/v1/alerts")).Alerts;

    public async Task<IReadOnlyList<TargetStatus>> GetTargetsAsync() => (await GetAsync<TargetsData>("api/v1/targets?state=active")).ActiveTargets;

    private async Task<ApiResponse<QueryData>> PostQueryAsync(string expression)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("query", expression)]);
        using var response = await http.PostAsync(new Uri(baseAddress, "api/v1/query"), form);
        return await ReadAsync<QueryData>(response);
    }

    private async Task<T> GetAsync<T>(string path)
    {
        using var response = await http.GetAsync(new Uri(baseAddress, path));
        var answer = await ReadAsync<T>(response);
        return answer is { Succeeded: true, Data: { } data } ? data : throw new InvalidOperationException($"{path}: {answer.ErrorType}: {answer.Error}");
    }

    private static async Task<ApiResponse<T>> ReadAsync<T>(HttpResponseMessage response)
        => await response.Content.ReadFromJsonAsync<ApiResponse<T>>(Json)
            ?? throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} with an empty body");

    private static IReadOnlyDictionary<string, string>[] SeriesOf(QueryData data) => data.ResultType switch
    {
        "vector" or "matrix" => [.. data.Result.EnumerateArray().Select(sample => sample.GetProperty("metric").Deserialize<Dictionary<string, string>>(Json)!)],
        _ => [new Dictionary<string, string>()],
    };
}
