namespace UpCloud.Api;

/// <summary>Builds concrete request paths from resource ids, escaping each one.</summary>
internal static class UpCloudPaths
{
    public static string Gateway(string uuid) => $"/1.3/gateway/{Escape(uuid)}";

    public static string Connections(string uuid) => $"{Gateway(uuid)}/connections";

    public static string Connection(string uuid, string connectionUuid) => $"{Connections(uuid)}/{Escape(connectionUuid)}";

    public static string Tunnels(string uuid, string connectionUuid) => $"{Connection(uuid, connectionUuid)}/tunnels";

    public static string Metrics(string uuid) => $"{Gateway(uuid)}/metrics";

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }
}
