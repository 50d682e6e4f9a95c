"""The systemd unit: Type=notify, the token as a credential, no restart loop on a configuration error."""
import re

from houserules.common import fail, read


def unit_settings(rel):
    out = {}
    for line in read(rel).splitlines():
        s = line.strip()
        if not s or s.startswith(("#", ";", "[")):
            continue
        k, _, v = s.partition("=")
        out.setdefault(k.strip(), []).append(v.strip())
    return out


def check_systemd():
    rel = "deploy/systemd/upcloud-gateway-exporter.service"
    u = unit_settings(rel)
    # The sandbox settings are systemd-analyze security's to judge (deploy/check.sh: exposure below 3.0);
    # these are the unit's design: readiness, the install path, a transient user, no restart loop on a
    # configuration error, settings from /etc/default.
    want = {
        "Type": "notify", "ExecStart": "/usr/local/bin/upcloud-gateway-exporter", "DynamicUser": "yes",
        "Restart": "on-failure", "EnvironmentFile": "-/etc/default/upcloud-gateway-exporter",
    }
    for k, v in want.items():
        if v not in u.get(k, []):
            fail(f"{rel}: {k}={v} missing")
    if "2" not in " ".join(u.get("RestartPreventExitStatus", [])).split():
        fail(f"{rel}: RestartPreventExitStatus must include 2 (configuration error)")
    creds = dict(c.split(":", 1) for c in u.get("LoadCredential", []) if ":" in c)
    env = dict(e.split("=", 1) for e in u.get("Environment", []) if "=" in e)
    tf = env.get("UPCLOUD_TOKEN_FILE", "")
    if not tf.startswith("%d/") or tf[3:] not in creds:
        fail(f"{rel}: UPCLOUD_TOKEN_FILE must be %d/<a LoadCredential= name>")
    example = "deploy/systemd/upcloud-gateway-exporter.env.example"
    for line in read(example).splitlines():
        s = line.lstrip("#").strip()
        m = re.match(r"^([A-Z][A-Z0-9_]*)=", s)
        if m and m.group(1) in ("UPCLOUD_TOKEN", "UPCLOUD_PASSWORD"):
            fail(f"{example}: {m.group(1)} in an environment file: use the credential")
