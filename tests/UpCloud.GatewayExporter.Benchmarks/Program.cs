using BenchmarkDotNet.Running;
using UpCloud.GatewayExporter.Benchmarks;

if (args is ["--footprint", .. var rest])
{
    foreach (var gateways in rest.Length == 0 ? [10, 100, 1000, 5000] : rest.Select(int.Parse))
    {
        Footprint.Run(gateways);
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticFleet).Assembly).Run(args, new ShortConfig());
