// Every alert group, one file each, in the order of the shipped rule file; runbooks.libsonnet comes last.
(import 'exporter.libsonnet')
+ (import 'gateways.libsonnet')
+ (import 'capacity.libsonnet')
+ (import 'tunnels.libsonnet')
+ (import 'traffic.libsonnet')
+ (import 'changes.libsonnet')
+ (import 'runbooks.libsonnet')
