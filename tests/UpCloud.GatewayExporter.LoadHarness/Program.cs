using UpCloud.GatewayExporter.LoadHarness;

return args is ["soak", .. var rest] ? await Soak.RunAsync(rest) : await Harness.RunAsync(args);
