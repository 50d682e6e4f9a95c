// Every recording rule group, one file each.
(import 'gateways.libsonnet')
+ (import 'capacity.libsonnet')
