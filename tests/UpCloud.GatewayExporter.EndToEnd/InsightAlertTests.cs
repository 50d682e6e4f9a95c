using UpCloud.GatewayExporter.EndToEnd.Api;
using UpCloud.GatewayExporter.EndToEnd.Stack;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd;

/// <summary>
/// The demo fleet models one case of each operator-insight alert; on real Prometheus each must become active
/// (pending is enough: the tests do not wait out the <c>for</c>) for exactly that case, with its annotations rendered.
/// </summary>
[Collection(MonitoringStackCollection.Name)]
public sealed class InsightAlertTests(MonitoringStack stack)
{
    [PrometheusFact]
    public async Task A_NAT_node_near_its_plan_limit_raises_UpcloudGatewayNatNearCapacity_naming_the_limit()
    {
        var alert = await ActiveAsync("UpcloudGatewayNatNearCapacity", labels => labels["gateway"] == "egress-ams1" && labels["node"] == "node-a");

        Assert.Contains("of 100k", alert.Annotations["description"], StringComparison.Ordinal);
    }

    [PrometheusFact]
    public async Task The_gateway_whose_metrics_UpCloud_stopped_refreshing_raises_UpcloudGatewayMetricsStale()
    {
        await ActiveAsync("UpcloudGatewayMetricsStale", labels => labels["gateway"] == "lab-sto1");
    }

    [PrometheusFact]
    public async Task The_tunnel_on_3DES_SHA1_and_DH_group_2_raises_UpcloudGatewayTunnelWeakCrypto()
    {
        var alert = await ActiveAsync("UpcloudGatewayTunnelWeakCrypto", labels => labels["tunnel"] == "office-berlin-t1");

        Assert.Contains("3des", alert.Annotations["description"], StringComparison.Ordinal);
    }

    [PrometheusFact]
    public async Task A_down_tunnel_alert_carries_the_last_down_message_UpCloud_gave()
    {
        var alert = await ActiveAsync("UpcloudGatewayTunnelDown", labels => labels["tunnel"] == "office-berlin-t2", alone: false);

        Assert.Contains("Last down message, recorded ", alert.Annotations["description"], StringComparison.Ordinal);
        Assert.Contains("\"IKE_SA_INIT: NO_PROPOSAL_CHOSEN\"", alert.Annotations["description"], StringComparison.Ordinal);
    }

    [PrometheusFact]
    public async Task A_connection_down_alert_carries_the_last_down_message_of_each_of_its_tunnels()
    {
        var alert = await ActiveAsync("UpcloudGatewayConnectionDown", labels => labels["connection"] == "partner-acme");

        Assert.Contains("partner-acme-t1: \"peer not responding: DPD timeout\"", alert.Annotations["description"], StringComparison.Ordinal);
    }

    [PrometheusFact]
    public async Task The_tunnel_whose_peer_sends_nothing_back_raises_UpcloudGatewayTunnelOneWayTraffic()
    {
        var alert = await ActiveAsync("UpcloudGatewayTunnelOneWayTraffic", labels => labels["gateway"] == "branch-hel1" && labels["tunnel"] == "hq-t2");

        Assert.Contains("the peer is not answering", alert.Annotations["description"], StringComparison.Ordinal);
    }

    [PrometheusFact]
    public async Task The_established_tunnel_without_a_child_SA_raises_UpcloudGatewayTunnelNoChildSa()
    {
        await ActiveAsync("UpcloudGatewayTunnelNoChildSa", labels => labels["gateway"] == "hq-fra1" && labels["tunnel"] == "aws-eu-central-t2");
    }

    [PrometheusFact]
    public async Task The_gateway_with_more_tunnels_than_its_development_plan_allows_raises_UpcloudGatewayTunnelsOverPlan()
    {
        var alert = await ActiveAsync("UpcloudGatewayTunnelsOverPlan", labels => labels["gateway"] == "lab-sto1");

        Assert.Contains("more than the 0 its plan development allows", alert.Annotations["description"], StringComparison.Ordinal);
    }

    [PrometheusFact]
    public async Task A_maintenance_minutes_ago_raises_UpcloudGatewayMaintenance_and_is_named_by_its_gateways_down_alerts()
    {
        await ActiveAsync("UpcloudGatewayMaintenance", labels => labels["gateway"] == "hq-fra1");
        var down = await ActiveAsync("UpcloudGatewayTunnelDown", labels => labels["tunnel"] == "office-berlin-t2", alone: false);

        Assert.Contains("UpCloud started a maintenance of the gateway at ", down.Annotations["description"], StringComparison.Ordinal);
        Assert.Contains("(origin upcloud_internal)", down.Annotations["description"], StringComparison.Ordinal);
    }

    [PrometheusFact]
    public async Task The_gateway_stopped_on_purpose_raises_no_alert_while_the_down_connection_of_a_started_one_does()
    {
        await ActiveAsync("UpcloudGatewayConnectionDown", labels => labels["connection"] == "partner-acme");

        var alerts = await stack.PrometheusApi.GetAlertsAsync();

        Assert.DoesNotContain(alerts, alert => alert.Labels.GetValueOrDefault("gateway") == "staging-waw1");
    }

    // Waits until the alert of that name is active for the case the predicate picks; with alone, no other series of the fleet may raise it.
    private async Task<AlertStatus> ActiveAsync(string name, Func<IReadOnlyDictionary<string, string>, bool> isTheCase, bool alone = true)
    {
        var alerts = new List<AlertStatus>();
        await Eventually.HoldsAsync(async () =>
        {
            alerts = [.. (await stack.PrometheusApi.GetAlertsAsync()).Where(alert => alert.Labels["alertname"] == name)];
            return alerts.Any(alert => isTheCase(alert.Labels));
        }, MonitoringStack.Patience);

        var active = string.Join('\n', alerts.Select(alert => string.Join(',', alert.Labels.Select(label => $"{label.Key}={label.Value}"))));
        Assert.True(alerts.Any(alert => isTheCase(alert.Labels)) && (!alone || alerts.Count == 1), $"{name} is not active for exactly the demo's case:\n{active}");
        return alerts.First(alert => isTheCase(alert.Labels));
    }
}
