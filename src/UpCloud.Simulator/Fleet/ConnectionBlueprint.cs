namespace UpCloud.Simulator.Fleet;

/// <summary>A connection to be created, named, with this many tunnels.</summary>
internal sealed record ConnectionBlueprint(string Name, int Tunnels);
