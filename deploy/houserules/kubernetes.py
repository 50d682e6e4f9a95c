"""The rendered kustomizations (single and sharded): security context, probes, resources, the Secret file mount, selectors, the job label, the shard expression."""
import posixpath

import yaml

from houserules.common import APP_UID, PORT, fail, rule_job


def labels_match(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_kubernetes(mode, rendered):
    docs = [d for d in yaml.safe_load_all(open(rendered)) if d]
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d["kind"], []).append(d)
    where = f"kustomize ({mode})"
    workload_kind = "Deployment" if mode == "single" else "StatefulSet"
    workloads = by_kind.get(workload_kind, [])
    if len(workloads) != 1:
        fail(f"{where}: expected one {workload_kind}, found {len(workloads)}")
        return
    for kind in ("Service", "ServiceMonitor", "PrometheusRule", "NetworkPolicy", "ServiceAccount"):
        if kind not in by_kind:
            fail(f"{where}: no {kind}")
    if "Secret" in by_kind:
        fail(f"{where}: renders a Secret: `kubectl apply -k` would overwrite the real token")
    w = workloads[0]
    name = w["metadata"]["name"]
    spec = w["spec"]
    pod = spec["template"]["spec"]
    pod_labels = spec["template"]["metadata"].get("labels", {})
    if not labels_match(spec["selector"].get("matchLabels"), pod_labels):
        fail(f"{where}: {name} selector does not match its pod labels")
    psc = pod.get("securityContext", {})
    if psc.get("runAsNonRoot") is not True or psc.get("runAsUser") != APP_UID:
        fail(f"{where}: pod securityContext needs runAsNonRoot: true, runAsUser: {APP_UID}")
    if psc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        fail(f"{where}: pod seccompProfile must be RuntimeDefault")
    if pod.get("automountServiceAccountToken") is not False:
        fail(f"{where}: automountServiceAccountToken must be false")
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    for c in pod["containers"]:
        cn = f"{where}: container {c['name']}"
        sc = c.get("securityContext", {})
        if sc.get("readOnlyRootFilesystem") is not True:
            fail(f"{cn}: readOnlyRootFilesystem must be true")
        if sc.get("allowPrivilegeEscalation") is not False:
            fail(f"{cn}: allowPrivilegeEscalation must be false")
        if "ALL" not in sc.get("capabilities", {}).get("drop", []):
            fail(f"{cn}: capabilities must drop ALL")
        if sc.get("runAsNonRoot") is not True:
            fail(f"{cn}: runAsNonRoot must be true")
        ports = {p.get("name"): p for p in c.get("ports", [])}
        if ports.get("http-metrics", {}).get("containerPort") != PORT:
            fail(f"{cn}: port http-metrics must be {PORT}")
        for probe, want in (("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")):
            if c.get(probe, {}).get("httpGet", {}).get("path") != want:
                fail(f"{cn}: {probe} must GET {want}")
        res = c.get("resources", {})
        for part in ("requests", "limits"):
            for r in ("cpu", "memory"):
                if r not in res.get(part, {}):
                    fail(f"{cn}: resources.{part}.{r} missing")
        env = c.get("env", [])
        names = [e["name"] for e in env]
        for e in env:
            if e["name"] in ("UPCLOUD_TOKEN", "UPCLOUD_PASSWORD") and "value" in e:
                fail(f"{cn}: {e['name']} as a plain value: use the *_FILE setting and a Secret volume")
        tf = next((e.get("value") for e in env if e["name"] == "UPCLOUD_TOKEN_FILE"), None)
        if not tf:
            fail(f"{cn}: UPCLOUD_TOKEN_FILE not set")
        else:
            mount = next((m for m in c.get("volumeMounts", []) if tf.startswith(m["mountPath"].rstrip("/") + "/")), None)
            vol = volumes.get(mount["name"]) if mount else None
            if not vol or "secret" not in vol:
                fail(f"{cn}: UPCLOUD_TOKEN_FILE {tf} is not in a mounted Secret volume")
            else:
                rel = posixpath.relpath(tf, mount["mountPath"])
                items = vol["secret"].get("items")
                if items and rel not in [i["path"] for i in items]:
                    fail(f"{cn}: UPCLOUD_TOKEN_FILE {tf}: the Secret volume has no item at {rel}")
                mode_ = vol["secret"].get("defaultMode", 0o644)
                if mode_ & 0o007:
                    fail(f"{cn}: the Secret volume is world-readable (defaultMode {oct(mode_)})")
                if mode_ & 0o040 and psc.get("fsGroup") != psc.get("runAsGroup", psc.get("runAsUser")):
                    fail(f"{cn}: a group-readable Secret needs fsGroup {APP_UID} to be readable")
        if mode == "sharded":
            replicas = spec.get("replicas")
            if "POD_INDEX" not in names or "EXPORTER_SHARD" not in names:
                fail(f"{cn}: POD_INDEX and EXPORTER_SHARD must be set")
            else:
                pi = env[names.index("POD_INDEX")]
                if pi.get("valueFrom", {}).get("fieldRef", {}).get("fieldPath") != "metadata.labels['apps.kubernetes.io/pod-index']":
                    fail(f"{cn}: POD_INDEX must come from the pod label apps.kubernetes.io/pod-index")
                if names.index("POD_INDEX") > names.index("EXPORTER_SHARD"):
                    fail(f"{cn}: POD_INDEX must be defined before EXPORTER_SHARD for $(POD_INDEX) to expand")
                shard = env[names.index("EXPORTER_SHARD")].get("value")
                if shard != f"$(POD_INDEX)/{replicas}":
                    fail(f"{cn}: EXPORTER_SHARD is {shard!r}, expected '$(POD_INDEX)/{replicas}' for {replicas} replicas")
    if mode == "sharded":
        svc = next((s for s in by_kind.get("Service", []) if s["metadata"]["name"] == spec.get("serviceName")), None)
        if not svc or svc["spec"].get("clusterIP") != "None":
            fail(f"{where}: serviceName {spec.get('serviceName')} is not a headless Service of the output")
    elif spec.get("replicas", 1) != 1:
        fail(f"{where}: the Deployment must have 1 replica (every replica polls the API); shard instead")

    services = by_kind.get("Service", [])
    for s in services:
        if not labels_match(s["spec"].get("selector"), pod_labels):
            fail(f"{where}: Service {s['metadata']['name']} selects no pod of {name}")
        if not any(p.get("name") == "http-metrics" and p.get("port") == PORT for p in s["spec"].get("ports", [])):
            fail(f"{where}: Service {s['metadata']['name']} has no port http-metrics {PORT}")
    job = rule_job()
    for sm in by_kind.get("ServiceMonitor", []):
        smn = f"{where}: ServiceMonitor {sm['metadata']['name']}"
        if not any(labels_match(sm["spec"]["selector"].get("matchLabels"), s["metadata"].get("labels", {})) for s in services):
            fail(f"{smn}: selects no Service of the output")
        for ep in sm["spec"].get("endpoints", []):
            if ep.get("port") != "http-metrics":
                fail(f"{smn}: endpoint port must be http-metrics")
            if not any(r.get("targetLabel") == "job" and r.get("replacement") == job for r in ep.get("relabelings", [])):
                fail(f"{smn}: must set job=\"{job}\" (UpcloudGatewayExporterDown matches up{{job=\"{job}\"}})")
    for np in by_kind.get("NetworkPolicy", []):
        npn = f"{where}: NetworkPolicy {np['metadata']['name']}"
        if not labels_match(np["spec"]["podSelector"].get("matchLabels"), pod_labels):
            fail(f"{npn}: does not select the exporter pods")
        ing = [p.get("port") for r in np["spec"].get("ingress", []) for p in r.get("ports", [])]
        if ing != [PORT]:
            fail(f"{npn}: ingress must allow only port {PORT}")
        eg = {p.get("port") for r in np["spec"].get("egress", []) for p in r.get("ports", [])}
        if not {53, 443} <= eg:
            fail(f"{npn}: egress must allow DNS (53) and HTTPS (443)")
