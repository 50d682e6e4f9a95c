#!/usr/bin/env python3
"""House rules of the deployment files, the project's own decisions that no tool knows; run by deploy/check.sh.
The rules of each subject live in a module of deploy/houserules/.

What a tool checks is left to it: compose syntax to the compose-spec schema (tools/check-compose.mjs),
Kubernetes fields to kubernetes-models (tools/check-kubernetes.mjs) and to `kubectl kustomize`, the
Prometheus and Alertmanager configurations and the rule files they load to promtool and amtool, the
systemd unit's syntax and sandbox to `systemd-analyze verify` and `systemd-analyze security`.

    python3 deploy/lint.py dockerfile
    python3 deploy/lint.py compose
    python3 deploy/lint.py kubernetes single|sharded RENDERED.yaml   (kubectl kustomize output)
    python3 deploy/lint.py systemd
    python3 deploy/lint.py alertmanager
    python3 deploy/lint.py versions

Each prints one line per problem and exits 1 if there is any. Needs PyYAML.
"""
import sys

from houserules import alertmanager, compose, dockerfile, kubernetes, systemd, versions
from houserules.common import problems


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    cmd = argv[0]
    if cmd == "dockerfile":
        dockerfile.check_dockerfile()
    elif cmd == "compose":
        compose.check_compose()
    elif cmd == "kubernetes" and len(argv) == 3:
        kubernetes.check_kubernetes(argv[1], argv[2])
    elif cmd == "systemd":
        systemd.check_systemd()
    elif cmd == "alertmanager":
        alertmanager.check_alertmanager()
    elif cmd == "versions":
        versions.check_versions()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print(f"  {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
