using BenchmarkDotNet.Running;
using UpCloud.GatewayExporter.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(SyntheticFleet).Assembly).Run(args, new ShortConfig());
