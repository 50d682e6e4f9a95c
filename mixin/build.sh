#!/usr/bin/env bash
# Renders the monitoring mixin (mixin/) into the files the project ships: the rule files of
# deploy/prometheus/rules, the dashboards of grafana/dashboards, and from those rules the
# PrometheusRule deploy/kubernetes/common/prometheusrule.yaml.
#
#   mixin/build.sh           write them
#   mixin/build.sh --check   exit 1, with a diff, while a committed file differs from what the mixin
#                            renders; also checks the mixin's formatting (jsonnetfmt) and, where
#                            promtool is installed, that the rules rendered with a job selector in
#                            _config still pass every unit test of deploy/prometheus/tests
#
# Needs jsonnet and jsonnetfmt (Debian: apt-get install jsonnet).
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

mode="write"
case "${1:-}" in
  "") ;;
  --check) mode="check" ;;
  -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

for tool in jsonnet jsonnetfmt; do
  command -v "$tool" >/dev/null || { echo "$0: $tool not found (apt-get install jsonnet)" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# render DIR [CONFIG]: the shipped files under DIR, with CONFIG (Jsonnet) overriding _config.
render() {
  local dir="$1" config="${2:-{\}}" f
  mkdir -p "$dir"
  jsonnet -J "$here" -S --tla-code "config=$config" \
    -e 'function(config) std.join("\n", std.objectFields((import "shipped.jsonnet")(config)))' >"$tmp/files"
  while read -r f; do mkdir -p "$dir/$(dirname "$f")"; done <"$tmp/files"
  jsonnet -J "$here" -S --tla-code "config=$config" -m "$dir" "$here/shipped.jsonnet" >/dev/null
}

render "$tmp/out"
mapfile -t files <"$tmp/files"

if [ "$mode" = write ]; then
  for f in "${files[@]}"; do cp "$tmp/out/$f" "$root/$f"; echo "wrote $f"; done
  bash "$root/deploy/kubernetes/generate-prometheusrule.sh"
  exit 0
fi

status=0
for f in "${files[@]}"; do
  if ! diff -u "$root/$f" "$tmp/out/$f"; then
    echo "$0: $f differs from what the mixin renders: run mixin/build.sh" >&2
    status=1
  fi
done
# A rule file or dashboard that the mixin does not render would be shipped without being generated.
for f in "$root"/deploy/prometheus/rules/*.yml "$root"/grafana/dashboards/*.json; do
  rel="${f#"$root"/}"
  if ! printf '%s\n' "${files[@]}" | grep -qxF "$rel"; then
    echo "$0: $rel is not rendered by the mixin: add it to mixin/ or remove it" >&2
    status=1
  fi
done
bash "$root/deploy/kubernetes/generate-prometheusrule.sh" --check || status=1

while IFS= read -r -d '' f; do
  jsonnetfmt --test "$f" || { echo "$0: ${f#"$root"/} is not formatted: jsonnetfmt -i ${f#"$root"/}" >&2; status=1; }
done < <(find "$here" \( -name '*.jsonnet' -o -name '*.libsonnet' \) -not -path '*/vendor/*' -print0)

if command -v promtool >/dev/null; then
  # The selectors must not change what the rules mean for series that match them: the unit tests'
  # series all carry job="upcloud-gateway".
  render "$tmp/selected" '{ upcloudGatewaySelector: "job=\"upcloud-gateway\"" }'
  mkdir -p "$tmp/selected/deploy/prometheus/tests"
  cp "$root"/deploy/prometheus/tests/*.yml "$tmp/selected/deploy/prometheus/tests/"
  if ! grep -q 'upcloud_gateway_exporter_up{job="upcloud-gateway"}' "$tmp/selected/deploy/prometheus/rules/upcloud-gateway-alerts.yml"; then
    echo "$0: upcloudGatewaySelector did not reach the alert expressions" >&2
    status=1
  fi
  (cd "$tmp/selected/deploy/prometheus" && promtool check rules rules/*.yml >/dev/null && promtool test rules tests/*.yml >"$tmp/selected.log" 2>&1) || {
    cat "$tmp/selected.log" >&2
    echo "$0: the rules rendered with upcloudGatewaySelector: 'job=\"upcloud-gateway\"' fail the unit tests" >&2
    status=1
  }
else
  echo "$0: promtool not found: the rules were not tested with a job selector" >&2
fi

if [ "$status" -ne 0 ]; then echo "mixin/build.sh --check: FAILED" >&2; exit 1; fi
echo "mixin/build.sh --check: ${#files[@]} files up to date"
