using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>What <c>--demo</c> runs against: the simulator's demo fleet on loopback, behind a token so the demo exercises authentication too.</summary>
internal static class DemoMode
{
    /// <summary>The token the demo simulator accepts; it guards nothing.</summary>
    public const string Token = "ucat_demo";

    /// <summary>The demo's poll interval unless one is set, short so a newcomer sees the fleet move.</summary>
    public const string PollInterval = "5s";

    /// <summary>The simulator's demo options, with the token set.</summary>
    public static SimulatorOptions Options()
    {
        var options = SimulatorOptions.Demo();
        options.Token = Token;
        return options;
    }
}
