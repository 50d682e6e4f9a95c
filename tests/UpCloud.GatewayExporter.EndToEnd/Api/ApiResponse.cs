namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>The envelope of every Prometheus HTTP API answer.</summary>
internal sealed record ApiResponse<T>(string Status, T? Data, string? ErrorType, string? Error)
{
    public bool Succeeded => Status == "success";
}
