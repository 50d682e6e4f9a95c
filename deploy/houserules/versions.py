"""One version: Directory.Build.props is the only source; the pinned files equal it and no other deployment file repeats it."""
import os
import re

from houserules.common import DEPLOY, ROOT, fail, props_version, read


# Directory.Build.props is the one source of the version. Deployment files that must name it (the
# Dockerfile's default VERSION build argument, the image tag of each kustomization) are listed here
# and must equal it; any other deployment file that repeats it is an error.
VERSION_PINS = {
    "Dockerfile": r"^ARG VERSION=(\S*)",
    "deploy/kubernetes/kustomization.yaml": r"^\s*newTag:\s*(\S+)",
    "deploy/kubernetes/sharded/kustomization.yaml": r"^\s*newTag:\s*(\S+)",
}


def check_versions():
    v = props_version()
    if not v:
        fail("Directory.Build.props: no <Version>")
        return
    for rel, pattern in VERSION_PINS.items():
        pins = re.findall(pattern, read(rel), re.M)
        if len(pins) != 1:
            fail(f"{rel}: expected one version pin matching {pattern}, found {len(pins)}")
        for pin in pins:
            if pin != v:
                fail(f"{rel}: version {pin} but Directory.Build.props says {v}")
    tools = os.path.join(DEPLOY, "tools")
    for base, dirs, names in os.walk(DEPLOY):
        dirs[:] = [d for d in dirs if os.path.join(base, d) != tools and d != "secrets"]
        for name in names:
            rel = os.path.relpath(os.path.join(base, name), ROOT)
            if rel in VERSION_PINS:
                continue
            try:
                text = read(rel)
            except UnicodeDecodeError:
                continue
            if re.search(r"(?<![\w.])" + re.escape(v) + r"(?![\w.])", text):
                fail(f"{rel}: repeats the version {v}: take it from Directory.Build.props (or add the file to VERSION_PINS in deploy/houserules/versions.py)")
