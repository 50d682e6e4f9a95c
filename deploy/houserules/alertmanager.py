"""The Alertmanager configuration: its inhibit rules equal the README's."""
import os
import re

import yaml

from houserules.common import fail, path, read


def check_alertmanager():
    rel = "deploy/alertmanager/alertmanager.yml"
    have = yaml.safe_load(read(rel)).get("inhibit_rules", [])
    readme = path("README.md")
    if not os.path.exists(readme):
        return
    blocks = re.findall(r"```yaml\n(.*?)```", open(readme, encoding="utf-8").read(), re.S)
    doc = next((yaml.safe_load(b) for b in blocks if "inhibit_rules:" in b), None)
    if doc is None:
        fail("README.md: no yaml block with inhibit_rules to compare with")
    elif doc["inhibit_rules"] != have:
        fail(f"{rel}: inhibit_rules differ from the README's Alerts section")
