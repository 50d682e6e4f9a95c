// Every dashboard, one file each, keyed by the file name it is shipped as.
(import 'fleet.libsonnet')
+ (import 'detail.libsonnet')
