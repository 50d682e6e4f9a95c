using System.Reflection;

namespace UpCloud.GatewayExporter;

/// <summary>The exporter's version, from the assembly's informational version, which Directory.Build.props sets.</summary>
internal static class BuildVersion
{
    /// <summary>The version, such as <c>0.1.0</c>, without the source revision.</summary>
    public static readonly string Current =
        typeof(BuildVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
