// Recording rules the dashboards use (naming: level:metric:operations). The per-tunnel and per-node
// rates keep every label of their source series, so the dashboards can filter them by gateway,
// connection and tunnel. Their names are public: dashboards and users' queries read them.
local p = import '../lib/promql.libsonnet';
{
  prometheusRules+:: {
    local sel = [$._config.upcloudGatewaySelector],
    // upcloud_gateway:NAME:rate5m from the counter upcloud_gateway_NAME_total.
    local rate5m(name) = {
      record: 'upcloud_gateway:%s:rate5m' % name,
      expr: 'rate(%s[5m])' % p.series('upcloud_gateway_%s_total' % name, sel),
    },
    local notEstablished = |||
      max without (state) (%s) == 0
    ||| % p.series('upcloud_gateway_tunnel_state', sel + ['state="established"']),
    groups+: [
      {
        name: 'upcloud-gateway.rules',
        rules: [
          rate5m('ipsec_receive_bytes'),
          rate5m('ipsec_transmit_bytes'),
          rate5m('ipsec_receive_packets'),
          rate5m('ipsec_transmit_packets'),
          rate5m('nat_accepted_connections'),
          rate5m('nat_rejected_connections'),
          // Unix time since which a tunnel has been continuously not established, as seen by
          // Prometheus. The rule reads its own previous value: while the tunnel stays down the old
          // timestamp is carried forward, when it first goes down the current time is taken. It
          // starts afresh after the tunnel is established again and after a gap in the data
          // (exporter or API outage, Prometheus down > 5m).
          {
            record: 'upcloud_gateway:tunnel_not_established:since_timestamp_seconds',
            expr: |||
              (
                  upcloud_gateway:tunnel_not_established:since_timestamp_seconds
                and
                  %s
              )
              or
              (
                %s
              ) * 0 + time()
            ||| % [std.stripChars(notEstablished, '\n'), std.stripChars(notEstablished, '\n')],
          },
        ],
      },
    ],
  },
}
