#!/usr/bin/env bash
# Validates the Prometheus example config, the rule files and their unit tests.
# Needs promtool (Debian: apt-get install prometheus). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"

command -v promtool >/dev/null || { echo "check.sh: promtool not found (apt-get install prometheus)" >&2; exit 1; }

status=0
run() { echo "+ $*"; "$@" || status=1; }

run promtool check rules rules/*.yml
run promtool check config prometheus.yml
run promtool test rules tests/*.yml

# House rules promtool does not know: severity label, summary/description annotations,
# runbook_url pointing at the alert's runbook file docs/runbooks/<alert>.md on main, that file
# existing in this checkout, and a unit test in which the alert fires.
echo "+ lint alerts"
python3 - rules/*.yml tests/*.yml <<'PY' || status=1
import os, sys, yaml
runbooks = "../../docs/runbooks"
rules = [r for f in sys.argv[1:] if f.startswith("rules/")
         for g in yaml.safe_load(open(f))["groups"] for r in g["rules"]]
fired = {t["alertname"] for f in sys.argv[1:] if f.startswith("tests/")
         for g in yaml.safe_load(open(f))["tests"] for t in g.get("alert_rule_test", [])
         if t.get("exp_alerts")}
base = "https://github.com/upcloud-gateway-exporter/upcloud-gateway-exporter/blob/main/docs/runbooks/"
bad = []
for r in rules:
    a = r.get("alert")
    if not a:
        continue
    ann = r.get("annotations", {})
    if r.get("labels", {}).get("severity") not in ("critical", "warning", "info"):
        bad.append(f"{a}: severity label missing or unknown")
    if not ann.get("summary") or not ann.get("description"):
        bad.append(f"{a}: summary or description annotation missing")
    if ann.get("runbook_url") != f"{base}{a}.md":
        bad.append(f"{a}: runbook_url is not {base}{a}.md")
    if not os.path.isfile(f"{runbooks}/{a}.md"):
        bad.append(f"{a}: no runbook file docs/runbooks/{a}.md")
    if a not in fired:
        bad.append(f"{a}: no unit test expects it to fire")
for b in bad:
    print("  " + b)
print(f"  {sum(1 for r in rules if 'alert' in r)} alerts, {len(bad)} problems")
sys.exit(1 if bad else 0)
PY

if [ "$status" -ne 0 ]; then echo "check.sh: FAILED" >&2; else echo "check.sh: OK"; fi
exit "$status"
