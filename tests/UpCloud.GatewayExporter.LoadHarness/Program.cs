using UpCloud.GatewayExporter.LoadHarness;

return await Harness.RunAsync(args);
