// Which tunnels' configured IPsec proposals allow weak cryptography, as PromQL over a list of label
// matchers: the alert and the dashboards share it.
local p = import 'promql.libsonnet';
{
  // A regular expression matching a comma-separated list (upcloud_gateway_tunnel_ipsec_info's labels)
  // that has one of the items as a whole item: "3des" matches "3des,aes128" but not "aes256gcm128".
  // PromQL anchors it; any case.
  listHasAny(items):: '(?i)(.*,)?(%s)(,.*)?' % std.join('|', items),

  // Each tunnel whose phase 1 or phase 2 allows a Diffie-Hellman group below config.weakDhGroupsBelow,
  // one of config.weakEncryptionAlgorithms or one of config.weakIntegrityAlgorithms. The lifetimes
  // are dropped: they say nothing about the posture and would give the alert a new identity on every
  // timer change.
  weakTunnels(sel, config)::
    local weak = {
      dh_groups: $.listHasAny([std.toString(g) for g in std.range(0, config.weakDhGroupsBelow - 1)]),
      algorithms: $.listHasAny(config.weakEncryptionAlgorithms),
      integrity_algorithms: $.listHasAny(config.weakIntegrityAlgorithms),
    };
    local matchers = [
      'phase%d_%s=~"%s"' % [phase, label, weak[label]]
      for label in ['dh_groups', 'algorithms', 'integrity_algorithms']
      for phase in [1, 2]
    ];
    |||
      max without (ike_lifetime_seconds, rekey_time_seconds, child_rekey_time_seconds) (
        %s
      )
    ||| % std.join('\n  or ', [p.series('upcloud_gateway_tunnel_ipsec_info', sel + [m]) for m in matchers]),
}
