namespace UpCloud.Simulator.Fleet;

/// <summary>The earliest scheduled change of a gateway: a child SA rekey, a tunnel flap or a node restart.</summary>
internal readonly record struct DueEvent(DateTimeOffset At, SimTunnel? Tunnel, SimChildSa? ChildSa, SimNatNode? Node);
