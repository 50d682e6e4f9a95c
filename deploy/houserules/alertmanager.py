"""The Alertmanager configuration: its inhibit rules equal those docs/alerts.md shows under "One page per incident"."""
import re

import yaml

from houserules.common import fail, read

DOC = "docs/alerts.md"
HEADING = "## One page per incident"


def check_alertmanager():
    rel = "deploy/alertmanager/alertmanager.yml"
    have = yaml.safe_load(read(rel)).get("inhibit_rules", [])
    text = read(DOC)
    start = text.find(f"\n{HEADING}\n")
    if start < 0:
        fail(f"{DOC}: no heading '{HEADING}'")
        return
    section = text[start + 1:]
    end = section.find("\n## ")
    section = section if end < 0 else section[:end]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    doc = next((yaml.safe_load(b) for b in blocks if "inhibit_rules:" in b), None)
    if doc is None:
        fail(f"{DOC}: no yaml block with inhibit_rules under '{HEADING}' to compare with")
    elif doc["inhibit_rules"] != have:
        fail(f"{rel}: inhibit_rules differ from {DOC}, '{HEADING}'")
