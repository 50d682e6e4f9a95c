"""The compose files: mounted paths exist, dashboards where Grafana reads them, the scrape job the alerts expect, a locked-down exporter, the credentials override."""
import glob
import os

import yaml

from houserules.common import BINARY, DEPLOY, PORT, ROOT, Tagged, fail, load_yaml, path, problems, rule_job


def mounts(service):
    """(host path relative to deploy/, container target, is_bind) of a service's short-syntax volumes."""
    out = []
    for v in service.get("volumes", []) or []:
        if isinstance(v, dict):
            src, tgt, bind = v.get("source"), v.get("target"), v.get("type") == "bind"
        else:
            parts = v.split(":")
            src, tgt = parts[0], parts[1]
            bind = src.startswith((".", "/"))
        out.append((src, tgt, bind))
    return out


def host_path_for(service, container_path):
    best = None
    for src, tgt, bind in mounts(service):
        if bind and (container_path == tgt or container_path.startswith(tgt.rstrip("/") + "/")):
            if best is None or len(tgt) > len(best[1]):
                best = (src, tgt)
    if best is None:
        return None
    return os.path.normpath(os.path.join(DEPLOY, best[0], os.path.relpath(container_path, best[1])))


def check_compose():
    base_rel = "deploy/docker-compose.yml"
    cred_rel = "deploy/docker-compose.credentials.yml"
    base = load_yaml(base_rel)
    services = base.get("services", {})
    for name in ("exporter", "prometheus", "alertmanager", "grafana"):
        if name not in services:
            fail(f"{base_rel}: service {name} missing")
    if problems:
        return
    exp = services["exporter"]
    build = exp.get("build", {})
    ctx = os.path.normpath(os.path.join(DEPLOY, build.get("context", ".")))
    if not os.path.exists(os.path.join(ctx, build.get("dockerfile", "Dockerfile"))):
        fail(f"{base_rel}: exporter build context {ctx} has no {build.get('dockerfile', 'Dockerfile')}")
    if exp.get("command") != ["--demo"]:
        fail(f"{base_rel}: exporter command must be [\"--demo\"]")
    if exp.get("read_only") is not True:
        fail(f"{base_rel}: exporter must be read_only: true")
    uid = str(exp.get("user", "")).split(":")[0]
    if not uid.isdigit() or int(uid) == 0:
        fail(f"{base_rel}: exporter user must be a numeric non-root UID")
    if "ALL" not in (exp.get("cap_drop") or []):
        fail(f"{base_rel}: exporter must cap_drop ALL")
    if (exp.get("healthcheck") or {}).get("test", [])[:3] != ["CMD", BINARY, "--health-check"]:
        fail(f"{base_rel}: exporter healthcheck must run [\"CMD\", \"{BINARY}\", \"--health-check\"]")

    # Every bind mount exists.
    for sname, svc in services.items():
        for src, tgt, bind in mounts(svc):
            if bind and not os.path.exists(os.path.join(DEPLOY, src)):
                fail(f"{base_rel}: {sname} mounts {src}, which does not exist")

    # Prometheus: its config, the targets it scrapes and alerts (promtool checks the rules it loads).
    prom = services["prometheus"]
    cmd = prom.get("command") or []
    cfg_arg = next((c.split("=", 1)[1] for c in cmd if c.startswith("--config.file=")), "/etc/prometheus/prometheus.yml")
    cfg_host = host_path_for(prom, cfg_arg)
    if not cfg_host or not os.path.isfile(cfg_host):
        fail(f"{base_rel}: prometheus config {cfg_arg} is not a mounted file")
    else:
        cfg = yaml.safe_load(open(cfg_host))
        job = rule_job()
        jobs = {j["job_name"]: j for j in cfg.get("scrape_configs", [])}
        if job not in jobs:
            fail(f"{cfg_host}: no scrape job {job} (UpcloudGatewayExporterDown expects it)")
        else:
            targets = [t for sc in jobs[job].get("static_configs", []) for t in sc.get("targets", [])]
            if f"exporter:{PORT}" not in targets:
                fail(f"{cfg_host}: job {job} does not scrape exporter:{PORT}")
        am = [t for a in cfg.get("alerting", {}).get("alertmanagers", []) for sc in a.get("static_configs", []) for t in sc.get("targets", [])]
        if "alertmanager:9093" not in am:
            fail(f"{cfg_host}: alerts are not sent to alertmanager:9093")

    # Grafana: dashboards where the provider of grafana/provisioning reads them.
    graf = services["grafana"]
    provider_dirs = []
    for f in glob.glob(path("grafana/provisioning/dashboards/*.y*ml")):
        for p in (yaml.safe_load(open(f)) or {}).get("providers", []):
            provider_dirs.append(p["options"]["path"])
    if not any(t == "/etc/grafana/provisioning/dashboards" for _, t, _ in mounts(graf)):
        fail(f"{base_rel}: grafana does not mount the dashboard provisioning")
    for d in provider_dirs:
        hp = host_path_for(graf, d)
        if not hp or not glob.glob(os.path.join(hp, "*.json")):
            fail(f"{base_rel}: grafana's dashboard provider reads {d}, where no dashboard JSON is mounted")
    home = (graf.get("environment") or {}).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH")
    if home and not (host_path_for(graf, home) and os.path.isfile(host_path_for(graf, home))):
        fail(f"{base_rel}: GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH {home} is not a mounted file")
    ds = host_path_for(graf, "/etc/grafana/provisioning/datasources/prometheus.yml")
    if ds and os.path.isfile(ds):
        for d in yaml.safe_load(open(ds)).get("datasources", []):
            if d.get("type") == "prometheus" and "prometheus:9090" not in d.get("url", ""):
                fail(f"{ds}: the compose Prometheus is http://prometheus:9090, not {d.get('url')}")
    else:
        fail(f"{base_rel}: grafana has no datasource provisioning mounted")
    am_cfg = host_path_for(services["alertmanager"], "/etc/alertmanager/alertmanager.yml")
    if not am_cfg or os.path.relpath(am_cfg, ROOT) != "deploy/alertmanager/alertmanager.yml":
        fail(f"{base_rel}: alertmanager does not mount deploy/alertmanager/alertmanager.yml")

    # The credentials override: no --demo, the token from a compose secret file.
    cred = load_yaml(cred_rel)
    cexp = (cred.get("services") or {}).get("exporter", {})
    cmd = cexp.get("command")
    if not (isinstance(cmd, Tagged) and cmd.tag == "!reset") and cmd not in ([],):
        fail(f"{cred_rel}: exporter command must reset the base file's --demo (command: !reset [])")
    env = cexp.get("environment") or {}
    if isinstance(env, list):
        env = dict(e.split("=", 1) for e in env)
    secrets = [s if isinstance(s, str) else s.get("source") for s in cexp.get("secrets", [])]
    tf = env.get("UPCLOUD_TOKEN_FILE", "")
    if not tf.startswith("/run/secrets/") or tf.rsplit("/", 1)[-1] not in secrets:
        fail(f"{cred_rel}: UPCLOUD_TOKEN_FILE must be /run/secrets/<a secret the exporter mounts>")
    for s in secrets:
        if not (cred.get("secrets") or {}).get(s, {}).get("file"):
            fail(f"{cred_rel}: secret {s} has no file")
    for doc, rel in ((base, base_rel), (cred, cred_rel)):
        for sname, svc in (doc.get("services") or {}).items():
            e = svc.get("environment") or {}
            keys = e.keys() if isinstance(e, dict) else [x.split("=", 1)[0] for x in e]
            for k in keys:
                if k in ("UPCLOUD_TOKEN", "UPCLOUD_PASSWORD"):
                    fail(f"{rel}: {sname} sets {k}: pass secrets as files (*_FILE)")
