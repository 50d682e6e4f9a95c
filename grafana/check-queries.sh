#!/usr/bin/env bash
# Checks that every PromQL expression in the Grafana dashboards and the Prometheus rule
# files parses, by sending it to a throwaway Prometheus (127.0.0.1, random port, temp
# data dir, no scrape targets): a parse error comes back as HTTP 400 bad_data.
# Dashboard variables are substituted first ($gateway -> .*, $__rate_interval -> 5m, ...).
# Also checks the dashboards' JSON and house rules (fixed uid, schemaVersion 39, every
# panel has a description and uses the ${datasource} variable, multi-value variables are
# only used with =~ or !~, every series of the exporter in a panel or annotation query is
# filtered by the $job and $instance variables).
# Needs prometheus and python3 with PyYAML (Debian: apt-get install prometheus python3-yaml).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dashboards=("$here"/dashboards/*.json)
rules=("$here"/../deploy/prometheus/rules/*.yml)

command -v prometheus >/dev/null || { echo "check-queries.sh: prometheus not found (apt-get install prometheus)" >&2; exit 1; }

for f in "${dashboards[@]}"; do
  python3 -m json.tool "$f" >/dev/null || { echo "check-queries.sh: invalid JSON: $f" >&2; exit 1; }
done

tmp="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
printf 'global:\n  scrape_interval: 30s\n' >"$tmp/prometheus.yml"
prometheus --config.file="$tmp/prometheus.yml" --storage.tsdb.path="$tmp/data" \
  --web.listen-address="127.0.0.1:$port" --log.level=error >"$tmp/prometheus.log" 2>&1 &
pid=$!

for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/-/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/prometheus.log" >&2; exit 1; }
  sleep 0.2
done

python3 - "http://127.0.0.1:$port" "${dashboards[@]}" -- "${rules[@]}" <<'PY'
import json, re, sys, urllib.error, urllib.parse, urllib.request, yaml

url = sys.argv[1]
split = sys.argv.index("--")
dashboards, rule_files = sys.argv[2:split], sys.argv[split + 1:]
problems, checked = [], 0

# Grafana's built-in variables, replaced by values of the right type.
BUILTINS = {"__rate_interval": "5m", "__interval": "1m", "__range": "1h",
            "__interval_ms": "60000", "__range_s": "3600", "__range_ms": "3600000"}
VAR = re.compile(r"\$(?:\{(\w+)(?::\w+)?\}|(\w+))")
SERIES = re.compile(r"\b(upcloud_gateway[\w:]*)(\{[^}]*\})?")


def substitute(expr, multi, where):
    def repl(m):
        name = m.group(1) or m.group(2)
        if name in BUILTINS:
            return BUILTINS[name]
        if name in multi:
            before = expr[:m.start()].rstrip().rstrip('"').rstrip()
            if not before.endswith(("=~", "!~")):
                problems.append(f"{where}: multi-value ${name} used without =~ or !~")
            return ".*"
        problems.append(f"{where}: unknown variable ${name}")
        return m.group(0)
    return VAR.sub(repl, expr)


def check(expr, where):
    global checked
    checked += 1
    data = urllib.parse.urlencode({"query": expr}).encode()
    try:
        urllib.request.urlopen(url + "/api/v1/query", data, timeout=30).read()
    except urllib.error.HTTPError as e:
        body = json.loads(e.read() or b"{}")
        problems.append(f"{where}: {body.get('errorType', e.code)}: {body.get('error', '')}\n    {expr}")


def panels(ps):
    for p in ps:
        yield p
        yield from panels(p.get("panels", []))


for path in dashboards:
    name = path.rsplit("/", 1)[-1]
    d = json.load(open(path))
    if not d.get("uid") or d.get("schemaVersion") != 39:
        problems.append(f"{name}: needs a fixed uid and schemaVersion 39")
    variables = d.get("templating", {}).get("list", [])
    multi = {v["name"] for v in variables if v.get("multi") or v.get("includeAll")}
    for v in variables:
        if v.get("type") != "query":
            continue
        q = v["query"]["query"] if isinstance(v["query"], dict) else v["query"]
        m = re.fullmatch(r"\s*label_values\((.*),\s*\w+\s*\)\s*", q)
        if m:  # label_values(selector, label): the selector must parse
            check(substitute(m.group(1), multi, f"{name} variable {v['name']}"), f"{name} variable {v['name']}")
    for p in panels(d.get("panels", [])):
        if p.get("type") == "row":
            continue
        where = f"{name} panel {p.get('title')!r}"
        if not p.get("description"):
            problems.append(f"{where}: no description")
        for t in [p] + p.get("targets", []):
            if "datasource" in t and t["datasource"].get("uid") != "${datasource}":
                problems.append(f"{where}: datasource is not ${{datasource}}")
        for t in p.get("targets", []):
            for m in SERIES.finditer(t["expr"]):
                if not all(f in (m.group(2) or "") for f in ('job=~"$job"', 'instance=~"$instance"')):
                    problems.append(f"{where} {t.get('refId')}: {m.group(1)} is not filtered by job=~\"$job\", instance=~\"$instance\"")
            check(substitute(t["expr"], multi, where), f"{where} {t.get('refId')}")

    for a in d.get("annotations", {}).get("list", []):
        expr = a.get("target", {}).get("expr")
        if not expr:
            continue
        where = f"{name} annotation {a.get('name')!r}"
        if a.get("datasource", {}).get("uid") != "${datasource}":
            problems.append(f"{where}: datasource is not ${{datasource}}")
        for m in SERIES.finditer(expr):
            if not all(f in (m.group(2) or "") for f in ('job=~"$job"', 'instance=~"$instance"')):
                problems.append(f"{where}: {m.group(1)} is not filtered by job=~\"$job\", instance=~\"$instance\"")
        check(substitute(expr, multi, where), where)

for path in rule_files:
    name = path.rsplit("/", 1)[-1]
    for g in yaml.safe_load(open(path))["groups"]:
        for r in g["rules"]:
            check(r["expr"], f"{name} {r.get('alert') or r.get('record')}")

for p in problems:
    print("FAIL " + p)
print(f"{checked} expressions checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
