using UpCloud.GatewayExporter.Hosting;

return await ExporterApplication.RunAsync(args, Console.Out, Console.Error);
