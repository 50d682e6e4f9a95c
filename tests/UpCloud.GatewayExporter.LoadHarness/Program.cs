using UpCloud.GatewayExporter.LoadHarness;

return args switch
{
    ["soak", .. var rest] => await Soak.RunAsync(rest),
    ["memory", .. var rest] => await MemoryRun.RunAsync(rest),
    ["hostile", .. var rest] => await HostileRun.RunAsync(rest),
    _ => await Harness.RunAsync(args),
};
